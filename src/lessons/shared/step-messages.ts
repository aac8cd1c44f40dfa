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
  | 'class.n'
  | 'own.forward.run'
  | 'own.loss.run'
  | 'own.backprop.run'
  | 'own.update.run'
  | 'own.forward.next'
  | 'own.nextSample'
  | 'own.nextBatch'
  | 'own.loss.prepare'
  | 'own.backprop.prepare'
  | 'own.update.prepare'
  | 'phase.forward.ready'
  | 'phase.forward.done'
  | 'phase.forward.done@embed'
  | 'phase.loss.early'
  | 'phase.loss.ready'
  | 'phase.loss.done'
  | 'phase.loss.done@embed'
  | 'phase.backprop.early'
  | 'phase.backprop.ready'
  | 'phase.backprop.done'
  | 'phase.backprop.done@embed'
  | 'phase.update.early'
  | 'phase.update.ready'
  | 'phase.update.done'
  | 'handOn.link'
  | 'step.ran'
  | 'step.busy'
  | 'list.separator'
  | 'finished.title'
  | 'finished.loss'
  | 'finished.update'
  | 'finished.batch'
  | 'finished.more'
  | 'finished.next';

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
    'own.forward.run': 'Run the forward pass',
    'own.loss.run': 'Measure the loss',
    'own.backprop.run': 'Run backpropagation',
    'own.update.run': 'Update the weights',
    'own.forward.next': 'Finish this sample (the rest of the loop)',
    'own.nextSample': 'Next sample',
    'own.nextBatch': 'Next batch',
    'own.loss.prepare': 'Get this sample ready: forward pass',
    'own.backprop.prepare': 'Get this sample ready: forward pass and loss',
    'own.update.prepare': 'Get the gradients ready: up to backpropagation',
    'phase.forward.ready':
      'This sample’s guess has not been made yet: run the forward pass to watch it happen.',
    'phase.forward.done':
      'The forward pass of this sample is done: its guess is shown below. How wrong that guess is comes next, in the loss lesson.',
    // Embedded, the widget holds one lesson: the next stage is named, not pointed at.
    'phase.forward.done@embed':
      'The forward pass of this sample is done: its guess is shown below. Measuring how wrong it is, the loss, comes next in the loop.',
    'phase.loss.early':
      'This sample has no guess yet, so there is no mistake to measure: its forward pass runs first.',
    'phase.loss.ready':
      'The guess is in and its loss is worked out below; measuring it is the next stage of the loop.',
    'phase.loss.done':
      'The loss of this sample is measured. Sharing out the blame for it comes next, in the backpropagation lesson.',
    'phase.loss.done@embed':
      'The loss of this sample is measured. Sharing out the blame for it, backpropagation, comes next in the loop.',
    'phase.backprop.early':
      'Backpropagation needs this sample’s guess and its loss: the forward pass and the loss run first.',
    'phase.backprop.ready':
      'The forward pass and the loss of this sample are done; backpropagation is ready to run.',
    'phase.backprop.done':
      'Every parameter has its gradient for this sample. Using them comes next, in the weight update lesson.',
    'phase.backprop.done@embed':
      'Every parameter has its gradient for this sample. Using them, the weight update, comes next in the loop.',
    'phase.update.early':
      'The update needs its batch’s gradients: the stages up to backpropagation run first.',
    'phase.update.ready':
      'The gradients are ready (below); updating the weights is the next stage.',
    'phase.update.done':
      'The weights are updated. The loop starts again with the next sample’s forward pass.',
    'handOn.link': 'Go to lesson {n}: {title}',
    'step.ran': 'Just ran: {stages}.',
    'step.busy': 'Running the stages…',
    'list.separator': ', ',
    'finished.title': 'This sample is finished',
    'finished.loss': 'Its loss was {loss}.',
    'finished.update':
      'Backpropagation gave every parameter its gradient, and the update moved them:',
    'finished.batch':
      'Backpropagation added its gradient to the batch’s; the weights change once the batch is complete.',
    'finished.more': '…and {n} more.',
    'finished.next': 'Next: the forward pass on the next sample.',
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
    'own.forward.run': 'نفّذ التمرير الأمامي',
    'own.loss.run': 'قِس الخسارة',
    'own.backprop.run': 'نفّذ الانتشار العكسي',
    'own.update.run': 'حدّث الأوزان',
    'own.forward.next': 'أكمل هذا المثال (بقية الحلقة)',
    'own.nextSample': 'المثال التالي',
    'own.nextBatch': 'الدفعة التالية',
    'own.loss.prepare': 'جهّز هذا المثال: التمرير الأمامي',
    'own.backprop.prepare': 'جهّز هذا المثال: التمرير الأمامي والخسارة',
    'own.update.prepare': 'جهّز التدرّجات: حتى الانتشار العكسي',
    'phase.forward.ready': 'لم يُصنع تخمين هذا المثال بعد: نفّذ التمرير الأمامي لتشاهده يحدث.',
    'phase.forward.done':
      'انتهى التمرير الأمامي لهذا المثال: تخمينه معروض أدناه. أمّا مقدار خطأ هذا التخمين فهو موضوع درس الخسارة، وهو التالي.',
    'phase.forward.done@embed':
      'انتهى التمرير الأمامي لهذا المثال: تخمينه معروض أدناه. وقياس مقدار خطئه، أي الخسارة، هو التالي في الحلقة.',
    'phase.loss.early': 'لا تخمين لهذا المثال بعد، فلا خطأ نقيسه: يُنفَّذ تمريره الأمامي أولًا.',
    'phase.loss.ready':
      'التخمين جاهز وحساب خسارته مكتوب أدناه؛ قياسها هو المرحلة التالية من الحلقة.',
    'phase.loss.done':
      'قيست خسارة هذا المثال. أمّا توزيع اللوم عليها فهو التالي، في درس الانتشار العكسي.',
    'phase.loss.done@embed':
      'قيست خسارة هذا المثال. وتوزيع اللوم عليها، أي الانتشار العكسي، هو التالي في الحلقة.',
    'phase.backprop.early':
      'يحتاج الانتشار العكسي إلى تخمين هذا المثال وخسارته: يُنفَّذ التمرير الأمامي والخسارة أولًا.',
    'phase.backprop.ready':
      'انتهى التمرير الأمامي والخسارة لهذا المثال؛ الانتشار العكسي جاهز للتنفيذ.',
    'phase.backprop.done':
      'لكل معامل الآن تدرّجه لهذا المثال. أمّا استعمالها فهو التالي، في درس تحديث الأوزان.',
    'phase.backprop.done@embed':
      'لكل معامل الآن تدرّجه لهذا المثال. واستعمالها، أي تحديث الأوزان، هو التالي في الحلقة.',
    'phase.update.early': 'يحتاج التحديث إلى تدرّجات دفعته: تُنفَّذ المراحل حتى الانتشار العكسي أولًا.',
    'phase.update.ready': 'التدرّجات جاهزة (أدناه)؛ تحديث الأوزان هو المرحلة التالية.',
    'phase.update.done': 'حُدّثت الأوزان. تبدأ الحلقة من جديد بالتمرير الأمامي للمثال التالي.',
    'handOn.link': 'انتقل إلى الدرس {n}: {title}',
    'step.ran': 'نُفِّذ للتو: {stages}.',
    'step.busy': 'جارٍ تنفيذ المراحل…',
    'list.separator': '، ',
    'finished.title': 'انتهى هذا المثال',
    'finished.loss': 'كانت خسارته {loss}.',
    'finished.update': 'أعطى الانتشار العكسي كل معامل تدرّجه، وحرّكها التحديث:',
    'finished.batch':
      'أضاف الانتشار العكسي تدرّج هذا المثال إلى تدرّج الدفعة؛ تتغيّر الأوزان حين تكتمل الدفعة.',
    'finished.more': '…و{n} غيرها.',
    'finished.next': 'التالي: التمرير الأمامي على المثال التالي.',
  },
} as const satisfies LessonMessages<SharedKey>;
