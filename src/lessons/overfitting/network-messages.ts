/** Strings of the lab's network view (NetworkView.tsx), English and Arabic, key for key. */
import type { LessonMessages } from '../../ui/i18n';

const en = {
  'net.title': 'Inside the network',
  'net.about':
    'Every square is one node’s value over the whole plane: the inputs on the left, each hidden layer, and the output, which is a small copy of the boundary plot. Blue is positive, orange negative, pale near zero. The lines are the weights: blue positive, dashed orange negative, thicker for larger. Point at a node, or focus it and use the arrow keys, to see it large with its numbers.',
  'net.waiting': 'The maps appear once the engine has drawn them for the lab’s run.',
  'net.group': 'The lab’s network, node by node',
  'net.input': 'Input {name}',
  'net.inputUnused': 'Input {name}, not fed to the network',
  'net.hidden': 'Hidden layer {layer}, neuron {index}',
  'net.output': 'Output',
  'net.outputClass': 'Output {index}: {name}',
  'net.use': 'Use {name} as an input',
  'net.lastInput': 'At least one input stays on: the network needs something to look at.',
  'net.epoch': 'Maps after epoch {epoch}.',
  'net.epochNone': 'Maps of the untrained network.',
  'net.range': 'Values from {min} to {max}',
  'net.bias': 'Bias',
  'net.weights': 'Weights coming in',
  'net.from': 'from {source}',
  'net.neuron': 'neuron {index}',
  'net.noWeights': 'An input has no weights coming in: it is the point’s own {name}.',
  'net.unusedNote': 'Not fed to the network: tick it to use it.',
  'net.axisX': '{name} across, from {min} to {max}',
  'net.axisY': '{name} up, from {min} to {max}',
  'net.scale': 'Colour scale: orange −{scale}, pale 0, blue +{scale}',
  'net.readout': '{name}: bias {bias}; weights in {weights}; values from {min} to {max}.',
  'net.readoutInput': '{name}: values from {min} to {max}.',
};

export type NetworkKey = keyof typeof en;

const ar: Record<NetworkKey, string> = {
  'net.title': 'داخل الشبكة',
  'net.about':
    'كل مربع هو قيمة عقدة واحدة على المستوى كله: المدخلات على اليسار، ثم كل طبقة مخفية، ثم المخرج، وهو نسخة صغيرة من رسم الحدّ. الأزرق موجب والبرتقالي سالب والباهت قريب من الصفر. الخطوط هي الأوزان: الأزرق موجب، والبرتقالي المتقطّع سالب، والأسمك أكبر. أشِر إلى عقدة، أو انتقل إليها واستعمل الأسهم، لتراها كبيرة مع أرقامها.',
  'net.waiting': 'تظهر الخرائط حين يرسمها المحرّك لتجربة المختبر.',
  'net.group': 'شبكة المختبر، عقدة عقدة',
  'net.input': 'المُدخل {name}',
  'net.inputUnused': 'المُدخل {name}، لا يُعطى للشبكة',
  'net.hidden': 'الطبقة المخفية {layer}، العصبون {index}',
  'net.output': 'المخرج',
  'net.outputClass': 'المخرج {index}: {name}',
  'net.use': 'استعمل {name} مُدخلًا',
  'net.lastInput': 'يبقى مُدخل واحد على الأقل: تحتاج الشبكة إلى شيء تنظر إليه.',
  'net.epoch': 'الخرائط بعد الحقبة {epoch}.',
  'net.epochNone': 'خرائط الشبكة قبل التدريب.',
  'net.range': 'القيم من {min} إلى {max}',
  'net.bias': 'الانحياز',
  'net.weights': 'الأوزان الداخلة',
  'net.from': 'من {source}',
  'net.neuron': 'العصبون {index}',
  'net.noWeights': 'لا أوزان تدخل المُدخل: إنه {name} للنقطة نفسها.',
  'net.unusedNote': 'لا يُعطى للشبكة: علّمه لتستعمله.',
  'net.axisX': '{name} أفقيًا، من {min} إلى {max}',
  'net.axisY': '{name} رأسيًا، من {min} إلى {max}',
  'net.scale': 'سلّم الألوان: البرتقالي ‎−{scale}، الباهت 0، الأزرق ‎+{scale}',
  'net.readout': '{name}: الانحياز {bias}؛ الأوزان الداخلة {weights}؛ القيم من {min} إلى {max}.',
  'net.readoutInput': '{name}: القيم من {min} إلى {max}.',
};

export const networkMessages = { en, ar } as const satisfies LessonMessages<NetworkKey>;
