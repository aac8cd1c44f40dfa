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
  'regression.plane': 'Plane (regression)',
  'regression.bumps': 'Gaussian bumps (regression)',
  'import.failed':
    'Nothing was imported from {name}; your data and settings are as they were. Problems:',
  'import.regressionMap':
    'Regression: each place on the plot has the colour of the {label} the network predicts there, and each point the colour of its true {label}, on the same scale. Where a point matches its background, the prediction there is right.',
  'plot.valueLegend': '{label}: predicted (background) and true (points)',
  'legend.valueTraining': 'training point (round)',
  'legend.valueValidation': 'validation point (square)',
  'legend.valueAdded': 'point you added (large)',
  'plot.untrainedValues':
    'Not trained yet: the colours are the untrained network’s predictions. {train} training points (round) and {validation} validation points (square).',
  'import.below': 'below {mean}',
  'import.above': 'at or above {mean}',
  'import.value': 'Value of the next point',
  'import.pointRejected':
    'That point was not added: it must lie near the data (within its range on each side), and at most {max} can be added.',
  'plot.lossSummary':
    'After epoch {epoch}: training loss {train}, validation loss {validation} (squared error on the standardised value).',
  'lab.export': 'Export lab',
  'lab.import': 'Import lab',
  'lab.saved': 'Saved {file}: the settings and the data.',
  'lab.failed': 'The lab could not be exported: {reason}',
  'lab.restored': 'Restored the settings and data of {file}.',
  'lab.refused': '{file} was not imported, and nothing changed: {reason}',
  'link.title': 'The data of this link',
  'link.looking': 'Looking in this browser for the data this link names ({hash})…',
  'link.absent':
    'This link trains on imported data that is not in this browser. The link names it by the fingerprint {hash}: it was imported on another computer, in another browser, or in a private window. Open or paste the same CSV, or import the lab file, and the lab trains on it. Until then nothing trains here.',
  'link.damaged':
    'This browser kept the data this link names ({hash}), but the kept copy is damaged ({detail}) and was not used. Open or paste the CSV, or import the lab file, to train on it. Until then nothing trains here.',
  'link.unavailable':
    'This browser could not look for the data this link names ({hash}): {detail}. Open or paste the CSV, or import the lab file, to train on it. Until then nothing trains here.',
  'link.generated': 'Train on generated data instead',
  'link.named': 'The address names this data as {hash}.',
  'link.restored': 'This is the data the link names ({hash}), kept in this browser.',
  'link.restoredBuiltIn': 'This is the data the link names ({hash}), one of the lab’s own tables.',
  'link.matched': 'This is the data the link named ({hash}).',
  'link.replaced':
    'This is not the data the link named: the link named {wanted}, this data is {hash}. The lab trains on it, and the address now names it.',
  'link.notKept':
    'This data could not be kept in this browser ({reason}): after a reload, the link will ask for it again.',
  'link.unnamed':
    'This data cannot be named in the address ({reason}), so a link to this page does not bring it.',
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
  'regression.plane': 'مستوٍ مائل (انحدار)',
  'regression.bumps': 'نتوءات غاوسية (انحدار)',
  'import.failed': 'لم يُستورد شيء من {name}؛ بقيت بياناتك وإعداداتك كما كانت. المشكلات:',
  'import.regressionMap':
    'انحدار: لكل موضع في الرسم لون قيمة {label} التي تتوقّعها الشبكة هناك، ولكل نقطة لون قيمتها {label} الحقيقية، على المقياس نفسه. حيث يطابق لون النقطة ما حولها يكون التوقّع صحيحًا.',
  'plot.valueLegend': '{label}: المتوقَّعة (الخلفية) والحقيقية (النقاط)',
  'legend.valueTraining': 'نقطة تدريب (دائرية)',
  'legend.valueValidation': 'نقطة تحقّق (مربّعة)',
  'legend.valueAdded': 'نقطة أضفتها أنت (كبيرة)',
  'plot.untrainedValues':
    'لم تُدرَّب بعد: الألوان هي توقّعات الشبكة قبل التدريب. {train} نقطة تدريب (دائرية) و{validation} نقطة تحقّق (مربّعة).',
  'import.below': 'تحت {mean}',
  'import.above': '{mean} أو أكثر',
  'import.value': 'قيمة النقطة التالية',
  'import.pointRejected':
    'لم تُضف النقطة: يجب أن تقع قرب البيانات (في حدود مداها من كل جهة)، ولا يُضاف أكثر من {max} نقطة.',
  'plot.lossSummary':
    'بعد الحقبة {epoch}: خسارة التدريب {train}، وخسارة التحقّق {validation} (مربع الخطأ على القيمة المعيارية).',
  'lab.export': 'صدّر المختبر',
  'lab.import': 'استورد مختبرًا',
  'lab.saved': 'تم حفظ {file}: الإعدادات والبيانات.',
  'lab.failed': 'تعذّر تصدير المختبر: {reason}',
  'lab.restored': 'استُعيدت إعدادات {file} وبياناته.',
  'lab.refused': 'لم يُستورد {file} ولم يتغيّر شيء: {reason}',
  'link.title': 'بيانات هذا الرابط',
  'link.looking': 'يُبحث في هذا المتصفح عن البيانات التي يسمّيها الرابط ({hash})…',
  'link.absent':
    'يدرّب هذا الرابط على بيانات مستوردة ليست في هذا المتصفح. يسمّيها الرابط ببصمتها {hash}: فقد استُوردت على حاسوب آخر أو في متصفح آخر أو في نافذة خاصة. افتح ملف CSV نفسه أو الصقه، أو استورد ملف المختبر، فيتدرّب المختبر عليه. ولا يتدرّب شيء هنا حتى ذلك الحين.',
  'link.damaged':
    'احتفظ هذا المتصفح بالبيانات التي يسمّيها الرابط ({hash})، لكن النسخة المحفوظة تالفة ({detail}) فلم تُستخدم. افتح ملف CSV أو الصقه، أو استورد ملف المختبر، للتدريب عليه. ولا يتدرّب شيء هنا حتى ذلك الحين.',
  'link.unavailable':
    'تعذّر على هذا المتصفح البحث عن البيانات التي يسمّيها الرابط ({hash}): {detail}. افتح ملف CSV أو الصقه، أو استورد ملف المختبر، للتدريب عليه. ولا يتدرّب شيء هنا حتى ذلك الحين.',
  'link.generated': 'درّب على البيانات المولَّدة بدلًا منها',
  'link.named': 'يسمّي العنوان هذه البيانات {hash}.',
  'link.restored': 'هذه هي البيانات التي يسمّيها الرابط ({hash})، محفوظة في هذا المتصفح.',
  'link.restoredBuiltIn': 'هذه هي البيانات التي يسمّيها الرابط ({hash})، وهي من جداول المختبر نفسه.',
  'link.matched': 'هذه هي البيانات التي سمّاها الرابط ({hash}).',
  'link.replaced':
    'ليست هذه البيانات التي سمّاها الرابط: سمّى الرابط {wanted}، وهذه البيانات {hash}. يتدرّب المختبر عليها، والعنوان يسمّيها الآن.',
  'link.notKept':
    'تعذّر حفظ هذه البيانات في هذا المتصفح ({reason}): بعد إعادة التحميل سيطلبها الرابط من جديد.',
  'link.unnamed':
    'لا يمكن تسمية هذه البيانات في العنوان ({reason})، فالرابط إلى هذه الصفحة لا يأتي بها.',
};

export const dataMessages = { en, ar } as const satisfies LessonMessages<DataKey>;
