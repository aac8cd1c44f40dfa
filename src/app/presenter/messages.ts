/** Presenter mode's strings (loaded with presenter mode, not with the first screen). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'bar'
  | 'lessonOf'
  | 'previous'
  | 'next'
  | 'fullScreen'
  | 'leave'
  | 'help'
  | 'helpTitle'
  | 'helpIntro'
  | 'close'
  | 'keyHeader'
  | 'actionHeader'
  | 'keySpace'
  | 'keyRight'
  | 'keyLeft'
  | 'keyPages'
  | 'keyReset'
  | 'keyDigits'
  | 'keyHelp'
  | 'keyEscape'
  | 'noRun'
  | 'notices';

export const messages = {
  en: {
    bar: 'Presenter controls',
    lessonOf: 'Lesson {n} of {total}',
    previous: 'Previous lesson',
    next: 'Next lesson',
    fullScreen: 'Go full screen',
    leave: 'Leave presenter mode',
    help: 'Keyboard shortcuts',
    helpTitle: 'Keyboard shortcuts',
    helpIntro: 'The keys work anywhere on the page except while typing in a field.',
    close: 'Close',
    keyHeader: 'Key',
    actionHeader: 'What it does',
    keySpace: 'Play or pause the training',
    keyRight: 'Run the next stage of the loop',
    keyLeft: 'Go to the previous lesson',
    keyPages: 'Previous or next lesson (what a presentation clicker sends)',
    keyReset: 'Reset the training',
    keyDigits: 'Jump to lesson 1 to 9',
    keyHelp: 'Show this list',
    keyEscape: 'Close this list',
    noRun: 'Space, → and R control the training of lessons that show the training controls.',
    notices: 'Settings the link could not use ({n})',
  },
  ar: {
    bar: 'أدوات العرض',
    lessonOf: 'الدرس {n} من {total}',
    previous: 'الدرس السابق',
    next: 'الدرس التالي',
    fullScreen: 'ملء الشاشة',
    leave: 'الخروج من وضع العرض',
    help: 'اختصارات لوحة المفاتيح',
    helpTitle: 'اختصارات لوحة المفاتيح',
    helpIntro: 'تعمل المفاتيح في أي مكان من الصفحة إلا أثناء الكتابة في حقل.',
    close: 'إغلاق',
    keyHeader: 'المفتاح',
    actionHeader: 'ما يفعله',
    keySpace: 'تشغيل التدريب أو إيقافه مؤقتًا',
    keyRight: 'تنفيذ المرحلة التالية من الحلقة',
    keyLeft: 'الانتقال إلى الدرس السابق',
    keyPages: 'الدرس السابق أو التالي (ما يرسله جهاز التحكم بالعرض)',
    keyReset: 'إعادة ضبط التدريب',
    keyDigits: 'الانتقال إلى الدرس من 1 إلى 9',
    keyHelp: 'عرض هذه القائمة',
    keyEscape: 'إغلاق هذه القائمة',
    noRun: 'المسافة و→ وR تتحكم في تدريب الدروس التي تعرض أدوات التحكم في التدريب.',
    notices: 'إعدادات لم يستطع الرابط استخدامها ({n})',
  },
} as const satisfies LessonMessages<Key>;
