/**
 * The loss lesson's strings, in English and Arabic (same keys). Inside Arabic sentences a
 * formula sits between U+2066 and U+2069 (a left-to-right isolate), so "(y − p)²" keeps its
 * order instead of being mirrored by the right-to-left text around it.
 */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'worked.title'
  | 'worked.waiting'
  | 'worked.prediction'
  | 'worked.truth'
  | 'card.single.title'
  | 'card.single.note'
  | 'card.true.title'
  | 'card.true.note'
  | 'card.sum.title'
  | 'card.sum.why'
  | 'card.ce.title'
  | 'card.ce.note'
  | 'card.ce.binary'
  | 'card.ce.floor'
  | 'card.ce.undefined'
  | 'engine.loss'
  | 'engine.pending'
  | 'card.true.pointer'
  | 'example.pointer'
  | 'example.button'
  | 'example.what'
  | 'example.rounding'
  | 'example.title'
  | 'lossName.squared'
  | 'lossName.half-squared'
  | 'lossName.mse'
  | 'lossName.bce'
  | 'lossName.cross-entropy'
  | 'lossName.article'
  | 'ledger.title'
  | 'ledger.caption'
  | 'ledger.sample'
  | 'ledger.input'
  | 'ledger.label'
  | 'ledger.prediction'
  | 'ledger.loss'
  | 'ledger.notYet'
  | 'ledger.total'
  | 'ledger.engineTotal'
  | 'ledger.hint'
  | 'ledger.empty';

export const messages = {
  en: {
    'worked.title': 'How wrong is the current guess?',
    'worked.waiting':
      'This model has not made a guess yet. Press “Get this sample ready” to run its forward pass.',
    'worked.prediction': 'Prediction',
    'worked.truth': 'right answer',
    'card.single.title': 'The program’s loss: (y − p)²',
    'card.single.note':
      'The gap between the label y and the output p, squared. The article’s program adds this up over every sample of an epoch.',
    'card.true.title': 'Squared error of the right class',
    'card.true.note':
      'The article’s one-line example: how far the right answer’s probability is from 1, squared.',
    'card.sum.title': 'Squared error summed over all classes',
    'card.sum.why':
      'This is larger than the card before it, because probability handed to a wrong class is a mistake too: each wrong class adds its own (0 − p)².',
    'card.ce.title': 'Cross-entropy',
    'card.ce.note':
      'Only the right class’s probability counts, through a logarithm, so a confident wrong answer is punished hard.',
    'card.ce.binary':
      'With one output, the right answer’s probability is p when the label is 1 and 1 − p when it is 0.',
    'card.ce.floor':
      'Here that probability is 0, so −ln would be infinite; the engine never lets a probability go below 10⁻¹⁵, which caps it.',
    'card.ce.undefined':
      'Not defined here: a linear neuron’s output ({p}) is not a probability between 0 and 1.',
    'engine.loss': 'The engine’s own loss for this sample ({name}):',
    'engine.pending': 'The engine measures this sample’s loss when you press “Measure the loss”.',
    'card.true.pointer':
      'The article’s own case of this card is worked out under “The article’s example” at the top of this lesson.',
    'example.pointer':
      'The article’s first loss: an untrained network gives a pair of glasses {p} %, and the gap to 100 %, squared, is {loss}. The lab rebuilds that network; open “The article’s example” to see the loss worked out at once, next to the sum over every class and cross-entropy.',
    'example.button': 'The article’s example: three classes',
    'example.what':
      'An untrained three-class network (the one drawn in the forward-pass lesson) guesses a pair of glasses. The right class is glasses, so the article’s loss looks at that class alone:',
    'example.rounding':
      'Rounded to two decimals, as the article writes it. The cards below keep more digits.',
    'example.title': 'The article’s loss, worked out',
    'lossName.squared': 'squared error',
    'lossName.half-squared': 'half the squared error',
    'lossName.mse': 'mean squared error',
    'lossName.bce': 'binary cross-entropy',
    'lossName.cross-entropy': 'cross-entropy',
    'lossName.article': 'the program’s (y − p)²',
    'ledger.title': 'This epoch, sample by sample',
    'ledger.caption':
      'Epoch {epoch} of the article’s program: each sample’s (y − p)² as the engine measured it, and their sum, the program’s total_loss.',
    'ledger.sample': 'Sample',
    'ledger.input': 'Price, weight',
    'ledger.label': 'Label y',
    'ledger.prediction': 'Output p',
    'ledger.loss': '(y − p)²',
    'ledger.notYet': 'not stepped yet',
    'ledger.total': 'Sum so far ({count} of {total} samples)',
    'ledger.engineTotal': 'The engine’s total for epoch {epoch}:',
    'ledger.hint':
      'Step one sample at a time to fill the table. Next epoch and Play run samples without showing each one.',
    'ledger.empty': 'Step the article’s neuron to see its per-sample losses.',
  },
  ar: {
    'worked.title': 'ما مقدار خطأ التخمين الحالي؟',
    'worked.waiting': 'لم يخمّن هذا النموذج بعد. اضغط «جهّز هذا المثال» لتشغيل التمرير الأمامي.',
    'worked.prediction': 'التنبؤ',
    'worked.truth': 'الإجابة الصحيحة',
    'card.single.title': 'خسارة البرنامج: \u2066(y − p)²\u2069',
    'card.single.note':
      'الفرق بين التسمية y والمخرج p مربَّعًا. يجمع برنامج المقال هذه القيمة على كل عينات الحقبة.',
    'card.true.title': 'مربع خطأ الفئة الصحيحة',
    'card.true.note': 'مثال المقال في سطر واحد: كم يبعد احتمال الإجابة الصحيحة عن 1، مربَّعًا.',
    'card.sum.title': 'مربع الخطأ مجموعًا على كل الفئات',
    'card.sum.why':
      'هذا الرقم أكبر من البطاقة السابقة، لأن الاحتمال الممنوح لفئة خاطئة خطأٌ أيضًا: كل فئة خاطئة تضيف حدّها \u2066(0 − p)²\u2069 الخاص.',
    'card.ce.title': 'الإنتروبيا المتقاطعة',
    'card.ce.note':
      'لا يُحسب إلا احتمال الفئة الصحيحة، عبر اللوغاريتم، لذلك يُعاقَب الجواب الخاطئ الواثق بشدة.',
    'card.ce.binary':
      'مع مخرج واحد، احتمال الإجابة الصحيحة هو p عندما تكون التسمية 1، و\u20661 − p\u2069 عندما تكون 0.',
    'card.ce.floor':
      'الاحتمال هنا يساوي 0، فيصبح \u2066−ln\u2069 لا نهائيًا؛ لا يسمح المحرّك لأي احتمال بأن يقل عن \u206610⁻¹⁵\u2069، وهذا يضع له سقفًا.',
    'card.ce.undefined': 'غير معرَّفة هنا: مخرج العصبون الخطي ({p}) ليس احتمالًا بين 0 و1.',
    'engine.loss': 'خسارة المحرّك نفسه لهذه العينة ({name}):',
    'engine.pending': 'يقيس المحرّك خسارة هذه العينة حين تضغط «قِس الخسارة».',
    'card.true.pointer':
      'حالة المقال نفسها لهذه البطاقة محسوبة تحت «مثال المقال» في أعلى هذا الدرس.',
    'example.pointer':
      'أول خسارة في المقال: شبكة لم تتدرّب تعطي النظارة \u2066{p} %\u2069، ومربع الفرق عن 100 % هو {loss}. يعيد المختبر بناء هذه الشبكة؛ افتح «مثال المقال» لترى الخسارة محسوبة فورًا، بجانب المجموع على كل الفئات والإنتروبيا المتقاطعة.',
    'example.button': 'مثال المقال: ثلاث فئات',
    'example.what':
      'شبكة ذات ثلاث فئات لم تتدرّب بعد (المرسومة في درس التمرير الأمامي) تخمّن نظارة. الفئة الصحيحة هي النظارة، فخسارة المقال تنظر إلى هذه الفئة وحدها:',
    'example.rounding':
      'مقرّبة إلى منزلتين عشريتين كما يكتبها المقال. البطاقات أدناه تحتفظ بأرقام أكثر.',
    'example.title': 'خسارة المقال محسوبة',
    'lossName.squared': 'مربع الخطأ',
    'lossName.half-squared': 'نصف مربع الخطأ',
    'lossName.mse': 'متوسط مربع الخطأ',
    'lossName.bce': 'الإنتروبيا المتقاطعة الثنائية',
    'lossName.cross-entropy': 'الإنتروبيا المتقاطعة',
    'lossName.article': '\u2066(y − p)²\u2069 كما في البرنامج',
    'ledger.title': 'هذه الحقبة، عينةً عينة',
    'ledger.caption':
      'الحقبة {epoch} من برنامج المقال: \u2066(y − p)²\u2069 لكل عينة كما قاسها المحرّك، ومجموعها، أي total_loss في البرنامج.',
    'ledger.sample': 'العينة',
    'ledger.input': 'السعر، الوزن',
    'ledger.label': 'التسمية y',
    'ledger.prediction': 'المخرج p',
    'ledger.loss': '\u2066(y − p)²\u2069',
    'ledger.notYet': 'لم تُنفَّذ بعد',
    'ledger.total': 'المجموع حتى الآن ({count} من {total} عينات)',
    'ledger.engineTotal': 'مجموع المحرّك للحقبة {epoch}:',
    'ledger.hint':
      'تقدّم عينةً واحدة في كل مرة لملء الجدول. «الحقبة التالية» و«تشغيل» ينفّذان العينات دون عرض كل واحدة.',
    'ledger.empty': 'تقدّم بعصبون المقال لترى خسارة كل عينة.',
  },
} as const satisfies LessonMessages<Key>;
