/** The landscape canvas's own words (its text alternative, legend and keyboard help). */
import type { LessonMessages } from '../i18n';

const en = {
  value: 'loss',
  keys: 'Arrow keys move the cross-hair (hold Shift for single grid steps); Home jumps to the lowest point.',
  keysPick: 'Enter, or a click, picks the point under the cross-hair.',
  readout: '{xp}, {yp}: {vp}',
  summary:
    'A heatmap of the {value} over {x} from {x0} to {x1} and {y} from {y0} to {y1}, on a grid of {n} × {n} points; darker is lower.',
  minimum: 'Lowest {value} on the grid: {vv} at {x} {xv}, {y} {yv}.',
  path: '{label}: starts at {x} {xs}, {y} {ys}; now at {x} {xe}, {y} {ye} after {steps} steps.',
  mark: '{label}: {x} {xv}, {y} {yv}.',
  table: 'Show the values as a table',
  tableCaption: '{value} at every {k}th grid point: a row per {y}, a column per {x}.',
  legend: 'Legend',
  scaleLinear: 'colour scale',
  scaleLog: 'colour scale (logarithmic)',
  start: 'start',
} as const;

type Key = keyof typeof en;

export const messages = {
  en,
  ar: {
    value: 'الخسارة',
    keys: 'تحرّك مفاتيح الأسهم علامة التقاطع (اضغط Shift لخطوة واحدة في الشبكة)؛ ويقفز مفتاح Home إلى أدنى نقطة.',
    keysPick: 'يختار مفتاح Enter، أو النقر، النقطة الواقعة تحت علامة التقاطع.',
    readout: '{xp}، {yp}: {vp}',
    summary:
      'خريطة حرارية لـ{value} بدلالة {x} من {x0} إلى {x1} و{y} من {y0} إلى {y1}، على شبكة من {n} × {n} نقطة؛ اللون الأغمق أدنى.',
    minimum: 'أدنى {value} على الشبكة: {vv} عند {x} {xv}، {y} {yv}.',
    path: '{label}: يبدأ عند {x} {xs}، {y} {ys}؛ وهو الآن عند {x} {xe}، {y} {ye} بعد {steps} خطوة.',
    mark: '{label}: {x} {xv}، {y} {yv}.',
    table: 'اعرض القيم في جدول',
    tableCaption:
      '{value} عند كل نقطة رقم {k} من الشبكة: صف لكل قيمة من {y}، وعمود لكل قيمة من {x}.',
    legend: 'مفتاح الرسم',
    scaleLinear: 'مقياس الألوان',
    scaleLog: 'مقياس الألوان (لوغاريتمي)',
    start: 'البداية',
  },
} as const satisfies LessonMessages<Key>;
