/** Strings of the lab's own-data controls (import, penguins, regression), English and Arabic. */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  'import.legend': 'Your own data',
  'import.intro':
    'Train the same network on points you bring: three columns x1,x2,label (a header line is optional), at most 5,000 rows. Labels 0 to 4 are classes; any other numbers make it a regression. The network trains on standardised inputs; the plot keeps your units.',
  'import.paste': 'CSV text',
  'import.pasteButton': 'Use this CSV',
  'import.file': 'Open a CSV file',
  'import.pasted': 'pasted CSV',
  'import.reading': 'Reading the data…',
  'import.penguins': 'The Palmer penguins',
  'import.penguinsX': 'Measurement for x1',
  'import.penguinsY': 'Measurement for x2',
  'import.penguinsButton': 'Use the penguins',
  'import.penguinsName': 'Palmer penguins',
  'import.credit':
    'The Palmer penguins: 342 birds of three species measured by Dr. Kristen Gorman and the Palmer Station Antarctica LTER, packaged by Allison Horst (palmerpenguins), released under CC0 1.0; taken from the npm package vega-datasets (BSD-3-Clause).',
  'measure.beak_length': 'beak length (mm)',
  'measure.beak_depth': 'beak depth (mm)',
  'measure.flipper_length': 'flipper length (mm)',
  'measure.body_mass': 'body mass (g)',
  'import.using': 'Training on {name}: {kind}, {rows} rows.',
  'import.classification': 'classification with {classes} classes',
  'import.regression': 'regression of {label}',
  'import.back': 'Back to generated data',
  'import.option': 'Imported: {name}',
  'import.failed':
    'Nothing was imported from {name}; your data and settings are as they were. Problems:',
  'import.regressionMap':
    'Regression: the colours show the predicted {label}, one colour below the mean ({mean}) and the other above it, stronger further away.',
  'import.below': 'below {mean}',
  'import.above': 'at or above {mean}',
  'import.value': 'Value of the next point',
  'import.pointRejected':
    'That point was not added: it must lie near the data (within its range on each side), and at most {max} can be added.',
  'plot.lossSummary':
    'After epoch {epoch}: training loss {train}, validation loss {validation} (squared error on the standardised value).',
  'lab.export': 'Save the lab as a file',
  'lab.import': 'Open a lab file',
  'lab.saved': 'Saved {file}: the settings and the data.',
  'lab.failed': 'The lab could not be exported: {reason}',
  'lab.restored': 'Restored the settings and data of {file}.',
  'lab.refused': '{file} was not imported, and nothing changed: {reason}',
} as const;

export type DataKey = keyof typeof en;

const ar: Record<DataKey, string> = {
  'import.legend': 'بياناتك أنت',
  'import.intro':
    'درّب الشبكة نفسها على نقاط تأتي بها: ثلاثة أعمدة x1,x2,label (سطر العناوين اختياري)، وخمسة آلاف صف على الأكثر. التسميات من 0 إلى 4 فئات؛ وأي أعداد أخرى تجعلها انحدارًا. تتدرّب الشبكة على مدخلات معيارية، ويبقى الرسم بوحداتك.',
  'import.paste': 'نص CSV',
  'import.pasteButton': 'استخدم هذا الـ CSV',
  'import.file': 'افتح ملف CSV',
  'import.pasted': 'نص CSV ملصوق',
  'import.reading': 'تُقرأ البيانات…',
  'import.penguins': 'بطاريق بالمر',
  'import.penguinsX': 'القياس في x1',
  'import.penguinsY': 'القياس في x2',
  'import.penguinsButton': 'استخدم البطاريق',
  'import.penguinsName': 'بطاريق بالمر',
  'import.credit':
    'بطاريق بالمر: 342 طائرًا من ثلاثة أنواع قاستها الدكتورة كريستن غورمان ومحطة بالمر في القارة القطبية الجنوبية (LTER)، وجمعتها أليسون هورست في حزمة palmerpenguins، وهي منشورة برخصة CC0 1.0؛ مأخوذة من حزمة npm ‏vega-datasets ‏(BSD-3-Clause).',
  'measure.beak_length': 'طول المنقار (مم)',
  'measure.beak_depth': 'عمق المنقار (مم)',
  'measure.flipper_length': 'طول الزعنفة (مم)',
  'measure.body_mass': 'كتلة الجسم (غ)',
  'import.using': 'التدريب على {name}: {kind}، {rows} صفًا.',
  'import.classification': 'تصنيف في {classes} فئات',
  'import.regression': 'انحدار للقيمة {label}',
  'import.back': 'عودة إلى البيانات المولَّدة',
  'import.option': 'مستوردة: {name}',
  'import.failed': 'لم يُستورد شيء من {name}؛ بقيت بياناتك وإعداداتك كما كانت. المشكلات:',
  'import.regressionMap':
    'انحدار: تُظهر الألوان القيمة المتوقَّعة لـ {label}، لون تحت المتوسط ({mean}) وآخر فوقه، ويشتدّ كلما ابتعدت.',
  'import.below': 'تحت {mean}',
  'import.above': '{mean} أو أكثر',
  'import.value': 'قيمة النقطة التالية',
  'import.pointRejected':
    'لم تُضف النقطة: يجب أن تقع قرب البيانات (في حدود مداها من كل جهة)، ولا يُضاف أكثر من {max} نقطة.',
  'plot.lossSummary':
    'بعد الحقبة {epoch}: خسارة التدريب {train}، وخسارة التحقّق {validation} (مربع الخطأ على القيمة المعيارية).',
  'lab.export': 'احفظ المختبر في ملف',
  'lab.import': 'افتح ملف مختبر',
  'lab.saved': 'تم حفظ {file}: الإعدادات والبيانات.',
  'lab.failed': 'تعذّر تصدير المختبر: {reason}',
  'lab.restored': 'استُعيدت إعدادات {file} وبياناته.',
  'lab.refused': 'لم يُستورد {file} ولم يتغيّر شيء: {reason}',
};

export const dataMessages = { en, ar } as const satisfies LessonMessages<DataKey>;
