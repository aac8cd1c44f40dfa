/**
 * Input features: what the network is fed for a point (x1, x2) of the plane. The identity pair
 * [x1, x2] is the default; products and sines let a tiny network bend its boundary (a circle
 * is a straight line in x1² and x2²). Every place that turns a point into network inputs (the
 * run's data, the boundary and neuron maps, an exported model) calls `expandFeatures`, so they
 * cannot disagree.
 */
import type { Dataset } from './dataset';

/** Named as model files write them (core/model-export.ts), so one name means one thing everywhere. */
export const inputFeatureNames = [
  'x1',
  'x2',
  'x1^2',
  'x2^2',
  'x1*x2',
  'sin(x1)',
  'sin(x2)',
] as const;
export type InputFeature = (typeof inputFeatureNames)[number];

/** The identity: the two coordinates as they are. */
export const PLAIN_FEATURES: readonly InputFeature[] = ['x1', 'x2'];

/** How each feature is written for a reader (and in exported code comments). */
export const featureFormulas: Readonly<Record<InputFeature, string>> = {
  x1: 'x₁',
  x2: 'x₂',
  'x1^2': 'x₁²',
  'x2^2': 'x₂²',
  'x1*x2': 'x₁·x₂',
  'sin(x1)': 'sin x₁',
  'sin(x2)': 'sin x₂',
};

/** One feature of the point (x1, x2). */
export function featureValue(feature: InputFeature, x1: number, x2: number): number {
  switch (feature) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1^2':
      return x1 * x1;
    case 'x2^2':
      return x2 * x2;
    case 'x1*x2':
      return x1 * x2;
    case 'sin(x1)':
      return Math.sin(x1);
    case 'sin(x2)':
      return Math.sin(x2);
  }
}

/** Writes the features of (x1, x2) into `out` from `offset`, in the order given. */
export function expandFeatures(
  features: readonly InputFeature[],
  x1: number,
  x2: number,
  out: Float64Array,
  offset = 0,
): void {
  for (let k = 0; k < features.length; k++)
    out[offset + k] = featureValue(features[k] as InputFeature, x1, x2);
}

/** Whether the features are the plain pair [x1, x2] (the data needs no expanding). */
export function isPlain(features: readonly InputFeature[]): boolean {
  return features.length === 2 && features[0] === 'x1' && features[1] === 'x2';
}

/**
 * A 2-D data set fed through the features: one input column per feature, in the order given;
 * targets and labels unchanged, and the points kept (`expandedFrom`) for augmentation. The run trains on this, while pictures of the plane keep the
 * 2-D set it came from.
 */
export function expandDataset(data: Dataset, features: readonly InputFeature[]): Dataset {
  if (data.inputSize !== 2) {
    throw new RangeError(`${data.name}: input features need a data set with two inputs`);
  }
  const width = features.length;
  const inputs = new Float64Array(data.size * width);
  for (let s = 0; s < data.size; s++) {
    const x1 = data.inputs[2 * s] as number;
    const x2 = data.inputs[2 * s + 1] as number;
    expandFeatures(features, x1, x2, inputs, s * width);
  }
  return {
    ...data,
    inputSize: width,
    inputs,
    featureNames: [...features],
    expandedFrom: { points: data.inputs, features: [...features] },
  };
}
