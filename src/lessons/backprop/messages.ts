/** Strings of the backpropagation lesson (English and Arabic, same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'intro'
  | 'intro@embed'
  | 'figure'
  | 'figure@embed'
  | 'figureBefore'
  | 'pending'
  | 'playing'
  | 'tooBig'
  | 'lossTitle'
  | 'lossArticle'
  | 'lossCrossEntropy'
  | 'lossOther'
  | 'lossPending'
  | 'blameTitle'
  | 'blameParam'
  | 'blameGradient'
  | 'blameShare'
  | 'chainTitle'
  | 'chainHint'
  | 'dLdpWords'
  | 'dpdz'
  | 'dzdw'
  | 'dzdb'
  | 'dLdzHidden'
  | 'engineGradient'
  | 'batchSum'
  | 'clipInside'
  | 'clipFlat'
  | 'articleRule'
  | 'sigmoidRule'
  | 'softmaxShortcut'
  | 'otherLoss'
  | 'twoTitle'
  | 'twoPrinted'
  | 'twoUsed'
  | 'twoRate'
  | 'checkButton'
  | 'checkTitle'
  | 'checkAnalytic'
  | 'checkNumeric'
  | 'checkDifference'
  | 'checkArticle'
  | 'checkAfterUpdate'
  | 'checkClipped'
  | 'checkWaiting';

export const messages = {
  en: {
    intro:
      'Backpropagation shares out the blame. Starting from the mistake at the output, the chain rule works backwards and gives every weight and bias a gradient: how much the loss would grow if that parameter grew a tiny bit. A large gradient means a large share of the blame; its sign says which way to move.',
    // Embedded beside an article: the same idea in two lines, so the network keeps the room.
    'intro@embed':
      'Backpropagation shares out the blame: working back from the mistake, the chain rule gives every weight and bias a gradient, how much the loss would grow if that parameter grew a tiny bit.',
    figure:
      'Line thickness shows the size of each gradient. Select a line or a bias box (click, or Tab then Enter) to see its chain rule below.',
    // Embedded, the chain rule sits beside the drawing, not below it.
    'figure@embed':
      'Line thickness shows the size of each gradient. Select a line or a bias box (click, or Tab then Enter) to see its chain rule.',
    figureBefore:
      'Until backpropagation runs, the lines show the weights that made this guess; then their thickness becomes each gradient. Select a line or a bias box to follow it.',
    pending:
      'No gradient for this sample yet: press “Run backpropagation” to trace its mistake back.',
    playing: 'The model is playing. Pause it to follow one sample’s gradients.',
    tooBig:
      'This network is too large to draw clearly ({params} weights and biases); the table below still lists every gradient.',
    lossTitle: 'The mistake being traced back',
    lossArticle: 'Loss of this sample, as the program prints it',
    lossCrossEntropy:
      'Loss of this sample (cross-entropy, minus the logarithm of the right class’s probability)',
    lossOther: 'Loss of this sample',
    lossPending: 'The loss stage has not run yet for this sample.',
    blameTitle: 'Who is to blame, and how much',
    blameParam: 'Parameter',
    blameGradient: 'Gradient',
    blameShare: 'Share of the blame',
    chainTitle: 'Chain rule for {name}',
    chainHint:
      'Three factors, multiplied: how the loss reacts to the output, how the output reacts to its sum, how the sum reacts to this parameter.',
    dLdpWords: 'L = ½(y − p)², the loss whose gradient the update follows',
    dpdz: 'slope of the activation',
    dzdw: 'the input on this line',
    dzdb: 'a bias is added as it is',
    dLdzHidden:
      'For a hidden neuron, ∂L/∂z is its slope × the blame passed back along its outgoing lines.',
    engineGradient: 'The engine’s gradient for this parameter:',
    batchSum:
      'The batch is larger than one sample, so the engine adds up the gradients of the batch’s samples until the update.',
    clipInside: 'Here 0 < z < 1, where the clip is a straight line: its slope is 1.',
    clipFlat:
      'Here z = {z} lies where the clip is flat, so the true slope is 0 and the exact chain rule gives a gradient of 0. The article’s program ignores that zero: its rule uses the error alone, as if the slope were 1. The engine follows the program.',
    articleRule:
      'The article’s program uses the error alone, without the activation’s slope (true slope here: {slope}). The engine follows the program.',
    sigmoidRule: 'For the sigmoid the slope is p × (1 − p).',
    softmaxShortcut:
      'With softmax and cross-entropy together, the slope of softmax and the derivative of the logarithm cancel into this short form: ∂L/∂z_k = p_k − y_k.',
    otherLoss: 'With this loss the engine’s ∂L/∂z for this neuron is {delta}.',
    twoTitle: 'Where did the 2 go?',
    twoPrinted:
      'The program prints the loss (y − p)². Its exact gradient for {name} is 2 × (p − y) × {x}:',
    twoUsed:
      'What the program updates with, error × input, is half of that: the gradient of ½(y − p)²:',
    twoRate:
      'So the factor 2 is folded into the learning rate: a step of {rate} × the gradient of ½(y − p)² is the same as {half} × the gradient of (y − p)².',
    checkButton: 'Check numerically',
    checkTitle: 'Numerical check (central difference, computed in the engine)',
    checkAnalytic: 'Backpropagation',
    checkNumeric: 'Finite difference',
    checkDifference: 'Difference',
    checkArticle:
      'For the article’s neuron the check uses ½(y − p)², the loss whose gradient the program’s rule follows.',
    checkAfterUpdate:
      'The weights have just been updated, so the check is made at the new weights: its numbers differ from the gradient above, which was computed before the update.',
    checkClipped:
      'The clip is flat at this sample: the finite difference sees a slope of 0, the program’s rule does not. That is the difference.',
    checkWaiting: 'Checking…',
  },
  ar: {
    intro:
      'الانتشار العكسي يوزّع اللوم. بدءًا من الخطأ عند المخرج، تعمل قاعدة السلسلة إلى الخلف وتعطي كل وزن وكل انحياز تدرّجًا: كم ستزيد الخسارة لو زاد ذلك المعامل زيادة صغيرة جدًا. التدرّج الكبير يعني نصيبًا كبيرًا من اللوم، وإشارته تبيّن اتجاه التعديل.',
    'intro@embed':
      'الانتشار العكسي يوزّع اللوم: بالرجوع من الخطأ، تعطي قاعدة السلسلة كل وزن وكل انحياز تدرّجًا، أي كم ستزيد الخسارة لو زاد ذلك المعامل زيادة صغيرة جدًا.',
    figure:
      'سُمك الخط يبيّن حجم كل تدرّج. اختر خطًا أو مربع انحياز (بالنقر، أو بمفتاح Tab ثم Enter) لترى قاعدة السلسلة الخاصة به في الأسفل.',
    'figure@embed':
      'سُمك الخط يبيّن حجم كل تدرّج. اختر خطًا أو مربع انحياز (بالنقر، أو بمفتاح Tab ثم Enter) لترى قاعدة السلسلة الخاصة به.',
    figureBefore:
      'إلى أن يُنفَّذ الانتشار العكسي تعرض الخطوط الأوزان التي صنعت هذا التخمين؛ بعده يصير سُمك كل خط هو تدرّجه. اختر خطًا أو مربع انحياز لتتابعه.',
    pending: 'لا يوجد تدرّج لهذا المثال بعد: اضغط «نفّذ الانتشار العكسي» لتتبّع خطئه إلى الخلف.',
    playing: 'النموذج قيد التشغيل. أوقفه مؤقتًا لتتابع تدرّجات مثال واحد.',
    tooBig:
      'هذه الشبكة أكبر من أن تُرسم بوضوح ({params} من الأوزان والانحيازات)؛ الجدول أدناه يسرد كل التدرّجات مع ذلك.',
    lossTitle: 'الخطأ الذي نتتبّعه إلى الخلف',
    lossArticle: 'خسارة هذا المثال كما يطبعها البرنامج',
    lossCrossEntropy:
      'خسارة هذا المثال (الإنتروبيا المتقاطعة، أي سالب لوغاريتم احتمال الفئة الصحيحة)',
    lossOther: 'خسارة هذا المثال',
    lossPending: 'لم تُنفَّذ مرحلة الخسارة بعد لهذا المثال.',
    blameTitle: 'من المسؤول، وبأي قدر',
    blameParam: 'المعامل',
    blameGradient: 'التدرّج',
    blameShare: 'نصيبه من اللوم',
    chainTitle: 'قاعدة السلسلة للمعامل {name}',
    chainHint:
      'ثلاثة عوامل مضروبة معًا: كيف تتأثر الخسارة بالمخرج، وكيف يتأثر المخرج بمجموعه، وكيف يتأثر المجموع بهذا المعامل.',
    dLdpWords: '\u2066L = ½(y − p)²\u2069، الخسارة التي يتبع التحديث تدرّجها',
    dpdz: 'ميل دالة التنشيط',
    dzdw: 'المدخل على هذا الخط',
    dzdb: 'الانحياز يُضاف كما هو',
    dLdzHidden:
      'لخلية مخفية، قيمة \u2066∂L/∂z\u2069 هي ميلها × اللوم العائد إليها عبر خطوطها الخارجة.',
    engineGradient: 'تدرّج هذا المعامل كما حسبه المحرّك:',
    batchSum: 'الدفعة أكبر من مثال واحد، لذلك يجمع المحرّك تدرّجات أمثلة الدفعة حتى موعد التحديث.',
    clipInside: 'هنا \u20660 < z < 1\u2069، حيث القصّ خط مستقيم: ميله 1.',
    clipFlat:
      'هنا \u2066z = {z}\u2069 تقع حيث القصّ ثابت، فالميل الحقيقي 0 وقاعدة السلسلة الدقيقة تعطي تدرّجًا قدره 0. برنامج المقال يتجاهل هذا الصفر: قاعدته تستعمل الخطأ وحده كأن الميل 1. والمحرّك يتبع البرنامج.',
    articleRule:
      'برنامج المقال يستعمل الخطأ وحده دون ميل دالة التنشيط (الميل الحقيقي هنا: {slope}). والمحرّك يتبع البرنامج.',
    sigmoidRule: 'ميل دالة sigmoid هو \u2066p × (1 − p)\u2069.',
    softmaxShortcut:
      'عند اجتماع softmax مع الإنتروبيا المتقاطعة، يختصر ميل softmax ومشتقة اللوغاريتم أحدهما الآخر إلى هذه الصيغة القصيرة: \u2066∂L/∂z_k = p_k − y_k\u2069.',
    otherLoss:
      'مع هذه الخسارة، قيمة \u2066∂L/∂z\u2069 لهذه الخلية في المحرّك هي \u2066{delta}\u2069.',
    twoTitle: 'أين ذهب العدد 2؟',
    twoPrinted:
      'يطبع البرنامج الخسارة \u2066(y − p)²\u2069. تدرّجها الدقيق للمعامل {name} هو \u20662 × (p − y) × {x}\u2069:',
    twoUsed: 'ما يحدّث به البرنامج فعلًا، أي الخطأ × المدخل، هو نصف ذلك: تدرّج \u2066½(y − p)²\u2069:',
    twoRate:
      'إذن العامل 2 مدموج في معدل التعلّم: خطوة قدرها \u2066{rate}\u2069 × تدرّج \u2066½(y − p)²\u2069 تساوي \u2066{half}\u2069 × تدرّج \u2066(y − p)²\u2069.',
    checkButton: 'تحقّق عدديًا',
    checkTitle: 'التحقّق العددي (فرق مركزي، يُحسب في المحرّك)',
    checkAnalytic: 'الانتشار العكسي',
    checkNumeric: 'الفرق المحدود',
    checkDifference: 'الفرق',
    checkArticle:
      'لخلية المقال يستعمل التحقّق \u2066½(y − p)²\u2069، وهي الخسارة التي تتبع قاعدة البرنامج تدرّجها.',
    checkAfterUpdate:
      'حُدّثت الأوزان للتو، لذلك يجري التحقّق عند الأوزان الجديدة: أرقامه تختلف عن التدرّج أعلاه الذي حُسب قبل التحديث.',
    checkClipped:
      'القصّ ثابت عند هذا المثال: الفرق المحدود يرى ميلًا قدره 0، وقاعدة البرنامج لا تراه. هذا هو سبب الفرق.',
    checkWaiting: 'جارٍ التحقّق…',
  },
} as const satisfies LessonMessages<Key>;
