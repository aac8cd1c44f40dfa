/** Presenter mode's strings (loaded with presenter mode, not with the first screen). */
import type { LessonMessages } from '../../ui/i18n';

export type PresenterKey =
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
  | 'keyForward'
  | 'keyBack'
  | 'keyLessons'
  | 'keyStep'
  | 'keyReset'
  | 'keyDigits'
  | 'keyHelp'
  | 'keyEscape'
  | 'noRun'
  | 'playRun'
  | 'pauseRun'
  | 'notices'
  | 'lessMore'
  | 'moreLoss'
  | 'moreLearningRate'
  | 'moreLandscape'
  | 'moreOverfitting'
  | 'moreCode'
  | 'moreEmbeddings'
  | 'moreVocabulary'
  | 'moreScale';

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
    keyForward:
      'The lesson’s main action, named in the bar (a clicker’s “next”); once it has nothing left to do, the next lesson',
    keyBack: 'The previous lesson (a clicker’s “back”)',
    keyLessons: 'Next or previous lesson, whatever the lesson is doing',
    keyStep: 'Run the next stage of the loop',
    keyReset: 'Reset the training',
    keyDigits: 'Jump to lesson 1 to 9',
    keyHelp: 'Show this list',
    keyEscape: 'Close this list',
    noRun: 'S and R control the training of lessons that show the training controls.',
    playRun: 'Play the training',
    pauseRun: 'Pause the training',
    notices: 'Settings the link could not use ({n})',
    lessMore: 'Fold the extras away again',
    moreLoss: 'More: model choice, race intro, table, why',
    moreLearningRate: 'More: race settings, why, sweep',
    moreLandscape: 'More: axes, explanations, value tables',
    moreOverfitting: 'More: data settings, added points, results, fixes, batch sizes',
    moreCode: 'More: run the article’s program, printouts',
    moreEmbeddings: 'More: points table, add a pair, nearest phrases',
    moreVocabulary: 'More: the run’s sums, the calculator’s example',
    moreScale: 'More: the machine’s assumptions',
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
    keyForward:
      'الإجراء الرئيسي للدرس، واسمه في الشريط («التالي» في جهاز التحكم بالعرض)؛ وحين لا يبقى له ما يفعله، الدرس التالي',
    keyBack: 'الدرس السابق («السابق» في جهاز التحكم بالعرض)',
    keyLessons: 'الدرس التالي أو السابق، أيًّا كان ما يفعله الدرس',
    keyStep: 'تنفيذ المرحلة التالية من الحلقة',
    keyReset: 'إعادة ضبط التدريب',
    keyDigits: 'الانتقال إلى الدرس من 1 إلى 9',
    keyHelp: 'عرض هذه القائمة',
    keyEscape: 'إغلاق هذه القائمة',
    noRun: 'المفتاحان S وR يتحكمان في تدريب الدروس التي تعرض أدوات التحكم في التدريب.',
    playRun: 'شغّل التدريب',
    pauseRun: 'أوقف التدريب مؤقتًا',
    notices: 'إعدادات لم يستطع الرابط استخدامها ({n})',
    lessMore: 'إخفاء الإضافات من جديد',
    moreLoss: 'المزيد: اختيار النموذج، مقدمة السباق، الجدول، السبب',
    moreLearningRate: 'المزيد: إعدادات السباق، السبب، المسح',
    moreLandscape: 'المزيد: المحاور، الشروح، جداول القيم',
    moreOverfitting: 'المزيد: إعدادات البيانات، النقاط المضافة، النتائج، الحلول، أحجام الدفعات',
    moreCode: 'المزيد: تشغيل برنامج المقال، المخرجات',
    moreEmbeddings: 'المزيد: جدول النقاط، إضافة زوج، أقرب العبارات',
    moreVocabulary: 'المزيد: حسابات التدريب الجاري، مثال الحاسبة',
    moreScale: 'المزيد: افتراضات الجهاز',
  },
} as const satisfies LessonMessages<PresenterKey>;
