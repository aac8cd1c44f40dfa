/** Lesson 7's words, in English and Arabic (same keys). */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  intro:
    'Picture the loss as ground: every spot is one choice of parameters, and its height is how wrong the model is there. Training walks downhill. Nothing below is drawn by hand: each colour is a loss the engine computed, and each ball sits where a real optimiser put it.',
  realTitle: 'The article’s neuron on its own landscape',
  realHint:
    'Press Play (or Step) in the bar at the top of the page: the main run trains, and its ball rolls along the route it really takes. Reset starts the route over.',
  // Embedded, the lesson has its own bar above the map and no page around it.
  'realHint@embed':
    'Press Play (or Step) above: the main run trains, and its ball rolls along the route it really takes. Reset starts the route over.',
  axesLegend: 'Parameters on the axes',
  'axes.weights': 'w1 and w2 (the bias held at its current value)',
  'axes.w1-bias': 'w1 and the bias (w2 held)',
  'axes.w2-bias': 'w2 and the bias (w1 held)',
  'param.0': 'w1',
  'param.1': 'w2',
  'param.2': 'bias',
  mainPath: 'main run',
  canvasTitle: 'Loss over {x} and {y}',
  now: 'Now: {w1}, {w2}, {b}, after {updates} updates (epoch {epoch}).',
  held: 'This map is a slice at {param} = {value}, the value it had when the map was computed.',
  timing:
    'Computed in {ms} ms in the worker ({n} × {n} points, each the mean loss over the training data).',
  slice:
    'A picture has only two directions, so the third parameter is held still and the map is recomputed as it moves. The older part of the route crossed slices that looked a little different.',
  waiting: 'Waiting for the engine…',
  notArticle:
    'This map is made for the article’s single neuron, which has exactly three parameters. The main run is a larger network at the moment.',
  useArticle: 'Switch the main run to the article’s neuron',
  surfaceTitle: 'Two valleys: where does each ball end up?',
  surfaceIntro:
    'A made-up surface with a shallow valley on the left and a deeper one on the right. Plain SGD, SGD with momentum and Adam all start from the same spot; the learning rate and the momentum decide which valley each one settles in. Click the map, or move its cross-hair and press Enter, to choose the start.',
  surfaceCanvas: 'Two-valley surface: height over x and y',
  surfaceValue: 'height',
  learningRate: 'Learning rate',
  momentum: 'Momentum (used by the momentum racer)',
  steps: 'Steps',
  start: 'Start: {start}',
  startMark: 'start',
  resetStart: 'Back to the suggested start',
  race: 'Start the race',
  resetRace: 'Reset the race',
  beforeStart:
    'The balls wait at the start mark. Press “Start the race” and watch each one roll, step by step.',
  running: 'The balls are rolling…',
  computing: 'Computing in the worker…',
  'racer.sgd': 'SGD',
  'racer.momentum': 'Momentum',
  'racer.adam': 'Adam',
  resultsCaption: 'Where each optimiser ended after {steps} steps at learning rate {rate}',
  'col.optimizer': 'Optimiser',
  'col.valley': 'Valley',
  'col.end': 'Ends at',
  'col.height': 'Final height',
  'valley.global': 'global (the deeper one)',
  'valley.local': 'local (the shallow one)',
  'valley.lost': 'left the surface',
  rolling: ' · still rolling',
  summary: 'From {start}: {list}.',
  listSeparator: '; ',
  summaryItem: '{racer} ends in the {valley} valley',
  summaryLost: '{racer} leaves the surface',
  'summaryValley.global': 'global',
  'summaryValley.local': 'local',
  surfaceNote:
    'Momentum keeps part of each step’s speed for the next one, so it can coast over the ridge that stops plain SGD; Adam divides each step by the recent size of the slope. Try smaller rates, or a start nearer the middle.',
} as const;

type Key = keyof typeof en;

export const messages = {
  en,
  ar: {
    intro:
      'تخيّل الخسارة أرضًا: كل نقطة فيها اختيار للمعاملات، وارتفاعها هو مقدار خطأ النموذج هناك. والتدريب سيرٌ نحو الأسفل. لا شيء هنا مرسوم باليد: كل لون خسارةٌ حسبها المحرّك، وكل كرة تقف حيث وضعها مُحسِّن حقيقي.',
    realTitle: 'عصبون المقال على سطح خسارته',
    realHint:
      'اضغط «تشغيل» (أو «خطوة») في الشريط أعلى الصفحة: يتدرّب التشغيل الرئيسي وتتدحرج كرته على المسار الذي يسلكه فعلًا. وتبدأ «إعادة ضبط» المسار من جديد.',
    'realHint@embed':
      'اضغط «تشغيل» (أو «خطوة») في الأعلى: يتدرّب التشغيل الرئيسي وتتدحرج كرته على المسار الذي يسلكه فعلًا. وتبدأ «إعادة ضبط» المسار من جديد.',
    axesLegend: 'المعاملات على المحورين',
    'axes.weights': 'w1 وw2 (مع تثبيت الانحياز عند قيمته الحالية)',
    'axes.w1-bias': 'w1 والانحياز (مع تثبيت w2)',
    'axes.w2-bias': 'w2 والانحياز (مع تثبيت w1)',
    'param.0': 'w1',
    'param.1': 'w2',
    'param.2': 'الانحياز',
    mainPath: 'التشغيل الرئيسي',
    canvasTitle: 'الخسارة بدلالة {x} و{y}',
    now: 'الآن: {w1}، {w2}، {b}، بعد {updates} تحديثًا (الحقبة {epoch}).',
    held: 'هذه الخريطة مقطع عند \u2068{param} = {value}\u2069، وهي قيمته لحظة حساب الخريطة.',
    timing:
      'حُسبت في {ms} ملّي ثانية داخل العامل (\u2066{n} × {n}\u2069 نقطة، كلٌّ منها متوسط الخسارة على بيانات التدريب).',
    slice:
      'للصورة بعدان فقط، لذلك يبقى المعامل الثالث ثابتًا وتُعاد الخريطة كلما تحرّك. الجزء الأقدم من المسار مرّ بمقاطع كانت مختلفة قليلًا.',
    waiting: 'في انتظار المحرّك…',
    notArticle:
      'صُمّمت هذه الخريطة لعصبون المقال الوحيد، وله ثلاثة معاملات بالضبط. أما التشغيل الرئيسي فهو الآن شبكة أكبر.',
    useArticle: 'حوّل التشغيل الرئيسي إلى عصبون المقال',
    surfaceTitle: 'واديان: أين تستقر كل كرة؟',
    surfaceIntro:
      'سطح مصنوع فيه وادٍ ضحل على اليسار وآخر أعمق على اليمين. ينطلق SGD العادي وSGD مع الزخم وAdam من النقطة نفسها، ومعدل التعلّم والزخم يقرّران في أي وادٍ يستقر كلٌّ منها. انقر على الخريطة، أو حرّك علامة التقاطع واضغط Enter، لاختيار نقطة البداية.',
    surfaceCanvas: 'سطح الواديين: الارتفاع بدلالة x وy',
    surfaceValue: 'الارتفاع',
    learningRate: 'معدل التعلّم',
    momentum: 'الزخم (يستخدمه متسابق الزخم)',
    steps: 'الخطوات',
    start: 'البداية: {start}',
    startMark: 'البداية',
    resetStart: 'العودة إلى البداية المقترحة',
    race: 'ابدأ السباق',
    resetRace: 'أعد ضبط السباق',
    beforeStart:
      'تنتظر الكرات عند علامة البداية. اضغط «ابدأ السباق» وتابع كل كرة وهي تتدحرج خطوةً خطوة.',
    running: 'الكرات تتدحرج…',
    computing: 'يجري الحساب في العامل…',
    'racer.sgd': 'SGD',
    'racer.momentum': 'الزخم',
    'racer.adam': 'Adam',
    resultsCaption: 'أين انتهى كل مُحسِّن بعد {steps} خطوة بمعدل تعلّم {rate}',
    'col.optimizer': 'المُحسِّن',
    'col.valley': 'الوادي',
    'col.end': 'ينتهي عند',
    'col.height': 'الارتفاع النهائي',
    'valley.global': 'العام (الأعمق)',
    'valley.local': 'المحلي (الضحل)',
    'valley.lost': 'غادر السطح',
    rolling: ' · ما زال يتدحرج',
    summary: 'من {start}: {list}.',
    listSeparator: '؛ ',
    summaryItem: '{racer} ينتهي في الوادي {valley}',
    summaryLost: '{racer} يغادر السطح',
    'summaryValley.global': 'العام',
    'summaryValley.local': 'المحلي',
    surfaceNote:
      'يحتفظ الزخم بجزء من سرعة كل خطوة للخطوة التالية، فيستطيع أن يعبر الحافة التي توقف SGD العادي؛ أما Adam فيقسم كل خطوة على حجم الميل في الخطوات الأخيرة. جرّب معدلات أصغر، أو بداية أقرب إلى الوسط.',
  },
} as const satisfies LessonMessages<Key>;

export type LandscapeKey = Key;
