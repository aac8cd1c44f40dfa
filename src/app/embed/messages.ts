/** The Embed dialog's strings (loaded with the dialog, not with the first screen). */
import type { LessonMessages } from '../../ui/i18n';

type Key = 'title' | 'intro' | 'code' | 'copy' | 'copied' | 'copyFailed' | 'close' | 'frameTitle';

export const messages = {
  en: {
    title: 'Embed “{lesson}”',
    intro:
      'Paste this into a web page. The frame opens this lesson alone with the settings you have now, and the script lets it grow to fit its content.',
    code: 'Code to paste',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'The browser refused to copy: the code is selected, so copy it by hand.',
    close: 'Close',
    frameTitle: 'Training Loop Lab: {lesson}',
  },
  ar: {
    title: 'تضمين «{lesson}»',
    intro:
      'الصق هذا في صفحة ويب. يفتح الإطار هذا الدرس وحده بإعداداتك الحالية، ويتيح له النص البرمجي أن يتسع ليناسب محتواه.',
    code: 'الشيفرة المراد لصقها',
    copy: 'نسخ',
    copied: 'تم النسخ',
    copyFailed: 'رفض المتصفح النسخ: الشيفرة محددة، فانسخها يدويًا.',
    close: 'إغلاق',
    frameTitle: 'مختبر حلقة التدريب: {lesson}',
  },
} as const satisfies LessonMessages<Key>;
