/** Strings of the forward-pass lesson (English and Arabic, same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'intro'
  | 'intro@embed'
  | 'figure'
  | 'sampleNow'
  | 'sampleNext'
  | 'truthOne'
  | 'truthClass'
  | 'sumsTitle'
  | 'sumsPending'
  | 'sumsHow'
  | 'clipped'
  | 'softmaxHow'
  | 'hiddenSkipped'
  | 'oldWeights'
  | 'predictionTitle'
  | 'playing'
  | 'tooBig'
  | 'example.pointer'
  | 'example.button'
  | 'example.figure'
  | 'example.what'
  | 'example.guess'
  | 'example.and'
  | 'example.sumsTitle';

export const messages = {
  en: {
    intro:
      'The forward pass is the guess. Each input is multiplied by the weight on its line, the products are added to the bias to give the weighted sum z, and the activation turns z into the neuron’s output. Step one stage at a time and watch the numbers travel from left to right.',
    // Embedded beside an article: the same idea in two lines, so the network keeps the room.
    'intro@embed':
      'The forward pass is the guess: each input times the weight on its line, plus the bias, gives the weighted sum z, and the activation turns z into the output. Run it and watch the numbers travel left to right.',
    figure:
      'Inputs on the left, the neuron(s) on the right. Hover over or tab to a line or a bias box to read its value.',
    sampleNow: 'This sample: {inputs}.',
    sampleNext: 'Next sample: {inputs}.',
    truthOne: 'The right answer is {name} (y = {y}).',
    truthClass: 'The right answer is {name}.',
    sumsTitle: 'The arithmetic, with the engine’s numbers',
    sumsPending: 'Press “Run the forward pass” to compute this sample’s guess.',
    sumsHow: 'Weighted sum: input × weight for every line, plus the bias.',
    clipped: 'The clip is flat here: anything below 0 becomes 0, anything above 1 becomes 1.',
    softmaxHow:
      'Softmax turns the three sums into shares that add up to 1: e to the power of each sum, divided by the total.',
    hiddenSkipped:
      'The hidden layers are computed the same way; only the output layer is written out here.',
    oldWeights:
      'These are the weights the forward pass used. The update that followed has changed them since (see the weight update lesson).',
    predictionTitle: 'The prediction',
    playing: 'The model is playing. Pause it to follow one sample’s forward pass.',
    tooBig:
      'This network is too large to draw clearly ({params} weights and biases). Choose fewer neurons in the settings, or the three-class model.',
    'example.pointer':
      'The article opens with an untrained three-class network that looks at a pair of glasses and answers {guess} % (glasses / ring / earbuds). The lab rebuilds that network: open “The article’s example” to see its guess, its weights and the arithmetic between them, with no stepping.',
    'example.button': 'The article’s example: three classes',
    'example.figure':
      'The article’s example before any training. Each line is labelled with its random starting weight, each box with its bias.',
    'example.what':
      'The first example is a pair of glasses: {inputs}. The right answer is {name}. The network has not trained yet, so it works with the weights it started from.',
    'example.guess':
      'Its guess: {guess}. Far from a sure “{name}”, and that is expected from a network that has not learned anything yet; the loss lesson measures how far.',
    'example.and': ', ',
    'example.sumsTitle': 'The arithmetic of this guess',
  },
  ar: {
    intro:
      'التمرير الأمامي هو التخمين. يُضرب كل مدخل في الوزن المكتوب على خطه، وتُجمع النواتج مع الانحياز لنحصل على المجموع الموزون z، ثم تحوّل دالة التنشيط z إلى مخرج الخلية. تقدّم مرحلة واحدة في كل مرة وتابع الأرقام وهي تنتقل من اليسار إلى اليمين.',
    'intro@embed':
      'التمرير الأمامي هو التخمين: كل مدخل مضروبًا في وزن خطه، مع الانحياز، يعطي المجموع الموزون z، ثم تحوّل دالة التنشيط z إلى مخرج الخلية. شغّله وتابع الأرقام وهي تنتقل من اليسار إلى اليمين.',
    figure:
      'المدخلات على اليسار والخلايا على اليمين. مرّر المؤشر فوق خط أو مربع انحياز، أو انتقل إليه بمفتاح Tab، لتقرأ قيمته.',
    sampleNow: 'هذا المثال: {inputs}.',
    sampleNext: 'المثال التالي: {inputs}.',
    truthOne: 'الإجابة الصحيحة هي {name} (\u2066y = {y}\u2069).',
    truthClass: 'الإجابة الصحيحة هي {name}.',
    sumsTitle: 'الحساب بأرقام المحرّك',
    sumsPending: 'اضغط «نفّذ التمرير الأمامي» لحساب تخمين هذا المثال.',
    sumsHow: 'المجموع الموزون: المدخل × الوزن لكل خط، ثم يُضاف الانحياز.',
    clipped: 'القصّ ثابت هنا: كل ما هو أقل من 0 يصبح 0، وكل ما هو أكبر من 1 يصبح 1.',
    softmaxHow:
      'تحوّل softmax المجاميع الثلاثة إلى حصص مجموعها 1: نرفع e إلى قوة كل مجموع ثم نقسم على المجموع الكلي.',
    hiddenSkipped: 'الطبقات المخفية تُحسب بالطريقة نفسها؛ هنا نكتب طبقة المخرجات فقط.',
    oldWeights:
      'هذه هي الأوزان التي استعملها التمرير الأمامي. التحديث الذي تلاه غيّرها بعد ذلك (انظر درس تحديث الأوزان).',
    predictionTitle: 'التنبؤ',
    playing: 'النموذج قيد التشغيل. أوقفه مؤقتًا لتتابع التمرير الأمامي لمثال واحد.',
    tooBig:
      'هذه الشبكة أكبر من أن تُرسم بوضوح ({params} من الأوزان والانحيازات). اختر عددًا أقل من الخلايا في الإعدادات، أو نموذج الفئات الثلاث.',
    'example.pointer':
      'يبدأ المقال بشبكة ذات ثلاث فئات لم تتدرّب بعد، تنظر إلى نظارة فتجيب \u2066{guess} %\u2069 (نظارة / خاتم / سماعات أذن). يعيد المختبر بناء هذه الشبكة: افتح «مثال المقال» لترى تخمينها وأوزانها والحساب الذي يصل بينهما، دون أي خطوة.',
    'example.button': 'مثال المقال: ثلاث فئات',
    'example.figure':
      'مثال المقال قبل أي تدريب. على كل خط وزنه العشوائي الذي بدأ به، وعلى كل مربع انحيازه.',
    'example.what':
      'المثال الأول نظارة: {inputs}. الإجابة الصحيحة هي {name}. لم تتدرّب الشبكة بعد، فهي تعمل بالأوزان التي بدأت بها.',
    'example.guess':
      'تخمينها: {guess}. هذا بعيد عن «{name}» مؤكدة، وهو المتوقع من شبكة لم تتعلّم شيئًا بعد؛ يقيس درس الخسارة مقدار هذا البعد.',
    'example.and': '، ',
    'example.sumsTitle': 'حساب هذا التخمين',
  },
} as const satisfies LessonMessages<Key>;
