/** The learning-rate lesson's strings, in English and Arabic (same keys). */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  intro:
    'Every runner below trains the article’s neuron on the same four devices, from the same starting weights, in the same order. Only the learning rate differs, so whatever happens differently is the step size’s doing. The race that is set up shows all three cases at once: a step too small to get anywhere, one about right, and steps so big that the loss bounces or blows up.',
  // Shown alone in an author's page, the widget has room for the point and not the preamble.
  'intro@embed':
    'Each runner trains the article’s neuron on the same four devices from the same start; only the learning rate differs. Race a step too small, one about right and one too big, and watch what the loss does.',
  neuronLegend: 'Neuron',
  neuronClip: 'The article’s neuron (output clipped to 0…1)',
  neuronLinear: 'The same neuron without the clip (linear)',
  neuronClipNote:
    'The clip keeps every prediction between 0 and 1, so even a big step cannot throw it far past its target.',
  neuronLinearNote:
    'Without the clip nothing limits an overshoot: this is the neuron where a step can be too big.',
  ratesLegend: 'Learning rates (up to six)',
  rateLabel: 'Rate {n}',
  rateInvalid: 'Enter a number from {min} to {max}.',
  removeRate: 'Remove rate {rate}',
  remove: 'Remove',
  addRate: 'Add a rate',
  ratesFull: 'Six runs is the most the race holds.',
  epochsLabel: 'Epochs per run',
  epochsInvalid: 'Enter a whole number from {min} to {max}.',
  start: 'Start the race',
  pause: 'Pause the race',
  reset: 'Reset the race',
  settingsChanged:
    'The chart shows the race as you last started it: press Start the race to run the changed settings.',
  chartTitle: 'Total loss per epoch, one line per learning rate',
  chartY: 'total loss',
  outcomesTitle: 'What happened',
  outcomesEmpty: 'Start the race to see how each rate does.',
  waiting: '{rate}: waiting to start',
  running: '{rate}: running',
  converged: '{rate}: converged at epoch {epoch}',
  diverged: '{rate}: diverged at epoch {epoch}',
  bouncing: '{rate}: bouncing (the loss rises and falls, or stays high)',
  settled: '{rate}: settled at a loss of {level} from epoch {epoch}, above the target',
  tooSlow: '{rate}: too slow (still falling after {epochs} epochs)',
  raceError: 'The race could not start: {message}',
  scheduleLegend: 'Learning-rate schedule',
  scheduleLabel: 'Schedule',
  'schedule.constant': 'constant',
  'schedule.step': 'step decay',
  'schedule.exponential': 'exponential decay',
  'schedule.cosine': 'cosine',
  gammaLabel: 'Factor',
  gammaInvalid: 'Enter a number from {min} to {max}.',
  stepLabel: 'Every (epochs)',
  stepInvalid: 'Enter a whole number from {min} to {max}.',
  scheduleCurve: 'Each rate over the run, as a multiple of its starting value',
  scheduleSummary:
    'At epoch 0 the rate is ×{start}, halfway (epoch {middleEpoch}) ×{middle}, at the last epoch ({lastEpoch}) ×{end}.',
  sweepTitle: 'Sweep',
  sweepIntro:
    'The sweep trains one full run for each of {count} rates from {from} to {to}, spaced evenly on a log scale, with the neuron, epochs and schedule above, and plots where each one ends.',
  sweepRun: 'Run the sweep',
  sweepProgress: 'Sweep progress',
  sweepDone: '{done} of {total} rates trained',
  sweepStale: 'The settings changed after this sweep: run it again to match them.',
  sweepChart: 'Total loss after the last epoch against the learning rate (both axes logarithmic)',
  sweepX: 'learning rate',
  sweepY: 'final total loss',
  bandConverged: 'Shaded, just right: from {from} to {to} every run ended below {threshold}.',
  bandBest:
    'No rate ended below {threshold}. Shaded: from {from} to {to}, the runs that came closest (within twice the lowest final loss).',
  bandNone: 'Every run diverged: there is no good rate in this range.',
  sweepDiverged:
    'Crosses on the top edge: rates whose runs diverged (no finite loss, or above a million).',
  sweepList: 'The sweep as a list (choose a rate to race it)',
  sweepItem: '{rate}: final loss {loss}, {verdict}',
  'verdict.converged': 'converged',
  'verdict.diverged': 'diverged',
  'verdict.above': 'above the target',
  raceAt: 'Race at {rate}',
  raceFull: 'The race already has six runs: remove one to add {rate}.',
  landscapeTitle: 'Each run’s path on the loss landscape over w1 and w2',
  landscapeNote:
    'The colours show the loss with the bias held at 0, where every run starts. Each run moves its bias as well, so the loss at a ball can differ from the colour under it. A run that leaves the picture is heading far away: its label says what became of it.',
  presetsLabel: 'Races to run',
  presetRegimes: 'Too small, about right, too big (no clip)',
  presetArticle: 'The article’s race (clipped neuron)',
  paceLabel: 'Race speed',
  paceOption: '{pace} epochs a second',
  paceFastest: 'as fast as possible',
  whyTitle: 'Why the lines look like this',
  whyClip:
    'The article’s neuron clips its prediction to the range 0 to 1. However big the step, a clipped prediction cannot land far past 0 or 1, so the error that sets the next step stays small and each correction stays in bounds. That is why 0.9 converges here instead of bouncing. To see a step that is too big, race the same neuron without the clip.',
  whyLinear:
    'Without the clip, a step that is too big throws the prediction past its target; the next correction throws it back further still, so the loss bounces, or grows until it is no longer a number. A step that is too small never overshoots, but it crawls: after 100 epochs it has hardly moved.',
  targetClip: 'Here converged means an epoch’s total loss fell below {threshold}.',
  targetLinear:
    'A straight line cannot pass through all four devices, so this neuron’s total loss can never reach 0: the lowest any weights can get is {best}. Here converged means below {threshold}, within 0.02 of that floor.',
  scheduleEpochAxis: 'epoch',
  scheduleRateAxis: '× rate',
  scheduleNow: 'The race is at epoch {epoch}: each rate is ×{factor} its start.',
} as const;

type Key = keyof typeof en;

const ar: Readonly<Record<Key, string>> = {
  intro:
    'كل متسابق أدناه يدرّب عصبون المقال على الأجهزة الأربعة نفسها، من الأوزان الابتدائية نفسها، وبالترتيب نفسه. لا يختلف إلا معدل التعلّم، فكل اختلاف في النتيجة سببه حجم الخطوة. السباق المُعدّ يُظهر الحالات الثلاث معًا: خطوة أصغر من أن توصل إلى شيء، وخطوة مناسبة، وخطوات كبيرة إلى حدّ أن الخسارة ترتد أو تنفجر.',
  'intro@embed':
    'يدرّب كل متسابق عصبون المقال على الأجهزة الأربعة نفسها ومن البداية نفسها؛ لا يختلف إلا معدل التعلّم. سابِق بين خطوة أصغر من اللازم وأخرى مناسبة وثالثة أكبر من اللازم، وراقب ما تفعله الخسارة.',
  neuronLegend: 'العصبون',
  neuronClip: 'عصبون المقال (المخرج مقصوص بين 0 و1)',
  neuronLinear: 'العصبون نفسه من دون قصّ (خطّي)',
  neuronClipNote:
    'يُبقي القصّ كل تنبؤ بين 0 و1، فحتى الخطوة الكبيرة لا تستطيع أن تقذفه بعيدًا وراء هدفه.',
  neuronLinearNote:
    'من دون القصّ لا شيء يحدّ من التجاوز: هذا هو العصبون الذي يمكن فيه للخطوة أن تكون أكبر من اللازم.',
  ratesLegend: 'معدلات التعلّم (حتى ستة)',
  rateLabel: 'المعدل {n}',
  rateInvalid: 'أدخل عددًا من {min} إلى {max}.',
  removeRate: 'احذف المعدل {rate}',
  remove: 'احذف',
  addRate: 'أضف معدلًا',
  ratesFull: 'ستة تشغيلات هي أقصى ما يتسع له السباق.',
  epochsLabel: 'عدد الحقب لكل تشغيل',
  epochsInvalid: 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  start: 'ابدأ السباق',
  pause: 'أوقف السباق مؤقتًا',
  reset: 'أعد السباق من البداية',
  settingsChanged:
    'يعرض الرسم السباق كما بدأته آخر مرة: اضغط «ابدأ السباق» لتشغيل الإعدادات الجديدة.',
  chartTitle: 'الخسارة الكلية في كل حقبة، خط لكل معدل تعلّم',
  chartY: 'الخسارة الكلية',
  outcomesTitle: 'ماذا حدث',
  outcomesEmpty: 'ابدأ السباق لترى أداء كل معدل.',
  waiting: '{rate}: بانتظار البدء',
  running: '{rate}: قيد التشغيل',
  converged: '{rate}: تقارب عند الحقبة {epoch}',
  diverged: '{rate}: تباعد عند الحقبة {epoch}',
  bouncing: '{rate}: يرتد (الخسارة تصعد وتهبط، أو تبقى مرتفعة)',
  settled: '{rate}: استقر عند خسارة {level} منذ الحقبة {epoch}، فوق الهدف',
  tooSlow: '{rate}: بطيء جدًا (ما زالت الخسارة تنخفض بعد {epochs} حقبة)',
  raceError: 'تعذّر بدء السباق: {message}',
  scheduleLegend: 'جدولة معدل التعلّم',
  scheduleLabel: 'الجدولة',
  'schedule.constant': 'ثابت',
  'schedule.step': 'تناقص على درجات',
  'schedule.exponential': 'تناقص أُسّي',
  'schedule.cosine': 'جيب التمام',
  gammaLabel: 'المُعامل',
  gammaInvalid: 'أدخل عددًا من {min} إلى {max}.',
  stepLabel: 'كل (حقبة)',
  stepInvalid: 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  scheduleCurve: 'كل معدل على امتداد التشغيل، مضاعَفًا لقيمته الابتدائية',
  scheduleSummary:
    'عند الحقبة 0 يكون المعدل \u2066×{start}\u2069، وفي المنتصف (الحقبة {middleEpoch}) \u2066×{middle}\u2069، وعند الحقبة الأخيرة ({lastEpoch}) \u2066×{end}\u2069.',
  sweepTitle: 'المسح',
  sweepIntro:
    'يدرّب المسح تشغيلًا كاملًا لكل واحد من {count} معدلًا بين {from} و{to}، موزعة بالتساوي على مقياس لوغاريتمي، بالعصبون والحقب والجدولة المختارة أعلاه، ثم يرسم أين انتهى كل منها.',
  sweepRun: 'شغّل المسح',
  sweepProgress: 'تقدّم المسح',
  sweepDone: 'دُرّب {done} من {total} معدلًا',
  sweepStale: 'تغيّرت الإعدادات بعد هذا المسح: شغّله مجددًا ليطابقها.',
  sweepChart: 'الخسارة الكلية بعد آخر حقبة مقابل معدل التعلّم (المحوران لوغاريتميان)',
  sweepX: 'معدل التعلّم',
  sweepY: 'الخسارة الكلية النهائية',
  bandConverged:
    'المنطقة المظللة هي المعدل المناسب: من {from} إلى {to} انتهى كل تشغيل تحت {threshold}.',
  bandBest:
    'لم ينتهِ أي معدل تحت {threshold}. المظلل: من {from} إلى {to}، التشغيلات الأقرب (ضمن ضعف أدنى خسارة نهائية).',
  bandNone: 'تباعدت كل التشغيلات: لا يوجد معدل جيد في هذا النطاق.',
  sweepDiverged:
    'العلامات المتصالبة على الحافة العليا: معدلات تباعدت تشغيلاتها (خسارة غير منتهية، أو أكبر من مليون).',
  sweepList: 'المسح في قائمة (اختر معدلًا لتسابق به)',
  sweepItem: '{rate}: الخسارة النهائية {loss}، {verdict}',
  'verdict.converged': 'تقارب',
  'verdict.diverged': 'تباعد',
  'verdict.above': 'فوق الهدف',
  raceAt: 'سابِق بالمعدل {rate}',
  raceFull: 'في السباق ستة تشغيلات بالفعل: احذف واحدًا لإضافة {rate}.',
  landscapeTitle: 'مسار كل تشغيل على سطح الخسارة بدلالة w1 وw2',
  landscapeNote:
    'تُظهر الألوان الخسارة حين يُثبَّت الانحياز عند 0، حيث يبدأ كل تشغيل. ويحرّك كل تشغيل انحيازه أيضًا، لذا قد تختلف الخسارة عند الكرة عن اللون تحتها. التشغيل الذي يغادر الصورة يتجه بعيدًا: وسمُه يخبرك بما آل إليه.',
  presetsLabel: 'سباقات للتشغيل',
  presetRegimes: 'صغير جدًا، مناسب، كبير جدًا (بلا قصّ)',
  presetArticle: 'سباق المقال (العصبون المقصوص)',
  paceLabel: 'سرعة السباق',
  paceOption: '{pace} حقبة في الثانية',
  paceFastest: 'بأقصى سرعة',
  whyTitle: 'لماذا تبدو الخطوط هكذا',
  whyClip:
    'يقصّ عصبون المقال تنبؤه إلى المجال من 0 إلى 1. ومهما كبرت الخطوة، لا يستطيع التنبؤ المقصوص أن يتجاوز 0 أو 1 كثيرًا، فيبقى الخطأ الذي يحدد الخطوة التالية صغيرًا ويبقى كل تصحيح في حدوده. لهذا تتقارب 0.9 هنا بدل أن ترتد. لترى خطوة أكبر من اللازم، سابِق بالعصبون نفسه من دون قصّ.',
  whyLinear:
    'من دون القصّ، تقذف الخطوة الكبيرة جدًا التنبؤ وراء هدفه، ثم يقذفه التصحيح التالي إلى الجهة الأخرى أبعد من ذلك، فترتد الخسارة، أو تكبر حتى لا تعود عددًا. أما الخطوة الصغيرة جدًا فلا تتجاوز الهدف أبدًا، لكنها تزحف: بعد 100 حقبة لا تكاد تتحرك.',
  targetClip: 'نقول هنا إن التشغيل تقارب حين تنخفض الخسارة الكلية لحقبة ما تحت {threshold}.',
  targetLinear:
    'لا يمكن لخط مستقيم أن يمر بالأجهزة الأربعة كلها، لذا لا تبلغ الخسارة الكلية لهذا العصبون 0 أبدًا: أدنى ما تبلغه أي أوزان هو {best}. ونقول هنا إنه تقارب حين تنخفض تحت {threshold}، أي ضمن 0.02 من هذا الحد الأدنى.',
  scheduleEpochAxis: 'الحقبة',
  scheduleRateAxis: '× المعدل',
  scheduleNow: 'السباق عند الحقبة {epoch}: كل معدل يساوي \u2066×{factor}\u2069 من بدايته.',
};

export const messages: LessonMessages<Key> = { en, ar };
export type LearningRateKey = Key;
