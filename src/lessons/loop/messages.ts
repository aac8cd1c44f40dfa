/** Strings of the loop lesson's live parts (English and Arabic, same keys). */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'spin.rate'
  | 'spin.still'
  | 'spin.measuring'
  | 'spin.hint'
  | 'pace.stages'
  | 'chart.title'
  | 'chart.ySum'
  | 'chart.yMean'
  | 'chart.line'
  | 'chart.mark'
  | 'chart.markPending'
  | 'chart.printedArticle'
  | 'chart.printedOther';

export const messages = {
  en: {
    'spin.rate': '{n} loops a second: far too fast to follow one stage at a time.',
    'spin.still': '×{n} a second',
    'spin.measuring': 'Looping too fast to follow one stage at a time.',
    'spin.hint':
      'At {max} stages a second or fewer, Play runs one stage at a time and lights it here: for the article’s four devices that is 1 epoch/s.',
    'pace.stages': 'One stage at a time: the lit box is the stage the engine has just run.',
    'chart.title': 'Loss per epoch of this run',
    'chart.ySum': 'total loss',
    'chart.yMean': 'mean loss',
    'chart.line': 'training loss',
    'chart.mark': 'epoch {epoch}: {loss}',
    'chart.markPending': 'epoch {epoch}: not reached yet',
    'chart.printedArticle':
      'Marked: the epochs where the article’s program prints its loss (every {every}th), with the value this run reached there.',
    'chart.printedOther': 'Marked: every {every}th epoch, with the value this run reached there.',
  },
  ar: {
    'spin.rate': '{n} دورة في الثانية: أسرع بكثير من أن تُتابَع مرحلة مرحلة.',
    'spin.still': '\u2066×{n}\u2069 في الثانية',
    'spin.measuring': 'الحلقة تدور أسرع من أن تُتابَع مرحلة مرحلة.',
    'spin.hint':
      'حين لا تتجاوز السرعة {max} مرحلة في الثانية، يشغّل زر التشغيل مرحلة واحدة في كل مرة ويضيئها هنا: وهذا للأجهزة الأربعة في المقال حقبة واحدة في الثانية.',
    'pace.stages': 'مرحلة واحدة في كل مرة: المربع المضيء هو المرحلة التي نفّذها المحرك للتو.',
    'chart.title': 'الخسارة في كل حقبة لهذا التدريب',
    'chart.ySum': 'مجموع الخسارة',
    'chart.yMean': 'متوسط الخسارة',
    'chart.line': 'خسارة التدريب',
    'chart.mark': 'الحقبة {epoch}: {loss}',
    'chart.markPending': 'الحقبة {epoch}: لم تُبلَغ بعد',
    'chart.printedArticle':
      'المعلَّم: الحِقب التي يطبع فيها برنامج المقال خسارته (كل {every} حقبة)، مع القيمة التي بلغها هذا التدريب عندها.',
    'chart.printedOther': 'المعلَّم: كل {every} حقبة، مع القيمة التي بلغها هذا التدريب عندها.',
  },
} as const satisfies LessonMessages<Key>;

export type LoopKey = Key;
