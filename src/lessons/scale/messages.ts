/** The scale lesson's strings, English and Arabic, key for key. */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  intro:
    'The loop that trains three numbers on four devices is the loop that trained GPT-3. What changes is the amount of arithmetic. A common rule of thumb: each parameter costs about 6 floating-point operations (FLOP) per training token, 2 on the way forward and 4 on the way back. Divide the total by what a GPU really sustains and you get the time.',
  // Embedded beside an article, the point first and the rule of thumb in one breath.
  'intro@embed':
    'The loop that trains three numbers on four devices is the loop that trained GPT-3; only the arithmetic grows. Rule of thumb: about 6 FLOP per parameter per training token (2 forward, 4 back), divided by what the GPU sustains, gives the time.',
  'gpu.legend': 'The machine',
  'gpu.assumption':
    'Assumed here: one RTX 4090, whose advertised 32-bit peak is 82.6 TFLOP/s, running at 34 % of that peak, a typical share for real training once memory traffic and communication are paid for. That pair gives about 28 TFLOP/s sustained, and it is what turns GPT-3 into roughly 355 years. Its tensor cores advertise about 165 TFLOP/s in 16-bit precision: try that, or a better utilisation, or more GPUs.',
  reset: 'Back to the assumptions above',
  'field.peakTeraflops': 'Peak throughput (TFLOP/s)',
  'field.utilisationPercent': 'Utilisation (% of peak)',
  'field.gpus': 'GPUs (assumed to scale perfectly)',
  'field.parametersBillions': 'Parameters (billions)',
  'field.tokensBillions': 'Training tokens (billions)',
  'field.toyParameters': 'Parameters',
  'field.toySamples': 'Training samples',
  'field.toyEpochs': 'Epochs',
  'field.invalid': 'Enter a whole number from {min} to {max}.',
  'field.invalidAbove': 'Enter a number above {min} and at most {max}.',
  'field.tooSmall':
    'That is too close to 0 to compute with. Enter a number above {min} and at most {max}.',
  'throughput.label': 'Sustained throughput:',
  'gpt.title': 'GPT-3',
  'toy.title': 'The article’s program',
  'toy.tokens':
    '{samples} samples × {epochs} epochs = {tokens} samples seen, each counted like one token.',
  'toy.note':
    'The article timed its program at about a millisecond. Almost all of that is Python stepping through its loop; the arithmetic itself is the tiny number above.',
  'sum.compute': 'Compute = 6 × parameters × tokens',
  'sum.time': 'Time = compute ÷ sustained throughput',
  'strips.title': 'Both runs on one scale',
  'strips.compute':
    'Compute on a logarithmic scale: the article’s program needs {toy} FLOP, GPT-3 {gpt} FLOP.',
  'strips.time':
    'Time on a logarithmic scale: the article’s program takes {toy} seconds, GPT-3 {gpt} seconds.',
  'strips.computeCaption': 'Compute, in FLOP',
  'strips.timeCaption': 'Time on the machine above, in seconds',
  'strips.orders':
    'The two runs are {orders} orders of magnitude apart in compute: each order is another factor of ten.',
  'mark.toy': 'the article’s program',
  'mark.gpt': 'GPT-3',
  'ref.second': '1 second',
  'ref.day': '1 day',
  'ref.year': '1 year',
  'unit.nanoseconds': 'nanoseconds',
  'unit.microseconds': 'microseconds',
  'unit.milliseconds': 'milliseconds',
  'unit.seconds': 'seconds',
  'unit.minutes': 'minutes',
  'unit.hours': 'hours',
  'unit.days': 'days',
  'unit.years': 'years',
  'duration.tooLong': 'more than 10³⁰⁰ years',
  'duration.notFinite': 'not a finite time: these numbers are beyond what the arithmetic can hold',
} as const;

export type ScaleKey = keyof typeof en;

const ar: Record<ScaleKey, string> = {
  intro:
    'الحلقة التي تدرّب ثلاثة أعداد على أربعة أجهزة هي نفسها الحلقة التي درّبت GPT-3. ما يتغيّر هو مقدار الحساب. قاعدة تقريبية شائعة: كل معامل يكلّف نحو 6 عمليات فاصلة عائمة (FLOP) لكل رمز تدريب، اثنتان في المرور الأمامي وأربع في المرور الخلفي. اقسم المجموع على ما تحققه وحدة المعالجة الرسومية فعلًا تحصل على الزمن.',
  'intro@embed':
    'الحلقة التي تدرّب ثلاثة أعداد على أربعة أجهزة هي الحلقة التي درّبت GPT-3؛ لا يكبر إلا الحساب. قاعدة تقريبية: نحو 6 FLOP لكل معامل لكل رمز تدريب (2 للأمام و4 للخلف)، مقسومةً على ما تحققه وحدة المعالجة الرسومية فعلًا، تعطي الزمن.',
  'gpu.legend': 'الآلة',
  'gpu.assumption':
    'الافتراض هنا: بطاقة RTX 4090 واحدة، ذروتها المعلنة بدقة 32 بت هي 82.6 تيرافلوب/ث، تعمل بنسبة 34 % من تلك الذروة، وهي نسبة معتادة في التدريب الحقيقي بعد احتساب نقل الذاكرة والاتصال. هذا الزوج يعطي نحو 28 تيرافلوب/ث فعليًا، وهو ما يجعل GPT-3 يستغرق قرابة 355 سنة. أنوية الموتّرات فيها تعلن نحو 165 تيرافلوب/ث بدقة 16 بت: جرّب ذلك، أو نسبة استغلال أفضل، أو عددًا أكبر من البطاقات.',
  reset: 'عُد إلى الافتراضات أعلاه',
  'field.peakTeraflops': 'الذروة (تيرافلوب/ث)',
  'field.utilisationPercent': 'نسبة الاستغلال (% من الذروة)',
  'field.gpus': 'عدد البطاقات (بافتراض توسّع مثالي)',
  'field.parametersBillions': 'المعاملات (بالمليار)',
  'field.tokensBillions': 'رموز التدريب (بالمليار)',
  'field.toyParameters': 'المعاملات',
  'field.toySamples': 'عيّنات التدريب',
  'field.toyEpochs': 'الحقب',
  'field.invalid': 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  'field.invalidAbove': 'أدخل عددًا أكبر من {min} ولا يزيد على {max}.',
  'field.tooSmall':
    'هذا العدد أقرب إلى 0 من أن يُحسب به. أدخل عددًا أكبر من {min} ولا يزيد على {max}.',
  'throughput.label': 'الإنتاجية الفعلية:',
  'gpt.title': 'GPT-3',
  'toy.title': 'برنامج المقالة',
  'toy.tokens': '{samples} عيّنات × {epochs} حقبة = {tokens} عيّنة مرئية، تُحسب كل منها كرمز واحد.',
  'toy.note':
    'قاست المقالة زمن برنامجها بنحو جزء من ألف من الثانية. معظم ذلك هو بايثون وهي تمرّ على حلقتها؛ أما الحساب نفسه فهو الرقم الضئيل أعلاه.',
  'sum.compute': 'الحساب = 6 × المعاملات × الرموز',
  'sum.time': 'الزمن = الحساب ÷ الإنتاجية الفعلية',
  'strips.title': 'التدريبان على مقياس واحد',
  'strips.compute':
    'الحساب على مقياس لوغاريتمي: يحتاج برنامج المقالة {toy} عملية، ويحتاج GPT-3 ‏{gpt} عملية.',
  'strips.time':
    'الزمن على مقياس لوغاريتمي: يستغرق برنامج المقالة {toy} ثانية، ويستغرق GPT-3 ‏{gpt} ثانية.',
  'strips.computeCaption': 'الحساب، بعدد العمليات (FLOP)',
  'strips.timeCaption': 'الزمن على الآلة أعلاه، بالثواني',
  'strips.orders':
    'يفصل بين التدريبين في الحساب {orders} رتبة عشرية: كل رتبة تعني مضاعفة أخرى بعشرة.',
  'mark.toy': 'برنامج المقالة',
  'mark.gpt': 'GPT-3',
  'ref.second': 'ثانية',
  'ref.day': 'يوم',
  'ref.year': 'سنة',
  'unit.nanoseconds': 'نانوثانية',
  'unit.microseconds': 'ميكروثانية',
  'unit.milliseconds': 'ملّي ثانية',
  'unit.seconds': 'ثانية',
  'unit.minutes': 'دقيقة',
  'unit.hours': 'ساعة',
  'unit.days': 'يوم',
  'unit.years': 'سنة',
  'duration.tooLong': 'أكثر من 10³⁰⁰ سنة',
  'duration.notFinite': 'ليس زمنًا محدودًا: هذه الأعداد تتجاوز ما يستطيع الحساب حمله',
};

export const messages = { en, ar } as const satisfies LessonMessages<ScaleKey>;
