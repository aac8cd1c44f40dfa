/** The network drawing's own strings (English and Arabic, same keys). */
import type { LessonMessages, LessonTranslate } from '../i18n';

type Key =
  | 'diagram'
  | 'weight'
  | 'bias'
  | 'withGradient'
  | 'withChange'
  | 'legendPositive'
  | 'legendNegative'
  | 'legendWeight'
  | 'legendGradient'
  | 'notComputed'
  | 'prediction'
  | 'threshold'
  | 'decision'
  | 'trueClass';

export const networkMessages = {
  en: {
    diagram:
      'Network drawing: {inputs} inputs, {outputs} outputs, {params} weights and biases. Each weight and bias is a button.',
    weight: 'weight {from} → {to}: {value}',
    bias: 'bias of {to}: {value}',
    withGradient: '{label}, gradient {gradient}',
    withChange: '{label}, was {before}',
    legendPositive: 'solid blue line: positive',
    legendNegative: 'dashed red line: negative',
    legendWeight: 'thickness: size of the weight',
    legendGradient: 'thickness: size of the gradient (the share of blame)',
    notComputed: 'not computed yet',
    prediction: 'Prediction',
    threshold: 'threshold 0.5',
    decision: 'above 0.5 means {above}, otherwise {below}: the neuron says {answer}',
    trueClass: 'true answer',
  },
  ar: {
    diagram:
      'رسم الشبكة: {inputs} مدخلات، {outputs} مخرجات، {params} من الأوزان والانحيازات. كل وزن وكل انحياز زرّ يمكن الضغط عليه.',
    weight: 'الوزن {from} ← {to}: {value}',
    bias: 'انحياز {to}: {value}',
    withGradient: '{label}، التدرّج {gradient}',
    withChange: '{label}، كان {before}',
    legendPositive: 'خط أزرق متصل: موجب',
    legendNegative: 'خط أحمر متقطع: سالب',
    legendWeight: 'السُّمك: حجم الوزن',
    legendGradient: 'السُّمك: حجم التدرّج (نصيبه من اللوم)',
    notComputed: 'لم يُحسب بعد',
    prediction: 'التنبؤ',
    threshold: 'العتبة 0.5',
    decision: 'ما فوق 0.5 يعني {above}، وغير ذلك {below}: الخلية تقول {answer}',
    trueClass: 'الإجابة الصحيحة',
  },
} as const satisfies LessonMessages<Key>;

export type NetworkStrings = LessonTranslate<Key>;
