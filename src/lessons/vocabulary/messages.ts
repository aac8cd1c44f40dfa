/** The vocabulary lesson's strings, English and Arabic, key for key. */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  'term.epoch': 'Epoch',
  'term.epoch.about': 'one full pass over the training set: every sample is used once.',
  'term.batch': 'Batch',
  'term.batch.about':
    'a group of samples whose gradients are averaged before the weights change once.',
  'term.iteration': 'Iteration',
  'term.iteration.about': 'one batch processed, which is one weight update.',
  'calculator.title': 'Calculator',
  'calculator.example': 'Back to 1,000 samples, batch 32, 100 epochs',
  'calculator.caption': 'Iterations and weight updates',
  'calculator.conventions':
    'When the batch size does not divide the data, the last batch is short. Some libraries train on it anyway (PyTorch’s default, drop_last=False); others drop it and leave those samples out of that epoch. Shuffling each epoch means different samples sit out each time.',
  'field.size': 'Training samples',
  'field.batchSize': 'Batch size',
  'field.epochs': 'Epochs',
  'field.invalid': 'Enter a whole number from {min} to {max}.',
  'convention.keep': 'keep the short batch',
  'convention.drop': 'drop the short batch',
  'convention.current': 'this run',
  'division.full': 'full batches',
  'division.partial': 'and one short batch of',
  'division.exact': 'with nothing left over',
  'table.quantity': 'Quantity',
  'table.perEpoch': 'Iterations per epoch',
  'table.total': 'Weight updates after {epochs} epochs',
  'table.samples': 'Samples used per epoch',
  'table.nothingLeft':
    'The batch size is larger than the data: dropping the short batch would leave nothing to train on.',
  'animation.summary': 'One epoch as {batches} batches of up to {size} samples{partial}.',
  'animation.partial': ', the last one holding only {n}',
  'animation.hidden': '{n} batches in the middle are not drawn.',
  'live.title': 'The counters of the run at the top',
  'live.about':
    'Press Play or Step at the top of the page and watch these counters move. Below them, the calculator is filled in with that run’s own settings.',
  'live.sample': 'Next sample in this epoch',
  'live.iteration': 'Iterations done in this epoch',
  'live.epoch': 'Epochs done',
  'live.updates': 'Weight updates so far',
  'live.settings': 'That run trains on {size} samples, {batch} per batch, for {epochs} epochs.',
  'live.caption': 'The same sums for the run at the top',
  'live.matches': 'Matches the run above:',
  'live.matchesDetail': 'updates, epochs done × iterations per epoch + iterations this epoch.',
  'live.stopped':
    'The run above stopped before its last epoch (early stopping or divergence), so it made fewer updates than planned.',
  'live.differs': 'The run above does not match this calculation.',
  'live.waiting': 'Waiting for the training engine…',
} as const;

export type VocabularyKey = keyof typeof en;

const ar: Record<VocabularyKey, string> = {
  'term.epoch': 'الحقبة',
  'term.epoch.about': 'مرور كامل على مجموعة التدريب: تُستخدم كل عيّنة مرة واحدة.',
  'term.batch': 'الدفعة',
  'term.batch.about': 'مجموعة من العيّنات يُحسب متوسط تدرّجاتها قبل أن تتغيّر الأوزان مرة واحدة.',
  'term.iteration': 'التكرار',
  'term.iteration.about': 'معالجة دفعة واحدة، أي تحديث واحد للأوزان.',
  'calculator.title': 'الحاسبة',
  'calculator.example': 'عُد إلى 1,000 عيّنة، ودفعة من 32، و100 حقبة',
  'calculator.caption': 'التكرارات وتحديثات الأوزان',
  'calculator.conventions':
    'حين لا يقسم حجم الدفعة عدد العيّنات قسمةً تامة تكون الدفعة الأخيرة قصيرة. بعض المكتبات تتدرّب عليها رغم ذلك (الخيار الافتراضي في PyTorch هو \u2066drop_last=False\u2069)، وبعضها يُسقطها فتبقى تلك العيّنات خارج تلك الحقبة. ومع خلط البيانات في كل حقبة تتغيّر العيّنات التي تبقى خارجًا في كل مرة.',
  'field.size': 'عيّنات التدريب',
  'field.batchSize': 'حجم الدفعة',
  'field.epochs': 'الحقب',
  'field.invalid': 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  'convention.keep': 'الإبقاء على الدفعة القصيرة',
  'convention.drop': 'إسقاط الدفعة القصيرة',
  'convention.current': 'هذا التدريب',
  'division.full': 'دفعة كاملة',
  'division.partial': 'ودفعة قصيرة واحدة فيها',
  'division.exact': 'دون باقٍ',
  'table.quantity': 'الكمية',
  'table.perEpoch': 'التكرارات في كل حقبة',
  'table.total': 'تحديثات الأوزان بعد {epochs} حقبة',
  'table.samples': 'العيّنات المستخدمة في كل حقبة',
  'table.nothingLeft': 'حجم الدفعة أكبر من البيانات: إسقاط الدفعة القصيرة لن يترك شيئًا للتدريب.',
  'animation.summary': 'حقبة واحدة مقسّمة إلى {batches} دفعة، في كلٍّ منها حتى {size} عيّنة{partial}.',
  'animation.partial': '، والأخيرة فيها {n} فقط',
  'animation.hidden': 'لم تُرسم {n} دفعة في المنتصف.',
  'live.title': 'عدّادات التدريب في أعلى الصفحة',
  'live.about':
    'اضغط «تشغيل» أو «خطوة» في أعلى الصفحة وراقب هذه العدّادات وهي تتحرك. وتحتها الحاسبة نفسها معبّأة بإعدادات ذلك التدريب.',
  'live.sample': 'العيّنة التالية في هذه الحقبة',
  'live.iteration': 'التكرارات المنجزة في هذه الحقبة',
  'live.epoch': 'الحقب المنجزة',
  'live.updates': 'تحديثات الأوزان حتى الآن',
  'live.settings': 'يتدرّب ذلك التدريب على {size} عيّنة، {batch} في كل دفعة، لمدة {epochs} حقبة.',
  'live.caption': 'الحسابات نفسها للتدريب في الأعلى',
  'live.matches': 'يطابق التدريب في الأعلى:',
  'live.matchesDetail': 'تحديثًا، أي الحقب المنجزة × التكرارات في كل حقبة + تكرارات هذه الحقبة.',
  'live.stopped':
    'توقف التدريب في الأعلى قبل حقبته الأخيرة (إيقاف مبكر أو تباعد)، فأجرى تحديثات أقل مما كان مخططًا.',
  'live.differs': 'التدريب في الأعلى لا يطابق هذا الحساب.',
  'live.waiting': 'بانتظار محرّك التدريب…',
};

export const messages = { en, ar } as const satisfies LessonMessages<VocabularyKey>;
