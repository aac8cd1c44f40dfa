/**
 * Pixels and numbers for the network view: how a neuron's map over the plane is coloured, where
 * each weight and bias sits in the model's params, and how a weight is drawn as a line. Pure
 * functions (no DOM beyond the ImageData they fill), so the view stays cheap and testable.
 */
import { featureValue, type InputFeature } from '../../core/features';
import type { AnswerOf } from '../../engine/protocol';
import { scaleColour, valueRange } from '../../ui/boundary/value-scale';

export type NeuronMaps = AnswerOf<'neuron-maps'>;
export type Rgb = readonly [number, number, number];

export interface MapPalette {
  /** The colour of large negative values (hidden neurons and inputs). */
  readonly negative: Rgb;
  /** The colour of large positive values. */
  readonly positive: Rgb;
  /** The colour of 0, and of the plot's background. */
  readonly neutral: Rgb;
  /** The boundary plot's class colours, for the output nodes. */
  readonly classes: readonly Rgb[];
}

/** How an output node reads its values (the boundary request decides classes the same way). */
export type OutputReading =
  /** One output: the probability of class 1 (±1 targets: tanh, mapped to 0…1). */
  | { readonly kind: 'binary'; readonly signed: boolean }
  /** Several outputs: output k is the probability of class k. */
  | { readonly kind: 'softmax' }
  /** A regression's value (standardised), drawn on the boundary plot's value scale. */
  | { readonly kind: 'regression' };

/** Where the first weight of each non-input layer starts in `params` (one more entry: the end). */
export function layerOffsets(layerSizes: readonly number[]): number[] {
  const offsets = [0];
  for (let layer = 1; layer < layerSizes.length; layer++) {
    const inputs = layerSizes[layer - 1] ?? 0;
    const outputs = layerSizes[layer] ?? 0;
    offsets.push((offsets[layer - 1] ?? 0) + outputs * inputs + outputs);
  }
  return offsets;
}

/** The weight from neuron `from` of layer `layer - 1` into neuron `to` of `layer` (≥ 1). */
export function weightAt(
  answer: Pick<NeuronMaps, 'layerSizes' | 'params'>,
  offsets: readonly number[],
  layer: number,
  to: number,
  from: number,
): number {
  const inputs = answer.layerSizes[layer - 1] ?? 0;
  return answer.params[(offsets[layer - 1] ?? 0) + to * inputs + from] ?? NaN;
}

/** The bias of neuron `to` of `layer` (≥ 1). */
export function biasAt(
  answer: Pick<NeuronMaps, 'layerSizes' | 'params'>,
  offsets: readonly number[],
  layer: number,
  to: number,
): number {
  const inputs = answer.layerSizes[layer - 1] ?? 0;
  const outputs = answer.layerSizes[layer] ?? 0;
  return answer.params[(offsets[layer - 1] ?? 0) + outputs * inputs + to] ?? NaN;
}

/** Index of the first map of each layer (maps are stored layer by layer). */
export function mapStarts(layerSizes: readonly number[]): number[] {
  const starts: number[] = [];
  let total = 0;
  for (const size of layerSizes) {
    starts.push(total);
    total += size;
  }
  return starts;
}

/** Whether the answer's arrays have the sizes its own layer sizes promise (else: draw nothing). */
export function isConsistent(answer: NeuronMaps): boolean {
  const neurons = answer.layerSizes.reduce((sum, size) => sum + size, 0);
  const offsets = layerOffsets(answer.layerSizes);
  return (
    answer.resolution >= 2 &&
    answer.maps.length === neurons * answer.resolution * answer.resolution &&
    answer.extents.length === 2 * neurons &&
    answer.params.length >= (offsets.at(-1) ?? 0) &&
    answer.features.length === (answer.layerSizes[0] ?? 0)
  );
}

function mix(under: Rgb, over: Rgb, alpha: number, out: Uint8ClampedArray, at: number): void {
  out[at] = under[0] + (over[0] - under[0]) * alpha;
  out[at + 1] = under[1] + (over[1] - under[1]) * alpha;
  out[at + 2] = under[2] + (over[2] - under[2]) * alpha;
  out[at + 3] = 255;
}

/**
 * Fills `image` (resolution × resolution) with a diverging map: 0 neutral, the larger of the
 * map's two extremes full colour, so every map shows its own shape whatever its scale. The
 * map's row 0 is the bottom of the plane, the image's the top.
 */
export function paintDiverging(
  image: ImageData,
  values: ArrayLike<number>,
  resolution: number,
  palette: MapPalette,
): void {
  let scale = 0;
  for (let k = 0; k < values.length; k++) {
    const v = Math.abs(values[k] as number);
    if (v > scale && Number.isFinite(v)) scale = v;
  }
  const data = image.data;
  for (let row = 0; row < resolution; row++) {
    const line = (resolution - 1 - row) * resolution;
    for (let column = 0; column < resolution; column++) {
      const v = values[row * resolution + column] as number;
      const t = scale > 0 && Number.isFinite(v) ? Math.max(-1, Math.min(1, v / scale)) : 0;
      mix(
        palette.neutral,
        t < 0 ? palette.negative : palette.positive,
        Math.abs(t),
        data,
        (line + column) * 4,
      );
    }
  }
}

/**
 * Fills `image` with an output node's map in the boundary plot's colours: the class the value
 * votes for, faint where it is unsure (as src/ui/boundary/draw.ts tints its cells).
 */
export function paintOutput(
  image: ImageData,
  values: ArrayLike<number>,
  resolution: number,
  palette: MapPalette,
  reading: OutputReading,
  output: number,
): void {
  if (reading.kind === 'regression') {
    paintValues(image, values, resolution);
    return;
  }
  const data = image.data;
  const colour = (k: number) =>
    palette.classes[k % Math.max(1, palette.classes.length)] ?? palette.positive;
  for (let row = 0; row < resolution; row++) {
    const line = (resolution - 1 - row) * resolution;
    for (let column = 0; column < resolution; column++) {
      const v = values[row * resolution + column] as number;
      let label: number;
      let sure: number;
      if (reading.kind === 'softmax') {
        // Output k alone: how strongly the network says "class k" here.
        label = output;
        sure = Number.isFinite(v) ? v : 0;
      } else {
        const p = reading.signed ? (v + 1) / 2 : v;
        label = p > 0.5 ? 1 : 0;
        sure = Number.isFinite(p) ? Math.abs(p - 0.5) * 2 : 0;
      }
      const tint = 0.1 + 0.45 * Math.max(0, Math.min(1, sure));
      mix(palette.neutral, colour(label), tint, data, (line + column) * 4);
    }
  }
}

/**
 * A regression output's map on the boundary plot's value scale (viridis, low dark to high
 * light) over the map's own range, so the small output reads as the large value map.
 */
function paintValues(image: ImageData, values: ArrayLike<number>, resolution: number): void {
  const [low, high] = valueRange(values);
  const data = image.data;
  for (let row = 0; row < resolution; row++) {
    const line = (resolution - 1 - row) * resolution;
    for (let column = 0; column < resolution; column++) {
      const v = values[row * resolution + column] as number;
      const [r, g, b] = scaleColour((v - low) / (high - low));
      const at = (line + column) * 4;
      data[at] = r;
      data[at + 1] = g;
      data[at + 2] = b;
      data[at + 3] = 255;
    }
  }
}

/**
 * A feature's map over the plane, for the inputs the run does not use (the answer holds maps of
 * the used ones only): computed here from the grid's ranges, in the plane's own units.
 */
export function featureMap(
  feature: InputFeature,
  ranges: NeuronMaps['ranges'],
  resolution: number,
): Float32Array {
  const map = new Float32Array(resolution * resolution);
  const at = (range: readonly [number, number], k: number) =>
    range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
  for (let row = 0; row < resolution; row++)
    for (let column = 0; column < resolution; column++)
      map[row * resolution + column] = featureValue(
        feature,
        at(ranges[0], column),
        at(ranges[1], row),
      );
  return map;
}

/** Smallest and largest finite value of a map ([NaN, NaN] when it has none). */
export function extentOf(values: ArrayLike<number>): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return low <= high ? [low, high] : [NaN, NaN];
}

/** Line width in pixels for a weight, against the largest weight drawn (0.5 to 4 px). */
export function edgeWidth(weight: number, largest: number): number {
  if (!Number.isFinite(weight) || !(largest > 0)) return 0.5;
  return 0.5 + 3.5 * Math.min(1, Math.abs(weight) / largest);
}

/** Any CSS colour string of the forms the page's custom properties use, as RGB (or `fallback`). */
export function parseColour(colour: string, fallback: Rgb): Rgb {
  const text = colour.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (hex !== null) {
    const digits = hex[1] as string;
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text);
  if (rgb !== null) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return fallback;
}
