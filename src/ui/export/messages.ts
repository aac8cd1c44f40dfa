/** Strings of the export tools (the shell's Export menu and the lessons' PNG buttons). */
import type { LessonMessages } from '../i18n';

type Key =
  | 'menu'
  | 'csv'
  | 'json'
  | 'png'
  | 'noChart'
  | 'empty'
  | 'saved'
  | 'failed'
  | 'model-json'
  | 'model-python'
  | 'model-js'
  | 'noModel'
  | 'noFullHistory';

export const messages = {
  en: {
    menu: 'Export',
    csv: 'History as CSV',
    json: 'History as JSON',
    png: 'Chart as PNG',
    noChart: 'This lesson shows no chart to export yet.',
    empty: 'No history yet: play the run first.',
    saved: 'Saved {file}',
    failed: 'Export failed: {message}',
    'model-json': 'Model (overfitting lab) as JSON',
    'model-python': 'Model as Python (numpy)',
    'model-js': 'Model as JavaScript',
    noModel: 'No trained model yet: train the overfitting lab’s network first.',
    noFullHistory:
      'The engine kept no epoch-by-epoch history of this run, so there is nothing complete to export.',
  },
  ar: {
    menu: 'تصدير',
    csv: 'السجل بصيغة CSV',
    json: 'السجل بصيغة JSON',
    png: 'الرسم بصيغة PNG',
    noChart: 'لا يعرض هذا الدرس رسمًا يمكن تصديره بعد.',
    empty: 'لا يوجد سجل بعد: شغّل التدريب أولًا.',
    saved: 'تم حفظ {file}',
    failed: 'فشل التصدير: {message}',
    'model-json': 'النموذج (مختبر فرط التعلّم) بصيغة JSON',
    'model-python': 'النموذج بلغة Python ‏(numpy)',
    'model-js': 'النموذج بلغة JavaScript',
    noModel: 'لا يوجد نموذج مدرَّب بعد: درّب شبكة مختبر فرط التعلّم أولًا.',
    noFullHistory: 'لم يحتفظ المحرّك بسجل هذا التشغيل حقبةً بحقبة، فلا يوجد سجل كامل للتصدير.',
  },
} as const satisfies LessonMessages<Key>;
