/**
 * The lab's data sets, their train/validation split and the per-epoch sample order.
 *
 * Every generator draws from the `Rng` it is given, so a seed reproduces a data set exactly.
 * Binary sets use a single output (target = label, 0 or 1); sets with three or more classes
 * use one-hot targets. `noise` always means the same kind of thing: the standard deviation of
 * Gaussian jitter, added after the true label is fixed, so noise blurs the boundary rather
 * than moving it.
 */
import { datasetFromRows, type Dataset } from './dataset';
import type { Rng } from './rng';

export type DatasetName =
  'devices' | 'devices3' | 'circle' | 'xor' | 'gaussian' | 'spiral' | 'spiral3';

export const datasetNames: readonly DatasetName[] = [
  'devices',
  'devices3',
  'circle',
  'xor',
  'gaussian',
  'spiral',
  'spiral3',
];

/** Bounds checked at the boundary so a bad slider value fails loudly instead of hanging a tab. */
export const MAX_DATASET_SIZE = 100_000;
export const MAX_NOISE = 10;

const DEVICE_FEATURES = ['price', 'weight'] as const;
const XY_FEATURES = ['x1', 'x2'] as const;

type Row = readonly number[];

/** Rows, targets and labels collected before they are packed into a Dataset. */
interface Columns {
  inputs: Row[];
  targets: Row[];
  labels: number[];
}

function emptyColumns(): Columns {
  return { inputs: [], targets: [], labels: [] };
}

/** A one-hot row of length `classes` with a 1 at `label`. */
function oneHot(label: number, classes: number): number[] {
  const row = new Array<number>(classes).fill(0);
  row[label] = 1;
  return row;
}

/** Throws a RangeError unless `size` and `noise` are within the generators' bounds. */
function checkSizeAndNoise(name: string, size: number, noise: number): void {
  if (!Number.isInteger(size) || size < 1 || size > MAX_DATASET_SIZE) {
    throw new RangeError(
      `${name}: size must be an integer from 1 to ${MAX_DATASET_SIZE}, got ${size}`,
    );
  }
  if (!Number.isFinite(noise) || noise < 0 || noise > MAX_NOISE) {
    throw new RangeError(
      `${name}: noise must be a finite number from 0 to ${MAX_NOISE}, got ${noise}`,
    );
  }
}

/** Packs binary columns (single output, target = label) into a Dataset. */
function binaryDataset(name: string, columns: Columns, classNames: readonly string[]): Dataset {
  return datasetFromRows(
    name,
    columns.inputs,
    columns.targets,
    columns.labels,
    XY_FEATURES,
    classNames,
  );
}

/**
 * The four devices of the article: price and weight, normalised to 0..1. Glasses (label 1)
 * are the two dearer, heavier ones; rings (label 0) are cheap and almost weightless.
 */
export function articleDevices(): Dataset {
  const rows: Row[] = [
    [0.55, 0.48],
    [0.45, 0.72],
    [0.35, 0.03],
    [0.2, 0.03],
  ];
  const labels = [1, 1, 0, 0];
  return datasetFromRows(
    'devices',
    rows,
    labels.map((label) => [label]),
    labels,
    DEVICE_FEATURES,
    ['ring', 'glasses'],
  );
}

/** Class centres of `threeClassDevices` in (price, weight), indexed by label. */
export const DEVICE_CENTRES: readonly (readonly [number, number])[] = [
  [0.5, 0.6], // glasses: mid price, fairly heavy
  [0.25, 0.05], // ring: cheap, almost weightless
  [0.32, 0.25], // earbuds: mid-low price, light
];

/** Spread of each device cluster at zero noise, so the classes are clouds, not single points. */
const DEVICE_BASE_SPREAD = 0.04;
/** How much one unit of noise widens a device cluster (features live in 0..1). */
const DEVICE_NOISE_SPREAD = 0.1;

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/**
 * Glasses, rings and earbuds as Gaussian clouds around `DEVICE_CENTRES`, with standard
 * deviation 0.04 + 0.1 × noise, clamped to 0..1 so every device stays a plausible normalised
 * price and weight. Classes cycle (glasses, ring, earbuds, …) so they are balanced.
 */
export function threeClassDevices(size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise('devices3', size, noise);
  const spread = DEVICE_BASE_SPREAD + DEVICE_NOISE_SPREAD * noise;
  const columns = emptyColumns();
  for (let i = 0; i < size; i++) {
    const label = i % DEVICE_CENTRES.length;
    const [price, weight] = DEVICE_CENTRES[label] as readonly [number, number];
    columns.inputs.push([
      clamp01(price + spread * rng.normal()),
      clamp01(weight + spread * rng.normal()),
    ]);
    columns.targets.push(oneHot(label, DEVICE_CENTRES.length));
    columns.labels.push(label);
  }
  return datasetFromRows(
    'devices3',
    columns.inputs,
    columns.targets,
    columns.labels,
    DEVICE_FEATURES,
    ['glasses', 'ring', 'earbuds'],
  );
}

export const CIRCLE_RADIUS = 5;
export const CIRCLE_INNER_RADIUS = 2.5;

/** Points uniform in the disc, labelled 1 inside the inner radius, jittered after labelling. */
function circleColumns(size: number, noise: number, rng: Rng, outside: number): Columns {
  const columns = emptyColumns();
  for (let i = 0; i < size; i++) {
    // √u makes the density uniform over the disc's area rather than crowding the centre.
    const radius = CIRCLE_RADIUS * Math.sqrt(rng.next());
    const angle = rng.uniform(0, 2 * Math.PI);
    const label = radius < CIRCLE_INNER_RADIUS ? 1 : 0;
    columns.inputs.push([
      radius * Math.cos(angle) + noise * rng.normal(),
      radius * Math.sin(angle) + noise * rng.normal(),
    ]);
    columns.targets.push([label === 1 ? 1 : outside]);
    columns.labels.push(label);
  }
  return columns;
}

/** Uniform in a disc of radius 5; label 1 inside radius 2.5, else 0. */
export function circle(size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise('circle', size, noise);
  return binaryDataset('circle', circleColumns(size, noise, rng, 0), ['outside', 'inside']);
}

/**
 * The same points as `circle` for the same seed, but with targets +1 inside and −1 outside,
 * for a tanh output. Labels stay 0/1 so accuracy and plots treat it like any binary set.
 */
export function circleSigned(size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise('circle', size, noise);
  return binaryDataset('circle', circleColumns(size, noise, rng, -1), ['outside', 'inside']);
}

const XOR_EXTENT = 5;
/** Keeping points this far from both axes gives the four quadrants a visible margin. */
const XOR_MARGIN = 0.3;

/** A coordinate uniform in [−5, −0.3] ∪ [0.3, 5]: the [−5, 5] range with the axis band cut out. */
function xorCoordinate(rng: Rng): number {
  const magnitude = rng.uniform(XOR_MARGIN, XOR_EXTENT);
  return rng.next() < 0.5 ? -magnitude : magnitude;
}

/** Uniform in [−5, 5]² away from the axes; label 1 when x1·x2 > 0 (first and third quadrants). */
export function xor(size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise('xor', size, noise);
  const columns = emptyColumns();
  for (let i = 0; i < size; i++) {
    const x1 = xorCoordinate(rng);
    const x2 = xorCoordinate(rng);
    const label = x1 * x2 > 0 ? 1 : 0;
    columns.inputs.push([x1 + noise * rng.normal(), x2 + noise * rng.normal()]);
    columns.targets.push([label]);
    columns.labels.push(label);
  }
  return binaryDataset('xor', columns, ['negative', 'positive']);
}

/** Cluster centres of `gaussian`, indexed by label. */
const GAUSSIAN_CENTRES: readonly (readonly [number, number])[] = [
  [-2, -2],
  [2, 2],
];
const GAUSSIAN_BASE_SPREAD = 0.5;
/** At noise ≈ 0.5 the clusters' spread (2) reaches their half-distance, so they overlap. */
const GAUSSIAN_NOISE_SPREAD = 3;

/** Two Gaussian clusters, (2, 2) labelled 1 and (−2, −2) labelled 0, spread 0.5 + 3 × noise. */
export function gaussian(size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise('gaussian', size, noise);
  const spread = GAUSSIAN_BASE_SPREAD + GAUSSIAN_NOISE_SPREAD * noise;
  const columns = emptyColumns();
  for (let i = 0; i < size; i++) {
    const label = i % 2;
    const [cx, cy] = GAUSSIAN_CENTRES[label] as readonly [number, number];
    columns.inputs.push([cx + spread * rng.normal(), cy + spread * rng.normal()]);
    columns.targets.push([label]);
    columns.labels.push(label);
  }
  return binaryDataset('gaussian', columns, ['negative', 'positive']);
}

export const SPIRAL_RADIUS = 5;
/** Each arm winds one and a half turns: enough that no straight cut separates the arms. */
const SPIRAL_SWEEP = 3 * Math.PI;
const MAX_SPIRAL_ARMS = 12;

/**
 * An `arms`-arm spiral (after Karpathy's CS231n example). Arm k's i-th point sits at
 * t ∈ [0, 1], radius 5t and angle k·2π/arms + 3πt; noise jitters the coordinates (as in the
 * other sets, rather than the angle, so one noise value means the same everywhere). Two
 * arms give a binary set (target = label); three or more give one-hot targets.
 */
export function spiral(size: number, noise: number, rng: Rng, arms = 2): Dataset {
  const name = arms === 2 ? 'spiral' : `spiral${arms}`;
  checkSizeAndNoise(name, size, noise);
  if (!Number.isInteger(arms) || arms < 2 || arms > MAX_SPIRAL_ARMS) {
    throw new RangeError(
      `spiral: arms must be an integer from 2 to ${MAX_SPIRAL_ARMS}, got ${arms}`,
    );
  }
  const perArm = Math.ceil(size / arms);
  const columns = emptyColumns();
  for (let i = 0; i < size; i++) {
    const label = i % arms;
    const t = perArm > 1 ? Math.floor(i / arms) / (perArm - 1) : 0;
    const radius = SPIRAL_RADIUS * t;
    const angle = (label * 2 * Math.PI) / arms + SPIRAL_SWEEP * t;
    columns.inputs.push([
      radius * Math.sin(angle) + noise * rng.normal(),
      radius * Math.cos(angle) + noise * rng.normal(),
    ]);
    columns.targets.push(arms === 2 ? [label] : oneHot(label, arms));
    columns.labels.push(label);
  }
  const classNames = Array.from({ length: arms }, (_, k) => `arm ${k + 1}`);
  return datasetFromRows(
    name,
    columns.inputs,
    columns.targets,
    columns.labels,
    XY_FEATURES,
    classNames,
  );
}

/**
 * Builds a named data set. Size and noise are checked for every name (a RangeError names the
 * bad value), even for 'devices', whose four article rows otherwise ignore them.
 */
export function makeDataset(name: DatasetName, size: number, noise: number, rng: Rng): Dataset {
  checkSizeAndNoise(name, size, noise);
  switch (name) {
    case 'devices':
      return articleDevices();
    case 'devices3':
      return threeClassDevices(size, noise, rng);
    case 'circle':
      return circle(size, noise, rng);
    case 'xor':
      return xor(size, noise, rng);
    case 'gaussian':
      return gaussian(size, noise, rng);
    case 'spiral':
      return spiral(size, noise, rng, 2);
    case 'spiral3':
      return spiral(size, noise, rng, 3);
  }
}

/** A new Dataset holding the rows of `data` at `indices`, in that order. */
function subset(data: Dataset, indices: ArrayLike<number>): Dataset {
  const { inputSize, targetSize } = data;
  const size = indices.length;
  const inputs = new Float64Array(size * inputSize);
  const targets = new Float64Array(size * targetSize);
  const labels = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const source = indices[r] as number;
    inputs.set(data.inputs.subarray(source * inputSize, (source + 1) * inputSize), r * inputSize);
    targets.set(
      data.targets.subarray(source * targetSize, (source + 1) * targetSize),
      r * targetSize,
    );
    labels[r] = data.labels[source] as number;
  }
  return {
    name: data.name,
    size,
    inputSize,
    targetSize,
    inputs,
    targets,
    labels,
    featureNames: data.featureNames,
    classNames: data.classNames,
  };
}

export const MAX_VALIDATION_FRACTION = 0.9;

/**
 * Splits `data` at random into training and validation sets. The validation set gets
 * round(size × fraction) samples, capped at size − 1 so training always keeps a sample;
 * fraction 0 gives an empty (size 0) validation set. Each part keeps the original row order.
 */
export function splitDataset(
  data: Dataset,
  validationFraction: number,
  rng: Rng,
): { train: Dataset; validation: Dataset } {
  if (
    !Number.isFinite(validationFraction) ||
    validationFraction < 0 ||
    validationFraction > MAX_VALIDATION_FRACTION
  ) {
    throw new RangeError(
      `validation fraction must be from 0 to ${MAX_VALIDATION_FRACTION}, got ${validationFraction}`,
    );
  }
  const order = new Int32Array(data.size);
  for (let i = 0; i < data.size; i++) order[i] = i;
  rng.shuffle(order);
  const validationSize = Math.min(
    Math.round(data.size * validationFraction),
    Math.max(data.size - 1, 0),
  );
  // Sorting each part keeps rows in their original order, so the split only decides membership.
  const validation = order.subarray(0, validationSize).sort();
  const train = order.subarray(validationSize).sort();
  return { train: subset(data, train), validation: subset(data, validation) };
}

/** The number of classes a label of `data` may name. */
export function classCount(data: Dataset): number {
  if (data.targetSize > 1) return data.targetSize;
  return Math.max(data.classNames.length, 2);
}

/**
 * A new Dataset with one more row. The target is one-hot when `targetSize` > 1, otherwise the
 * label itself (so a ±1 set such as `circleSigned` would get 0, not −1, for label 0).
 */
export function appendSample(data: Dataset, input: readonly number[], label: number): Dataset {
  if (input.length !== data.inputSize) {
    throw new RangeError(
      `${data.name}: a sample needs ${data.inputSize} features, got ${input.length}`,
    );
  }
  if (!input.every(Number.isFinite)) {
    throw new RangeError(`${data.name}: every feature of a sample must be a finite number`);
  }
  const classes = classCount(data);
  if (!Number.isInteger(label) || label < 0 || label >= classes) {
    throw new RangeError(
      `${data.name}: label must be an integer from 0 to ${classes - 1}, got ${label}`,
    );
  }
  const { size, inputSize, targetSize } = data;
  const inputs = new Float64Array((size + 1) * inputSize);
  inputs.set(data.inputs);
  inputs.set(input, size * inputSize);
  const targets = new Float64Array((size + 1) * targetSize);
  targets.set(data.targets);
  targets.set(targetSize > 1 ? oneHot(label, targetSize) : [label], size * targetSize);
  const labels = new Int32Array(size + 1);
  labels.set(data.labels);
  labels[size] = label;
  return { ...data, size: size + 1, inputs, targets, labels };
}

/**
 * Iterations in one epoch: ⌊size / batchSize⌋ when the last, short batch is dropped,
 * otherwise ⌈size / batchSize⌉. An empty set has no iterations.
 */
export function batchCount(size: number, batchSize: number, dropLast: boolean): number {
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`size must be a non-negative integer, got ${size}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  }
  return dropLast ? Math.floor(size / batchSize) : Math.ceil(size / batchSize);
}

/**
 * The order in which one epoch visits the samples. With `shuffle`, every epoch (the first
 * included) is a fresh random permutation; without it, the order stays 0..n−1. `next()`
 * reshuffles in place, so a training loop can hold on to `indices` and nothing is allocated
 * per epoch.
 */
export class EpochOrder {
  readonly indices: Int32Array;
  private readonly shuffle: boolean;
  private readonly rng: Rng;

  constructor(size: number, shuffle: boolean, rng: Rng) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`EpochOrder size must be a non-negative integer, got ${size}`);
    }
    this.indices = new Int32Array(size);
    for (let i = 0; i < size; i++) this.indices[i] = i;
    this.shuffle = shuffle;
    this.rng = rng;
    if (shuffle) rng.shuffle(this.indices);
  }

  /** Starts a new epoch. */
  next(): void {
    if (this.shuffle) this.rng.shuffle(this.indices);
  }
}
