/** Strings of the forward-pass lesson (English and Arabic, same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'intro'
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
  | 'tooBig';

export const messages = {
  en: {
    intro:
      'The forward pass is the guess. Each input is multiplied by the weight on its line, the products are added to the bias to give the weighted sum z, and the activation turns z into the neuron’s output. Step one stage at a time and watch the numbers travel from left to right.',
    figure:
      'Inputs on the left, the neuron(s) on the right. Hover over or tab to a line or a bias box to read its value.',
    sampleNow: 'This sample: {inputs}.',
    sampleNext: 'Next sample: {inputs}.',
    truthOne: 'The right answer is {name} (y = {y}).',
    truthClass: 'The right answer is {name}.',
    sumsTitle: 'The arithmetic, with the engine’s numbers',
    sumsPending: 'Press “Next stage” to run the forward pass on this sample.',
    sumsHow: 'Weighted sum: input × weight for every line, plus the bias.',
    clipped: 'The clip is flat here: anything below 0 becomes 0, anything above 1 becomes 1.',
    softmaxHow:
      'Softmax turns the three sums into shares that add up to 1: e to the power of each sum, divided by the total.',
    hiddenSkipped:
      'The hidden layers are computed the same way; only the output layer is written out here.',
    oldWeights:
      'These are the weights the forward pass used. The update that followed has changed them since (see the weight update lesson).',
    predictionTitle: 'The prediction',
    playing: 'The model is playing. Pause it and press “Next stage” to follow one sample.',
    tooBig:
      'This network is too large to draw clearly ({params} weights and biases). Choose fewer neurons in the settings, or the three-class model.',
  },
  ar: {
    intro:
      'التمرير الأمامي هو التخمين. يُضرب كل مدخل في الوزن المكتوب على خطه، وتُجمع النواتج مع الانحياز لنحصل على المجموع الموزون z، ثم تحوّل دالة التنشيط z إلى مخرج الخلية. تقدّم مرحلة واحدة في كل مرة وتابع الأرقام وهي تنتقل من اليسار إلى اليمين.',
    figure:
      'المدخلات على اليسار والخلايا على اليمين. مرّر المؤشر فوق خط أو مربع انحياز، أو انتقل إليه بمفتاح Tab، لتقرأ قيمته.',
    sampleNow: 'هذا المثال: {inputs}.',
    sampleNext: 'المثال التالي: {inputs}.',
    truthOne: 'الإجابة الصحيحة هي {name} (y = {y}).',
    truthClass: 'الإجابة الصحيحة هي {name}.',
    sumsTitle: 'الحساب بأرقام المحرّك',
    sumsPending: 'اضغط «المرحلة التالية» لتنفيذ التمرير الأمامي على هذا المثال.',
    sumsHow: 'المجموع الموزون: المدخل × الوزن لكل خط، ثم يُضاف الانحياز.',
    clipped: 'القصّ ثابت هنا: كل ما هو أقل من 0 يصبح 0، وكل ما هو أكبر من 1 يصبح 1.',
    softmaxHow:
      'تحوّل softmax المجاميع الثلاثة إلى حصص مجموعها 1: نرفع e إلى قوة كل مجموع ثم نقسم على المجموع الكلي.',
    hiddenSkipped: 'الطبقات المخفية تُحسب بالطريقة نفسها؛ هنا نكتب طبقة المخرجات فقط.',
    oldWeights:
      'هذه هي الأوزان التي استعملها التمرير الأمامي. التحديث الذي تلاه غيّرها بعد ذلك (انظر درس تحديث الأوزان).',
    predictionTitle: 'التنبؤ',
    playing: 'النموذج قيد التشغيل. أوقفه مؤقتًا واضغط «المرحلة التالية» لتتابع مثالًا واحدًا.',
    tooBig:
      'هذه الشبكة أكبر من أن تُرسم بوضوح ({params} من الأوزان والانحيازات). اختر عددًا أقل من الخلايا في الإعدادات، أو نموذج الفئات الثلاث.',
  },
} as const satisfies LessonMessages<Key>;
