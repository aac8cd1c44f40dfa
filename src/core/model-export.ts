/**
 * A trained network as a self-contained JSON document, and the lab's own prediction from
 * one. The document holds everything needed to predict outside the lab: the input columns
 * and their standardisation, the input features the network sees, every layer's
 * activation, weights and biases, and what the output means (classes with probabilities,
 * or a value with its scale). Numbers are written as JSON numbers, which keep every bit of
 * a double, so an exported model predicts exactly what the lab predicts.
 *
 * Loading is strict (`readModel`): a file someone edited by hand either still describes a
 * network that fits together, or is refused with one sentence saying where it breaks.
 */
import { expandFeatures, inputFeatureNames, type InputFeature } from './features';
import { Mlp, MAX_LAYER_SIZE, type LayerSpec } from './mlp';
import type { OutputActivation } from './losses';
import type { Standardisation, TaskKind } from './table-data';

export const MODEL_FORMAT = 'training-loop-lab-model';
export const MODEL_VERSION = 1;

/**
 * The input features a network can be given, computed from the standardised x1 and x2: the
 * lab's own list (core/features.ts), so a model file names exactly what a run was fed.
 */
export { inputFeatureNames as INPUT_FEATURES, type InputFeature } from './features';

const LAYER_ACTIVATIONS: readonly OutputActivation[] = [
  'linear',
  'relu',
  'tanh',
  'sigmoid',
  'clip',
  'softmax',
];
const MAX_LAYERS = 8;

export interface ExportedLayer {
  readonly activation: OutputActivation;
  /** One row per neuron of the layer: weights[j][i] multiplies input i of neuron j. */
  readonly weights: readonly (readonly number[])[];
  readonly biases: readonly number[];
}

export interface ExportedModel {
  readonly format: typeof MODEL_FORMAT;
  readonly version: typeof MODEL_VERSION;
  readonly task: TaskKind;
  /** Where the training data came from, in words (e.g. "penguins", "points.csv"). */
  readonly data: string;
  /** The raw input columns and the standardisation applied to them first. */
  readonly inputs: {
    readonly names: readonly string[];
    readonly mean: readonly number[];
    readonly std: readonly number[];
  };
  /** What the network's input layer receives, computed from the standardised columns. */
  readonly features: readonly InputFeature[];
  /** Classification: one name per class. Regression: empty. */
  readonly classes: readonly string[];
  /** Regression: value = output × std + mean. Classification: null. */
  readonly target: { readonly mean: number; readonly std: number } | null;
  readonly layers: readonly ExportedLayer[];
}

export interface ExportDescription {
  readonly task: TaskKind;
  readonly data: string;
  readonly inputNames: readonly string[];
  readonly inputScale: Standardisation;
  readonly features: readonly InputFeature[];
  readonly classes: readonly string[];
  readonly targetScale: Standardisation | null;
}

/** The network's current weights with everything needed to use them elsewhere. */
export function exportModel(model: Mlp, description: ExportDescription): ExportedModel {
  const layers = model.layers.map((layer) => {
    const weights: number[][] = [];
    for (let j = 0; j < layer.outputSize; j++) {
      const start = layer.weightOffset + j * layer.inputSize;
      weights.push(Array.from(model.params.subarray(start, start + layer.inputSize)));
    }
    const biases = Array.from(
      model.params.subarray(layer.biasOffset, layer.biasOffset + layer.outputSize),
    );
    return { activation: layer.activation, weights, biases };
  });
  const target = description.targetScale;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    task: description.task,
    data: description.data,
    inputs: {
      names: [...description.inputNames],
      mean: [...description.inputScale.mean],
      std: [...description.inputScale.std],
    },
    features: [...description.features],
    classes: description.task === 'classification' ? [...description.classes] : [],
    target:
      description.task === 'regression' && target !== null
        ? { mean: target.mean[0] as number, std: target.std[0] as number }
        : null,
    layers,
  };
}

/**
 * The document as text: indented, with each list of numbers or names on one line (a row of
 * weights reads as a row), and exact to the last bit. The collapse cannot reach inside a
 * string: JSON escapes line breaks there, and only ",\n" + indentation is joined.
 */
export function modelToJson(model: ExportedModel): string {
  const indented = JSON.stringify(model, null, 1);
  const flat = indented.replace(
    /\[\n\s*([^[\]{}]*?)\n\s*\]/g,
    (_match, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`,
  );
  return `${flat}\n`;
}

/** A rebuilt core network holding the model's weights. */
export function modelNetwork(model: ExportedModel): Mlp {
  const layers: LayerSpec[] = model.layers.map((layer) => ({
    size: layer.biases.length,
    activation: layer.activation,
  }));
  const mlp = new Mlp({ inputSize: model.features.length, layers });
  let k = 0;
  for (const layer of model.layers) {
    for (const row of layer.weights) for (const w of row) mlp.params[k++] = w;
    for (const b of layer.biases) mlp.params[k++] = b;
  }
  return mlp;
}

/** The network's input for one raw point: standardise, then compute the features. */
export function featureVector(model: ExportedModel, point: readonly number[]): number[] {
  const [x1, x2] = point.map(
    (value, c) => (value - (model.inputs.mean[c] as number)) / (model.inputs.std[c] as number),
  ) as [number, number];
  const out = new Float64Array(model.features.length);
  expandFeatures(model.features, x1, x2, out);
  return Array.from(out);
}

export type Prediction =
  | {
      readonly kind: 'class';
      readonly classIndex: number;
      readonly probabilities: readonly number[];
    }
  | { readonly kind: 'value'; readonly value: number };

/** What the network's output means: a class with probabilities, or a value in data units. */
export function interpretOutput(model: ExportedModel, output: ArrayLike<number>): Prediction {
  if (model.task === 'regression') {
    const target = model.target ?? { mean: 0, std: 1 };
    return { kind: 'value', value: (output[0] as number) * target.std + target.mean };
  }
  const probabilities =
    output.length === 1
      ? [1 - (output[0] as number), output[0] as number]
      : Array.from(output as ArrayLike<number>);
  // The same rule as the trainer's accuracy: threshold 0.5 for one output, else argmax.
  let classIndex = 0;
  if (output.length === 1) classIndex = (output[0] as number) > 0.5 ? 1 : 0;
  else
    for (let k = 1; k < probabilities.length; k++)
      if ((probabilities[k] as number) > (probabilities[classIndex] as number)) classIndex = k;
  return { kind: 'class', classIndex, probabilities };
}

/** Predicts many points with one rebuilt network (the lab's own prediction). */
export function predictPoints(
  model: ExportedModel,
  points: readonly (readonly number[])[],
): Prediction[] {
  const mlp = modelNetwork(model);
  return points.map((point) => interpretOutput(model, mlp.predict(featureVector(model, point))));
}

/**
 * One line per prediction, the format shared by the command line and the exported code:
 * `class,p0,p1,…` for classification, the value for regression. Numbers are written in
 * full (shortest exact form), so lines from different programs can be compared exactly.
 */
export function formatPrediction(prediction: Prediction): string {
  return prediction.kind === 'value'
    ? String(prediction.value)
    : [prediction.classIndex, ...prediction.probabilities].map(String).join(',');
}

// ---------------------------------------------------------------------------------------
// Strict loading

/** A model file that is not a model the lab can use; the message says where and why. */
export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

function fail(path: string, problem: string): never {
  throw new ModelFileError(path === '' ? problem : `${path} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(record: Record<string, unknown>, key: string, path: string): unknown {
  if (!Object.hasOwn(record, key)) fail(path === '' ? key : `${path}.${key}`, 'is missing');
  return record[key];
}

function onlyKeys(record: Record<string, unknown>, keys: readonly string[], path: string): void {
  const extra = Object.keys(record).find((key) => !keys.includes(key));
  if (extra !== undefined)
    fail(path === '' ? 'the model' : path, `has an unknown field "${extra}"`);
}

function finiteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
  return value;
}

function finiteList(value: unknown, length: number, path: string): number[] {
  if (!Array.isArray(value)) fail(path, 'must be a list of numbers');
  if (value.length !== length) fail(path, `has ${value.length} numbers, expected ${length}`);
  value.forEach((item, k) => finiteNumber(item, `${path}[${k}]`));
  return value as number[];
}

function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    fail(path, 'must be a list of names');
  }
  return value as string[];
}

function readLayer(value: unknown, inputSize: number, path: string): ExportedLayer {
  if (!isRecord(value)) fail(path, 'must be an object');
  onlyKeys(value, ['activation', 'weights', 'biases'], path);
  const activation = field(value, 'activation', path);
  if (!LAYER_ACTIVATIONS.includes(activation as OutputActivation)) {
    fail(`${path}.activation`, `must be one of ${LAYER_ACTIVATIONS.join(', ')}`);
  }
  const biases = field(value, 'biases', path);
  if (!Array.isArray(biases) || biases.length < 1 || biases.length > MAX_LAYER_SIZE) {
    fail(`${path}.biases`, `must list 1 to ${MAX_LAYER_SIZE} numbers`);
  }
  const size = biases.length;
  finiteList(biases, size, `${path}.biases`);
  const weights = field(value, 'weights', path);
  if (!Array.isArray(weights) || weights.length !== size) {
    fail(`${path}.weights`, `must have one row per bias (${size})`);
  }
  weights.forEach((row, j) => finiteList(row, inputSize, `${path}.weights[${j}]`));
  return {
    activation: activation as OutputActivation,
    weights: weights as number[][],
    biases: biases as number[],
  };
}

function readScale(value: unknown, path: string): { mean: number; std: number } {
  if (!isRecord(value)) fail(path, 'must be an object with mean and std');
  onlyKeys(value, ['mean', 'std'], path);
  const mean = finiteNumber(field(value, 'mean', path), `${path}.mean`);
  const std = finiteNumber(field(value, 'std', path), `${path}.std`);
  if (!(std > 0)) fail(`${path}.std`, 'must be above 0');
  return { mean, std };
}

function checkOutputLayer(task: TaskKind, classes: number, layer: ExportedLayer): void {
  const size = layer.biases.length;
  const where = 'the output layer';
  if (task === 'regression') {
    if (size !== 1 || layer.activation !== 'linear') {
      fail(where, 'of a regression model must be 1 linear neuron');
    }
    return;
  }
  if (classes === 2 && size === 1) {
    if (layer.activation !== 'sigmoid') fail(where, 'with one neuron must be sigmoid');
    return;
  }
  if (size !== classes || layer.activation !== 'softmax') {
    fail(where, `must be softmax with one neuron per class (${classes})`);
  }
}

/** Checks a parsed document field by field; returns it as a model or throws ModelFileError. */
export function checkModel(value: unknown): ExportedModel {
  if (!isRecord(value)) fail('', 'the file does not hold a JSON object');
  if (value.format !== MODEL_FORMAT) fail('', `this is not a ${MODEL_FORMAT} file`);
  if (value.version !== MODEL_VERSION) fail('version', `must be ${MODEL_VERSION}`);
  onlyKeys(
    value,
    ['format', 'version', 'task', 'data', 'inputs', 'features', 'classes', 'target', 'layers'],
    '',
  );
  const task = field(value, 'task', '');
  if (task !== 'classification' && task !== 'regression') {
    fail('task', 'must be classification or regression');
  }
  const data = field(value, 'data', '');
  if (typeof data !== 'string') fail('data', 'must be text');
  const inputs = field(value, 'inputs', '');
  if (!isRecord(inputs)) fail('inputs', 'must be an object');
  onlyKeys(inputs, ['names', 'mean', 'std'], 'inputs');
  const names = stringList(field(inputs, 'names', 'inputs'), 'inputs.names');
  if (names.length !== 2) fail('inputs.names', 'must name 2 columns');
  const mean = finiteList(field(inputs, 'mean', 'inputs'), 2, 'inputs.mean');
  const std = finiteList(field(inputs, 'std', 'inputs'), 2, 'inputs.std');
  std.forEach((s, k) => s > 0 || fail(`inputs.std[${k}]`, 'must be above 0'));
  const features = stringList(field(value, 'features', ''), 'features');
  if (features.length < 1) fail('features', 'must list at least one feature');
  features.forEach((name, k) => {
    if (!(inputFeatureNames as readonly string[]).includes(name)) {
      fail(`features[${k}]`, `must be one of ${inputFeatureNames.join(', ')}`);
    }
  });
  const classes = stringList(field(value, 'classes', ''), 'classes');
  if (task === 'classification' && (classes.length < 2 || classes.length > MAX_LAYER_SIZE)) {
    fail('classes', 'must name at least 2 classes');
  }
  if (task === 'regression' && classes.length !== 0) fail('classes', 'must be empty');
  const targetValue = field(value, 'target', '');
  const target =
    task === 'regression'
      ? readScale(targetValue, 'target')
      : targetValue === null
        ? null
        : fail('target', 'must be null for classification');
  const layerValues = field(value, 'layers', '');
  if (!Array.isArray(layerValues) || layerValues.length < 1 || layerValues.length > MAX_LAYERS) {
    fail('layers', `must list 1 to ${MAX_LAYERS} layers`);
  }
  let inputSize = features.length;
  const layers = layerValues.map((layerValue, l) => {
    const layer = readLayer(layerValue, inputSize, `layers[${l}]`);
    if (layer.activation === 'softmax' && l !== layerValues.length - 1) {
      fail(`layers[${l}]`, 'uses softmax, which only the output layer may');
    }
    inputSize = layer.biases.length;
    return layer;
  });
  checkOutputLayer(task, classes.length, layers[layers.length - 1] as ExportedLayer);
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    task,
    data,
    inputs: { names, mean, std },
    features: features as InputFeature[],
    classes,
    target,
    layers,
  };
}

/** Parses and checks a model file's text. */
export function readModel(text: string): ExportedModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ModelFileError('the file is not valid JSON');
  }
  return checkModel(parsed);
}
