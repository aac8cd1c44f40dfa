/** The embeddings lesson's strings, in English and Arabic (same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'intro.encoder'
  | 'intro.encoder@embed'
  | 'intro.loss'
  | 'intro.loop'
  | 'control.label'
  | 'control.train'
  | 'control.pause'
  | 'control.stepPair'
  | 'control.stepEpoch'
  | 'control.reset'
  | 'control.margin'
  | 'control.learningRate'
  | 'field.range'
  | 'readout.epoch'
  | 'readout.pair'
  | 'readout.loss'
  | 'readout.status'
  | 'status.connecting'
  | 'status.ready'
  | 'status.playing'
  | 'status.running'
  | 'status.finished'
  | 'status.diverged'
  | 'plane.caption'
  | 'plane.summary'
  | 'plane.waiting'
  | 'plane.table'
  | 'plane.phrase'
  | 'plane.group'
  | 'legend.pull'
  | 'legend.push'
  | 'legend.rest'
  | 'legend.added'
  | 'legend.groups'
  | 'legend.margin'
  | 'group.coffee'
  | 'group.sleep'
  | 'group.rain'
  | 'group.food'
  | 'chart.title'
  | 'chart.loss'
  | 'step.title'
  | 'step.none'
  | 'step.position'
  | 'step.similar'
  | 'step.different'
  | 'step.distance'
  | 'step.loss'
  | 'step.pull'
  | 'step.push'
  | 'step.rest'
  | 'step.after'
  | 'step.arrows'
  | 'add.title'
  | 'add.first'
  | 'add.second'
  | 'add.kind'
  | 'add.similar'
  | 'add.different'
  | 'add.submit'
  | 'add.same'
  | 'add.added'
  | 'add.yours'
  | 'nearest.title'
  | 'nearest.hint'
  | 'nearest.input'
  | 'nearest.submit'
  | 'nearest.unknown'
  | 'nearest.heading'
  | 'nearest.similarity'
  | 'nearest.distance'
  | 'nearest.sameGroup'
  | 'nearest.otherGroup'
  | 'error.fatal'
  | 'error.restart'
  | 'error.dismiss'
  | 'list.separator';

export type EmbeddingsKey = Key;

export const messages = {
  en: {
    'intro.encoder':
      'Every phrase below is a point made by a tiny encoder: each word owns a short vector, the words of a phrase are added up, and one linear layer turns that sum into two numbers, x and y. It starts from random numbers, so at first the points say nothing about meaning.',
    // Embedded, one paragraph says what the plane shows; the rest is the full page's.
    'intro.encoder@embed':
      'Each phrase below is a point that a tiny encoder makes from its words, starting from random numbers. Training pulls similar pairs together and pushes different pairs a margin apart: watch phrases of one meaning gather.',
    'intro.loss':
      'The training data is a list of labelled pairs. A pair marked similar pays the square of its distance, so it pulls its two points together. A pair marked different pays only while its points are closer than the margin, so it pushes them apart until they are a margin away, and then rests.',
    'intro.loop':
      'Nothing else is new: forward (encode the two phrases), loss, backpropagation through the encoder, update. One update per pair; an epoch visits every pair once.',
    'control.label': 'Embeddings training controls',
    'control.train': 'Train embeddings',
    'control.pause': 'Pause embeddings',
    'control.stepPair': 'Step one pair',
    'control.stepEpoch': 'Step one epoch of pairs',
    'control.reset': 'Reset embeddings',
    'control.margin': 'Margin',
    'control.learningRate': 'Learning rate',
    'field.range': 'Choose a value from {min} to {max}.',
    'readout.epoch': 'Embeddings epoch',
    'readout.pair': 'Pair in this epoch',
    'readout.loss': 'Embeddings loss (mean over pairs)',
    'readout.status': 'Embeddings status',
    'status.connecting': 'Starting the embeddings worker…',
    'status.ready': 'Ready: random points, nothing learned yet.',
    'status.playing': 'Training…',
    'status.running': 'Paused.',
    'status.finished':
      'Settled: the loss is almost zero, so the points barely move any more. Change a setting or add a pair to stir them again.',
    'status.diverged':
      'Diverged: the learning rate is too large and the points flew off. Lower it and reset.',
    'plane.caption': 'The phrases as points in the plane, with a line for each labelled pair',
    'plane.summary':
      '{phrases} phrases. {similar} similar pairs, the farthest apart at distance {farthest}; {different} different pairs, the closest at distance {closest}; margin {margin}.',
    'plane.waiting': 'Waiting for the first points from the worker…',
    'plane.table': 'The points as a table',
    'plane.phrase': 'Phrase',
    'plane.group': 'Meaning',
    'legend.pull': 'solid: similar pair pulling together',
    'legend.push': 'dashed: different pair pushing apart (closer than the margin)',
    'legend.rest': 'dotted: different pair at rest (a margin apart already)',
    'legend.added': 'thick: a pair you added',
    'legend.groups':
      'Marker shape and colour show the meaning group we labelled; the encoder never sees it.',
    'legend.margin': 'margin',
    'group.coffee': 'coffee',
    'group.sleep': 'sleep',
    'group.rain': 'rain',
    'group.food': 'food',
    'chart.title': 'Loss per epoch (mean over the pairs)',
    'chart.loss': 'Loss',
    'step.title': 'One pair, up close',
    'step.none':
      'Press "Step one pair" to train on a single pair and see its distance, its loss and the pull or push it causes.',
    'step.position': 'Pair {position} of {count} in epoch {epoch}',
    'step.similar': 'labelled similar',
    'step.different': 'labelled different',
    'step.distance': 'Distance d',
    'step.loss': 'Loss',
    'step.pull':
      'Pull: the loss wants each point to move toward the other with strength {force} (that is 2 × d).',
    'step.push':
      'Push: closer than the margin, so each point is pushed away from the other with strength {force} (that is 2 × (margin − d)).',
    'step.rest': 'Rest: already a margin apart, so this pair costs nothing and moves nothing.',
    'step.after': 'Distance after the update',
    'step.arrows': 'The arrows on the plane show the two forces.',
    'add.title': 'Label a pair yourself',
    'add.first': 'First phrase',
    'add.second': 'Second phrase',
    'add.kind': 'These two phrases are',
    'add.similar': 'similar (pull together)',
    'add.different': 'different (push apart)',
    'add.submit': 'Add this pair',
    'add.same': 'Pick two different phrases.',
    'add.added':
      'Added. Train again and watch the geometry change; a pair that was already labelled takes your new label.',
    'add.yours': 'Your pairs',
    'nearest.title': 'Nearest phrases',
    'nearest.hint':
      'Cosine similarity compares directions, measured from the centre of all the points (the loss only sees distances, so where the cloud sits means nothing). 1 means the same direction.',
    'nearest.input': 'Phrase to look up',
    'nearest.submit': 'Find nearest',
    'nearest.unknown': 'There is no phrase "{text}" in this set. Pick one from the list.',
    'nearest.heading': 'Closest to',
    'nearest.similarity': 'cosine similarity',
    'nearest.distance': 'distance',
    'nearest.sameGroup': 'same meaning',
    'nearest.otherGroup': 'other meaning',
    'error.fatal': 'The embeddings engine stopped.',
    'error.restart': 'Restart the embeddings engine',
    'error.dismiss': 'Dismiss',
    'list.separator': ', ',
  },
  ar: {
    'intro.encoder':
      'كل عبارة هنا نقطة يصنعها مُرمِّز صغير جدًا: لكل كلمة متجه قصير، تُجمع متجهات كلمات العبارة، ثم تحوّل طبقة خطية واحدة هذا المجموع إلى رقمين هما x وy. يبدأ المُرمِّز بأرقام عشوائية، فلا تقول النقاط شيئًا عن المعنى في البداية.',
    'intro.encoder@embed':
      'كل عبارة هنا نقطة يصنعها مُرمِّز صغير جدًا من كلماتها، بدءًا من أرقام عشوائية. يقرّب التدريب بين الأزواج المتشابهة ويباعد بين المختلفة حتى يفصلها الهامش: راقب عبارات المعنى الواحد وهي تتجمّع.',
    'intro.loss':
      'بيانات التدريب قائمة من الأزواج الموسومة. الزوج الموسوم «متشابه» يدفع مربع المسافة بين نقطتيه، فيشدّهما إلى بعضهما. والزوج الموسوم «مختلف» لا يدفع إلا ما دامت نقطتاه أقرب من الهامش، فيدفعهما بعيدًا حتى تصير المسافة بينهما هامشًا كاملًا، ثم يسكن.',
    'intro.loop':
      'لا جديد غير ذلك: التمرير الأمامي (ترميز العبارتين)، ثم الخسارة، ثم الانتشار العكسي عبر المُرمِّز، ثم التحديث. تحديث واحد لكل زوج، والحقبة تمر على كل الأزواج مرة واحدة.',
    'control.label': 'أدوات تدريب التضمينات',
    'control.train': 'درّب التضمينات',
    'control.pause': 'أوقف التضمينات مؤقتًا',
    'control.stepPair': 'خطوة بزوج واحد',
    'control.stepEpoch': 'خطوة بحقبة كاملة من الأزواج',
    'control.reset': 'أعد ضبط التضمينات',
    'control.margin': 'الهامش',
    'control.learningRate': 'معدل التعلّم',
    'field.range': 'اختر قيمة من {min} إلى {max}.',
    'readout.epoch': 'حقبة التضمينات',
    'readout.pair': 'الزوج في هذه الحقبة',
    'readout.loss': 'خسارة التضمينات (متوسط الأزواج)',
    'readout.status': 'حالة التضمينات',
    'status.connecting': 'يجري تشغيل عامل التضمينات…',
    'status.ready': 'جاهز: نقاط عشوائية، ولم يُتعلَّم شيء بعد.',
    'status.playing': 'يجري التدريب…',
    'status.running': 'متوقف مؤقتًا.',
    'status.finished':
      'استقر: الخسارة صفر تقريبًا، فلم تعد النقاط تتحرك إلا قليلًا جدًا. غيّر إعدادًا أو أضف زوجًا لتحرّكها من جديد.',
    'status.diverged': 'تباعد: معدل التعلّم كبير جدًا فتطايرت النقاط. اخفضه ثم أعد الضبط.',
    'plane.caption': 'العبارات نقاطًا في المستوى، مع خط لكل زوج موسوم',
    'plane.summary':
      '{phrases} عبارة. {similar} زوجًا متشابهًا، أبعدها على مسافة {farthest}؛ و{different} زوجًا مختلفًا، أقربها على مسافة {closest}؛ والهامش {margin}.',
    'plane.waiting': 'في انتظار أول النقاط من العامل…',
    'plane.table': 'النقاط في جدول',
    'plane.phrase': 'العبارة',
    'plane.group': 'المعنى',
    'legend.pull': 'متصل: زوج متشابه يتجاذب',
    'legend.push': 'متقطع: زوج مختلف يتنافر (أقرب من الهامش)',
    'legend.rest': 'منقّط: زوج مختلف ساكن (بينهما هامش كامل)',
    'legend.added': 'سميك: زوج أضفته أنت',
    'legend.groups': 'شكل العلامة ولونها يبيّنان مجموعة المعنى التي وسمناها؛ المُرمِّز لا يراها أبدًا.',
    'legend.margin': 'الهامش',
    'group.coffee': 'قهوة',
    'group.sleep': 'نوم',
    'group.rain': 'مطر',
    'group.food': 'أكل',
    'chart.title': 'الخسارة في كل حقبة (متوسط الأزواج)',
    'chart.loss': 'الخسارة',
    'step.title': 'زوج واحد عن قرب',
    'step.none':
      'اضغط «خطوة بزوج واحد» لتدرّب على زوج واحد وترى مسافته وخسارته والشدّ أو الدفع الذي يسببه.',
    'step.position': 'الزوج {position} من {count} في الحقبة {epoch}',
    'step.similar': 'موسوم متشابهًا',
    'step.different': 'موسوم مختلفًا',
    'step.distance': 'المسافة d',
    'step.loss': 'الخسارة',
    'step.pull':
      'شدّ: تريد الخسارة أن تتحرك كل نقطة نحو الأخرى بقوة {force} (أي \u20662 × d\u2069).',
    'step.push':
      'دفع: النقطتان أقرب من الهامش، فتُدفع كل منهما بعيدًا عن الأخرى بقوة {force} (أي 2 × (الهامش − d)).',
    'step.rest': 'سكون: بينهما هامش كامل، فهذا الزوج لا يكلّف شيئًا ولا يحرّك شيئًا.',
    'step.after': 'المسافة بعد التحديث',
    'step.arrows': 'السهمان على المستوى يبيّنان القوتين.',
    'add.title': 'اوسم زوجًا بنفسك',
    'add.first': 'العبارة الأولى',
    'add.second': 'العبارة الثانية',
    'add.kind': 'هاتان العبارتان',
    'add.similar': 'متشابهتان (تتجاذبان)',
    'add.different': 'مختلفتان (تتنافران)',
    'add.submit': 'أضف هذا الزوج',
    'add.same': 'اختر عبارتين مختلفتين.',
    'add.added': 'أُضيف. درّب مرة أخرى وراقب تغيّر الهندسة؛ والزوج الموسوم من قبل يأخذ وسمك الجديد.',
    'add.yours': 'أزواجك',
    'nearest.title': 'أقرب العبارات',
    'nearest.hint':
      'تشابه جيب التمام يقارن الاتجاهات، مقيسةً من مركز كل النقاط (الخسارة لا ترى إلا المسافات، فمكان السحابة لا يعني شيئًا). القيمة 1 تعني الاتجاه نفسه.',
    'nearest.input': 'العبارة المطلوبة',
    'nearest.submit': 'ابحث عن الأقرب',
    'nearest.unknown': 'لا توجد عبارة «{text}» في هذه المجموعة. اختر واحدة من القائمة.',
    'nearest.heading': 'الأقرب إلى',
    'nearest.similarity': 'تشابه جيب التمام',
    'nearest.distance': 'المسافة',
    'nearest.sameGroup': 'المعنى نفسه',
    'nearest.otherGroup': 'معنى آخر',
    'error.fatal': 'توقف محرك التضمينات.',
    'error.restart': 'أعد تشغيل محرك التضمينات',
    'error.dismiss': 'إغلاق',
    'list.separator': '، ',
  },
} as const satisfies LessonMessages<Key>;
