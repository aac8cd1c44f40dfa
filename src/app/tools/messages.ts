/** Strings of the header's tools (loaded with them, just after the first screen). */
import type { LessonMessages } from '../../ui/i18n';

type Key = 'group' | 'reduceMotion' | 'copyLink' | 'copied' | 'copyFailed' | 'presenter';

export const messages = {
  en: {
    group: 'Page tools',
    reduceMotion: 'Reduce motion',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: the address bar holds the same link.',
    presenter: 'Presenter mode',
  },
  ar: {
    group: 'أدوات الصفحة',
    reduceMotion: 'تقليل الحركة',
    copyLink: 'نسخ الرابط',
    copied: 'تم نسخ الرابط',
    copyFailed: 'تعذّر النسخ: شريط العنوان يحمل الرابط نفسه.',
    presenter: 'وضع العرض',
  },
} as const satisfies LessonMessages<Key>;
