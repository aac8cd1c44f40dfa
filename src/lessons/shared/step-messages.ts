/**
 * Strings shared by the step-by-step lessons: the model picker, the step controls and the
 * names of inputs, neurons and classes (English and Arabic, same keys).
 */
import type { LessonMessages } from '../../ui/i18n';

export type SharedKey =
  | 'model.legend'
  | 'model.article'
  | 'model.three'
  | 'model.mainChanged'
  | 'step.label'
  | 'step.nextStage'
  | 'step.nextSample'
  | 'step.nextEpoch'
  | 'step.play'
  | 'step.pause'
  | 'step.restart'
  | 'step.last'
  | 'step.none'
  | 'step.next'
  | 'step.playing'
  | 'step.finished'
  | 'step.diverged'
  | 'step.waiting'
  | 'counter.sample'
  | 'counter.iteration'
  | 'counter.epoch'
  | 'counter.updates'
  | 'name.price'
  | 'name.weight'
  | 'name.input'
  | 'name.hidden'
  | 'name.output'
  | 'class.glasses'
  | 'class.ring'
  | 'class.earbuds'
  | 'class.one'
  | 'class.zero'
  | 'class.n';

export const sharedMessages = {
  en: {
    'model.legend': 'Model',
    'model.article': "The article's neuron: glasses or ring (the main run)",
    'model.three': 'Three classes with softmax: glasses, ring or earbuds',
    'model.mainChanged':
      'The main run follows the settings, which now describe a different network; it is drawn as it is set up.',
    'step.label': 'Step through training',
    'step.nextStage': 'Next stage',
    'step.nextSample': 'Next sample',
    'step.nextEpoch': 'Next epoch',
    'step.play': 'Play the model',
    'step.pause': 'Pause the model',
    'step.restart': 'Start the model over',
    'step.last': 'Last stage: {stage}.',
    'step.none': 'No stage has run yet for this sample.',
    'step.next': 'Next: {stage}.',
    'step.playing': 'Playing: whole epochs run without stopping between stages.',
    'step.finished': 'This run has trained all its epochs. Start it over to step again.',
    'step.diverged': 'This run stopped: its numbers left the finite range. Start it over.',
    'step.waiting': 'Waiting for the engine…',
    'counter.sample': 'Sample',
    'counter.iteration': 'Iteration',
    'counter.epoch': 'Epoch',
    'counter.updates': 'Updates',
    'name.price': 'price',
    'name.weight': 'weight',
    'name.input': 'x{n}',
    'name.hidden': 'h{layer}.{n}',
    'name.output': 'output',
    'class.glasses': 'glasses',
    'class.ring': 'ring',
    'class.earbuds': 'earbuds',
    'class.one': 'class 1',
    'class.zero': 'class 0',
    'class.n': 'class {n}',
  },
  ar: {
    'model.legend': 'النموذج',
    'model.article': 'خلية المقال: نظارة أم خاتم (التشغيل الرئيسي)',
    'model.three': 'ثلاث فئات مع softmax: نظارة أو خاتم أو سماعات أذن',
    'model.mainChanged':
      'التشغيل الرئيسي يتبع الإعدادات، وهي الآن تصف شبكة مختلفة؛ نرسمها كما هي مضبوطة.',
    'step.label': 'التقدّم في التدريب خطوة خطوة',
    'step.nextStage': 'المرحلة التالية',
    'step.nextSample': 'المثال التالي',
    'step.nextEpoch': 'الحقبة التالية',
    'step.play': 'شغّل النموذج',
    'step.pause': 'أوقف النموذج مؤقتًا',
    'step.restart': 'ابدأ النموذج من جديد',
    'step.last': 'آخر مرحلة: {stage}.',
    'step.none': 'لم تُنفَّذ أي مرحلة بعد لهذا المثال.',
    'step.next': 'التالية: {stage}.',
    'step.playing': 'قيد التشغيل: تُنفَّذ حقب كاملة دون توقف بين المراحل.',
    'step.finished': 'أنهى هذا التشغيل كل حقبه. ابدأه من جديد لتتقدّم خطوة خطوة مرة أخرى.',
    'step.diverged': 'توقف هذا التشغيل: خرجت أرقامه عن النطاق المحدود. ابدأه من جديد.',
    'step.waiting': 'في انتظار المحرّك…',
    'counter.sample': 'المثال',
    'counter.iteration': 'التكرار',
    'counter.epoch': 'الحقبة',
    'counter.updates': 'التحديثات',
    'name.price': 'السعر',
    'name.weight': 'وزن الجهاز',
    'name.input': 'x{n}',
    'name.hidden': 'h{layer}.{n}',
    'name.output': 'المخرج',
    'class.glasses': 'نظارة',
    'class.ring': 'خاتم',
    'class.earbuds': 'سماعات أذن',
    'class.one': 'الفئة 1',
    'class.zero': 'الفئة 0',
    'class.n': 'الفئة {n}',
  },
} as const satisfies LessonMessages<SharedKey>;
