/**
 * Where everything sits in the network drawing, and which parameter is which. The parameter
 * order follows core's Mlp exactly: per layer, the weights row by row (W[j, i] multiplies
 * input i of neuron j), then that layer's biases.
 */

export interface ParamInfo {
  /** Index into the flat params (and gradient) array. */
  readonly index: number;
  readonly kind: 'weight' | 'bias';
  /** The layer the parameter feeds (0 = the first layer after the inputs). */
  readonly layer: number;
  /** Input i of the layer (for a weight); -1 for a bias. */
  readonly from: number;
  /** Neuron j of the layer. */
  readonly to: number;
}

/** Every parameter of a network with these layer sizes ([inputs, layer 1, …, outputs]). */
export function paramLayout(layerSizes: readonly number[]): ParamInfo[] {
  const params: ParamInfo[] = [];
  let offset = 0;
  for (let layer = 0; layer + 1 < layerSizes.length; layer++) {
    const inputs = layerSizes[layer] as number;
    const outputs = layerSizes[layer + 1] as number;
    for (let to = 0; to < outputs; to++) {
      for (let from = 0; from < inputs; from++) {
        params.push({ index: offset + to * inputs + from, kind: 'weight', layer, from, to });
      }
    }
    const biasOffset = offset + inputs * outputs;
    for (let to = 0; to < outputs; to++) {
      params.push({ index: biasOffset + to, kind: 'bias', layer, from: -1, to });
    }
    offset = biasOffset + outputs;
  }
  return params;
}

/** How many parameters a network with these layer sizes has. */
export function paramCount(layerSizes: readonly number[]): number {
  let count = 0;
  for (let l = 0; l + 1 < layerSizes.length; l++) {
    count += ((layerSizes[l] as number) + 1) * (layerSizes[l + 1] as number);
  }
  return count;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DiagramGeometry {
  readonly width: number;
  readonly height: number;
  readonly nodeRadius: number;
  /** nodes[l][n]: centre of node n in column l (column 0 = the inputs). */
  readonly nodes: readonly (readonly Point[])[];
}

const COLUMN_GAP = 230;
// Room for a bias box above each neuron and its z below, without touching the next neuron.
const ROW_GAP = 132;
const MARGIN_X = 120;
const MARGIN_TOP = 70;
const MARGIN_BOTTOM = 48;
export const NODE_RADIUS = 30;

/** Columns left to right, each column's nodes centred vertically. */
export function diagramGeometry(layerSizes: readonly number[]): DiagramGeometry {
  const tallest = Math.max(1, ...layerSizes);
  const height = MARGIN_TOP + MARGIN_BOTTOM + (tallest - 1) * ROW_GAP + 2 * NODE_RADIUS;
  const width = 2 * MARGIN_X + Math.max(1, layerSizes.length - 1) * COLUMN_GAP;
  const middle = MARGIN_TOP + NODE_RADIUS + ((tallest - 1) * ROW_GAP) / 2;
  const nodes = layerSizes.map((size, column) =>
    Array.from({ length: size }, (_, n) => ({
      x: MARGIN_X + column * COLUMN_GAP,
      y: middle + (n - (size - 1) / 2) * ROW_GAP,
    })),
  );
  return { width, height, nodeRadius: NODE_RADIUS, nodes };
}

/** The point a fraction `t` of the way from a to b. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Where a bias sits: just above its neuron. */
export function biasPoint(node: Point): Point {
  return { x: node.x, y: node.y - NODE_RADIUS - 26 };
}
