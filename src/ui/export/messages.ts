/** Strings of the export tools (the shell's Export menu and the lessons' PNG buttons). */
import type { LessonMessages } from '../i18n';

type Key = 'menu' | 'csv' | 'json' | 'png' | 'noChart' | 'empty' | 'saved' | 'failed';

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
  },
} as const satisfies LessonMessages<Key>;
