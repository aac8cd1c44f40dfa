/**
 * The loss race's strings, in English and Arabic (same keys). Inside Arabic sentences a
 * formula sits between U+2066 and U+2069 (a left-to-right isolate), so "p − y" keeps its order.
 */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  title: 'Which loss trains faster?',
  intro:
    'One sigmoid neuron learns to tell two clusters of points apart. Both runs start from the same weights, picked on purpose so that the untrained neuron is almost sure of the wrong answer for every point. One run corrects it with squared error, the other with cross-entropy. Their loss values sit on different scales, so the charts compare what they do instead: how many points each gets right, and how big a push each loss gives the weights.',
  legend: 'Loss that trains the neuron',
  squared: 'Squared error',
  crossEntropy: 'Cross-entropy',
  trainSquared: 'Train with squared error',
  trainCrossEntropy: 'Train with cross-entropy',
  start: 'Race the two losses',
  stop: 'Stop training',
  reset: 'Reset both runs',
  speed: 'Race speed',
  speedMax: 'as fast as possible',
  epochsPerSecond: '{n} epochs/s',
  accuracyChart: 'Training accuracy per epoch for both losses. {summary}',
  accuracyTitle: 'Points classified correctly',
  gradientChart: 'Gradient size per epoch for both losses, on a logarithmic scale. {summary}',
  gradientTitle: 'Gradient size (logarithmic scale)',
  chartEmpty: 'Start a run and it is drawn here.',
  axisEpoch: 'Epochs trained',
  tableCaption: 'How far each run has got',
  colLoss: 'Loss',
  colEpochs: 'Epochs trained',
  colAccuracy: 'Accuracy now',
  colGradientFirst: 'Gradient size in epoch 1',
  colGradientNow: 'Gradient size now',
  colFirst100: 'Epochs to reach 100 %',
  gradientNote:
    'Gradient size: the length of the gradient the loss sends back, averaged over the epoch’s updates. The weights move by the learning rate times it.',
  ratio:
    'In the first epoch, cross-entropy’s gradient was {ratio} times the size of squared error’s, from the same starting weights.',
  notYet: 'not yet',
  chosen: '(chosen)',
  verdict: '{faster} classified every point first, {gap} epochs sooner.',
  verdictTie: 'Both classified every point after {epochs} epochs.',
  why: 'Why: the sigmoid squashes its input into a probability, and far from the middle its curve is almost flat. A confidently wrong neuron sits on that flat tail. Squared error’s gradient is its error multiplied by the curve’s slope there, a number close to 0, so the correction is tiny and the run sits still until it creeps off the tail. Cross-entropy’s gradient works out to simply p − y: the slope cancels, so the more wrong the answer, the harder the push. Softmax with three or more classes behaves the same way.',
} as const;

type Key = keyof typeof en;

const ar: Readonly<Record<Key, string>> = {
  title: 'أيّ خسارة تدرّب أسرع؟',
  intro:
    'عصبون سيغمويد واحد يتعلّم التمييز بين مجموعتين من النقاط. يبدأ التشغيلان من الأوزان نفسها، وقد اختيرت عمدًا بحيث يكون العصبون غير المدرَّب شبه متيقّن من الإجابة الخاطئة لكل نقطة. يصحّحه أحد التشغيلين بمربع الخطأ والآخر بالإنتروبيا المتقاطعة. قيم الخسارتين على مقياسين مختلفين، لذا يقارن الرسمان ما تفعلانه: كم نقطة يصيب كل تشغيل، وما حجم الدفعة التي تعطيها كل خسارة للأوزان.',
  legend: 'الخسارة التي تدرّب العصبون',
  squared: 'مربع الخطأ',
  crossEntropy: 'الإنتروبيا المتقاطعة',
  trainSquared: 'درِّب بمربع الخطأ',
  trainCrossEntropy: 'درِّب بالإنتروبيا المتقاطعة',
  start: 'سابِق بين الخسارتين',
  stop: 'أوقف التدريب',
  reset: 'أعد ضبط التشغيلين',
  speed: 'سرعة السباق',
  speedMax: 'بأقصى سرعة ممكنة',
  epochsPerSecond: '{n} حقبة/ث',
  accuracyChart: 'دقة التدريب في كل حقبة للخسارتين. {summary}',
  accuracyTitle: 'النقاط المصنَّفة تصنيفًا صحيحًا',
  gradientChart: 'حجم التدرّج في كل حقبة للخسارتين، على مقياس لوغاريتمي. {summary}',
  gradientTitle: 'حجم التدرّج (مقياس لوغاريتمي)',
  chartEmpty: 'ابدأ تشغيلًا وسيُرسم هنا.',
  axisEpoch: 'الحِقب المنجزة',
  tableCaption: 'إلى أين وصل كل تشغيل',
  colLoss: 'الخسارة',
  colEpochs: 'الحقب المنجزة',
  colAccuracy: 'الدقة الآن',
  colGradientFirst: 'حجم التدرّج في الحقبة 1',
  colGradientNow: 'حجم التدرّج الآن',
  colFirst100: 'حِقب حتى 100 %',
  gradientNote:
    'حجم التدرّج: طول التدرّج الذي تعيده الخسارة، في المتوسط على تحديثات الحقبة. تتحرك الأوزان بمقدار معدّل التعلّم مضروبًا فيه.',
  ratio:
    'في الحقبة الأولى كان تدرّج الإنتروبيا المتقاطعة {ratio} ضعف تدرّج مربع الخطأ، من أوزان البداية نفسها.',
  notYet: 'ليس بعد',
  chosen: '(المختارة)',
  verdict: '{faster} صنّف كل النقاط أولًا، قبل الآخر بـ {gap} حقبة.',
  verdictTie: 'صنّف التشغيلان كل النقاط بعد {epochs} حقبة.',
  why: 'السبب: يضغط السيغمويد مدخله إلى احتمال، وبعيدًا عن المنتصف يكاد منحناه يكون مسطّحًا. العصبون المخطئ بثقة يقف على هذا الطرف المسطّح. تدرّج مربع الخطأ هو خطؤه مضروبًا في ميل المنحنى هناك، وهو عدد قريب من 0، فيأتي التصحيح ضئيلًا ويبقى التشغيل في مكانه حتى يزحف مبتعدًا عن الطرف. أما تدرّج الإنتروبيا المتقاطعة فيصير ببساطة \u2066p − y\u2069: يُلغى الميل، فكلما كانت الإجابة أشد خطأً كانت الدفعة أقوى. ويسلك softmax مع ثلاث فئات أو أكثر السلوك نفسه.',
};

export const raceMessages: LessonMessages<Key> = { en, ar };
