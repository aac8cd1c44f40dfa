/** Strings of the weight-update lesson (English and Arabic, same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'intro'
  | 'intro@embed'
  | 'figure'
  | 'pending'
  | 'playing'
  | 'tooBig'
  | 'rule'
  | 'tableTitle'
  | 'param'
  | 'step'
  | 'article'
  | 'batchMean'
  | 'otherOptimizer'
  | 'weightDecay'
  | 'nowTitle'
  | 'readyTitle'
  | 'readyNow'
  | 'readyGradient'
  | 'readySum';

export const messages = {
  en: {
    intro:
      'The update fixes a little. Every weight and bias takes a small step against its gradient: new = old − learning rate × gradient. A positive gradient means the loss grows with the parameter, so it shrinks; a negative one makes it grow. The learning rate decides how big the step is.',
    // Embedded beside an article: the same idea in two lines, so the network keeps the room.
    'intro@embed':
      'The update fixes a little: every weight and bias takes a small step against its gradient, as big as the learning rate says. A positive gradient makes the parameter shrink; a negative one makes it grow.',
    figure:
      'The drawing shows the weights after the update; with motion on, each line grows or shrinks from its old thickness.',
    pending:
      'The gradients for the next update are not ready yet: press “Get the gradients ready” to run the stages before it.',
    playing: 'The model is playing. Pause it to watch one update.',
    tooBig:
      'This network is too large to draw clearly ({params} weights and biases); the table still lists every update.',
    rule: 'new = old − learning rate × gradient',
    tableTitle: 'Every parameter’s step (learning rate {rate})',
    param: 'Parameter',
    step: 'old − learning rate × gradient = new',
    article:
      'The article’s program writes the same step as weights += learning_rate × error × x: error × x is minus the gradient, so adding it is subtracting the gradient.',
    batchMean: 'The gradient here is the mean over the samples of the batch (batch size {n}).',
    otherOptimizer:
      'This run uses the {name} optimiser, whose step is not simply learning rate × gradient; the table shows old → new as the engine applied it.',
    weightDecay:
      'Weight decay is on, so each weight also shrinks a little towards 0; the table shows old → new as the engine applied it.',
    nowTitle: 'The parameters now',
    readyTitle: 'Ready for the update: each parameter and its gradient',
    readyNow: 'Now',
    readyGradient: 'Gradient',
    readySum:
      'The gradient column adds up the batch’s samples so far; the update divides it by their number and steps with that mean.',
  },
  ar: {
    intro:
      'التحديث يصلح قليلًا. كل وزن وكل انحياز يخطو خطوة صغيرة عكس تدرّجه: الجديد = القديم − معدل التعلّم × التدرّج. التدرّج الموجب يعني أن الخسارة تكبر مع المعامل، فيصغر؛ والسالب يجعله يكبر. ومعدل التعلّم يحدد حجم الخطوة.',
    'intro@embed':
      'التحديث يصلح قليلًا: كل وزن وكل انحياز يخطو خطوة صغيرة عكس تدرّجه، بالحجم الذي يحدده معدل التعلّم. التدرّج الموجب يجعل المعامل يصغر، والسالب يجعله يكبر.',
    figure:
      'يعرض الرسم الأوزان بعد التحديث؛ وعند تفعيل الحركة يكبر كل خط أو يصغر انطلاقًا من سُمكه القديم.',
    pending: 'تدرّجات التحديث التالي ليست جاهزة بعد: اضغط «جهّز التدرّجات» لتُنفَّذ المراحل التي تسبقه.',
    playing: 'النموذج قيد التشغيل. أوقفه مؤقتًا لتشاهد تحديثًا واحدًا.',
    tooBig:
      'هذه الشبكة أكبر من أن تُرسم بوضوح ({params} من الأوزان والانحيازات)؛ الجدول يسرد كل التحديثات مع ذلك.',
    rule: 'الجديد = القديم − معدل التعلّم × التدرّج',
    tableTitle: 'خطوة كل معامل (معدل التعلّم {rate})',
    param: 'المعامل',
    step: 'القديم − معدل التعلّم × التدرّج = الجديد',
    article:
      'يكتب برنامج المقال الخطوة نفسها على شكل \u2066weights += learning_rate × error × x\u2069: حاصل الخطأ × المدخل هو سالب التدرّج، فإضافته تعني طرح التدرّج.',
    batchMean: 'التدرّج هنا هو المتوسط على أمثلة الدفعة (حجم الدفعة {n}).',
    otherOptimizer:
      'يستعمل هذا التشغيل المحسِّن {name}، وخطوته ليست مجرد معدل التعلّم × التدرّج؛ يعرض الجدول القديم ← الجديد كما طبّقه المحرّك.',
    weightDecay:
      'اضمحلال الأوزان مفعّل، فكل وزن ينكمش أيضًا قليلًا نحو 0؛ يعرض الجدول القديم ← الجديد كما طبّقه المحرّك.',
    nowTitle: 'المعاملات الآن',
    readyTitle: 'جاهز للتحديث: كل معامل وتدرّجه',
    readyNow: 'الآن',
    readyGradient: 'التدرّج',
    readySum: 'عمود التدرّج يجمع أمثلة الدفعة حتى الآن؛ يقسمه التحديث على عددها ويخطو بذلك المتوسط.',
  },
} as const satisfies LessonMessages<Key>;
