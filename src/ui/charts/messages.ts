/** The loss chart's own strings (English and Arabic, same keys). */
import type { LessonMessages } from '../i18n';

const en = {
  logAxis: 'Logarithmic loss axis',
  epoch: 'epoch',
  loss: 'loss',
  region:
    '{title}. Use the left and right arrow keys to read the values epoch by epoch; Home and End jump to the first and the last epoch.',
  hint: 'Point at the chart, or focus it and use the arrow keys, to read the values.',
  diverged:
    '{name}: diverged at epoch {epoch} (its loss overflowed or grew to a million times its start)',
  exit: '{name} → ∞ at epoch {epoch}',
  summary:
    '{name}: first {first} at epoch {firstEpoch}, last {last} at epoch {lastEpoch}, lowest {min} at epoch {minEpoch}.',
  summaryEmpty: '{name}: no values yet.',
  noData: 'No values yet.',
  showTable: 'Show values as a table',
  tableCaption: '{title}: the last {count} epochs',
  legend: 'Lines',
  markers: 'Marks on the chart',
  zeroOnLog: 'A loss of exactly 0 cannot sit on a logarithmic axis: it is drawn at the bottom.',
} as const;

type Key = keyof typeof en;

const ar: Readonly<Record<Key, string>> = {
  logAxis: 'محور خسارة لوغاريتمي',
  epoch: 'الحقبة',
  loss: 'الخسارة',
  region:
    '{title}. استخدم مفتاحي السهم الأيمن والأيسر لقراءة القيم حقبة بعد حقبة؛ ينقلك Home وEnd إلى أول حقبة وآخرها.',
  hint: 'أشر إلى الرسم، أو انقل التركيز إليه واستخدم مفاتيح الأسهم، لقراءة القيم.',
  diverged: '{name}: تباعد عند الحقبة {epoch} (فاضت خسارته أو بلغت مليون ضعف بدايتها)',
  exit: '{name} ← ∞ عند الحقبة {epoch}',
  summary:
    '{name}: أول قيمة {first} عند الحقبة {firstEpoch}، وآخر قيمة {last} عند الحقبة {lastEpoch}، وأدنى قيمة {min} عند الحقبة {minEpoch}.',
  summaryEmpty: '{name}: لا قيم بعد.',
  noData: 'لا قيم بعد.',
  showTable: 'اعرض القيم في جدول',
  tableCaption: '{title}: آخر {count} حقب',
  legend: 'الخطوط',
  markers: 'العلامات على الرسم',
  zeroOnLog: 'لا يمكن وضع خسارة تساوي 0 تمامًا على محور لوغاريتمي، لذا تُرسم في أسفله.',
};

export const chartMessages: LessonMessages<Key> = { en, ar };
