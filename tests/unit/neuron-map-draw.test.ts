/**
 * The network view's pixels and numbers: where a weight and a bias sit in the model's params,
 * how maps are coloured (0 neutral, the map's largest magnitude full colour, the plane's bottom
 * row at the image's bottom), and that any values at all (NaN, ±Infinity) paint opaque pixels.
 */
import fc from 'fast-check';
import { scaleColour } from '../../src/ui/boundary/value-scale';
import { describe, expect, it } from 'vitest';
import {
  biasAt,
  edgeWidth,
  featureMap,
  isConsistent,
  layerOffsets,
  paintDiverging,
  paintOutput,
  parseColour,
  weightAt,
  type MapPalette,
} from '../../src/lessons/overfitting/neuron-map-draw';

/** ImageData as the canvas makes it (jsdom has none). */
function image(resolution: number): ImageData {
  return {
    width: resolution,
    height: resolution,
    data: new Uint8ClampedArray(resolution * resolution * 4),
  } as unknown as ImageData;
}

const palette: MapPalette = {
  negative: [200, 100, 0],
  positive: [0, 0, 200],
  neutral: [255, 255, 255],
  classes: [
    [0, 0, 255],
    [255, 0, 0],
  ],
};

const pixel = (img: ImageData, row: number, column: number) =>
  Array.from(img.data.slice((row * img.width + column) * 4, (row * img.width + column) * 4 + 4));

describe('params layout', () => {
  it('finds each weight and bias as the model stores them', () => {
    const layerSizes = [2, 3, 1];
    // Layer 1: 3 × 2 weights (0…5), biases 6…8; layer 2: 1 × 3 weights (9…11), bias 12.
    const params = Float64Array.from({ length: 13 }, (_, k) => k);
    const offsets = layerOffsets(layerSizes);
    expect(offsets).toEqual([0, 9, 13]);
    const answer = { layerSizes, params };
    expect(weightAt(answer, offsets, 1, 2, 1)).toBe(5);
    expect(biasAt(answer, offsets, 1, 2)).toBe(8);
    expect(weightAt(answer, offsets, 2, 0, 2)).toBe(11);
    expect(biasAt(answer, offsets, 2, 0)).toBe(12);
  });

  it('refuses an answer whose arrays do not match its layer sizes', () => {
    const good = {
      runId: 'fit',
      epoch: 0,
      resolution: 2,
      ranges: [
        [0, 1],
        [0, 1],
      ] as const,
      layerSizes: [2, 1],
      features: ['x1', 'x2'] as const,
      maps: new Float32Array(3 * 4),
      extents: new Float32Array(6),
      params: new Float64Array(3),
    };
    expect(isConsistent(good)).toBe(true);
    expect(isConsistent({ ...good, maps: new Float32Array(11) })).toBe(false);
    expect(isConsistent({ ...good, params: new Float64Array(2) })).toBe(false);
    expect(isConsistent({ ...good, features: ['x1'] })).toBe(false);
  });
});

describe('map colours', () => {
  it('draws 0 neutral, the extremes in full colour, the plane’s first row at the bottom', () => {
    // Row 0 (bottom of the plane): -2, 0; row 1 (top): 1, 2.
    const img = image(2);
    paintDiverging(img, [-2, 0, 1, 2], 2, palette);
    expect(pixel(img, 1, 0)).toEqual([200, 100, 0, 255]);
    expect(pixel(img, 1, 1)).toEqual([255, 255, 255, 255]);
    expect(pixel(img, 0, 1)).toEqual([0, 0, 200, 255]);
    // Half the largest magnitude: halfway from neutral to blue.
    expect(pixel(img, 0, 0)).toEqual([128, 128, 228, 255]);
  });

  it('colours a regression output on the value map scale over its own range', () => {
    const img = image(2);
    // Cells (row-major, rows along x2): -3 lowest, 5 highest, 1 halfway.
    paintOutput(img, [-3, 1, 5, 5], 2, palette, { kind: 'regression' }, 0);
    // Row 0 of the data is drawn at the bottom of the image.
    expect(pixel(img, 1, 0)).toEqual([...scaleColour(0), 255]);
    expect(pixel(img, 1, 1)).toEqual([...scaleColour(0.5), 255]);
    expect(pixel(img, 0, 0)).toEqual([...scaleColour(1), 255]);
    expect(pixel(img, 1, 0)).not.toEqual(pixel(img, 0, 0));
  });

  it('colours a binary output by the class it votes for, faint where unsure', () => {
    const img = image(2);
    paintOutput(img, [0, 0.5, 1, 0.9], 2, palette, { kind: 'binary', signed: false }, 0);
    // p = 0: class 0 (blue) at full tint 0.55; p = 1: class 1 (red).
    expect(pixel(img, 1, 0)).toEqual([115, 115, 255, 255]);
    expect(pixel(img, 0, 0)).toEqual([255, 115, 115, 255]);
    // p = 0.5: unsure, the faintest tint of class 0.
    expect(pixel(img, 1, 1)).toEqual([230, 230, 255, 255]);
  });

  it('paints opaque pixels whatever the values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 0))),
        fc.constantFrom(
          { kind: 'binary', signed: false } as const,
          { kind: 'binary', signed: true } as const,
          { kind: 'softmax' } as const,
          { kind: 'regression' } as const,
        ),
        (resolution, raw, reading) => {
          const values = Array.from({ length: resolution * resolution }, (_, k) => raw[k] ?? NaN);
          for (const paint of [
            (img: ImageData) => paintDiverging(img, values, resolution, palette),
            (img: ImageData) => paintOutput(img, values, resolution, palette, reading, 1),
          ]) {
            const img = image(resolution);
            paint(img);
            for (let k = 3; k < img.data.length; k += 4) expect(img.data[k]).toBe(255);
          }
        },
      ),
    );
  });
});

describe('helpers', () => {
  it('computes an unused feature’s map over the plane', () => {
    const map = featureMap(
      'x1*x2',
      [
        [-1, 1],
        [0, 2],
      ],
      2,
    );
    // Cells (row along x2, column along x1): (x1, x2) = (-1, 0), (1, 0), (-1, 2), (1, 2).
    expect(Array.from(map)).toEqual([-0, 0, -2, 2]);
  });

  it('gives a line width from 0.5 to 4 pixels, even for strange weights', () => {
    expect(edgeWidth(2, 2)).toBe(4);
    expect(edgeWidth(-1, 2)).toBe(2.25);
    expect(edgeWidth(NaN, 2)).toBe(0.5);
    expect(edgeWidth(1, 0)).toBe(0.5);
    fc.assert(
      fc.property(fc.double(), fc.double(), (w, largest) => {
        const width = edgeWidth(w, largest);
        expect(width).toBeGreaterThanOrEqual(0.5);
        expect(width).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('reads the page’s colours, falling back on anything else', () => {
    expect(parseColour('#2448c8', [0, 0, 0])).toEqual([36, 72, 200]);
    expect(parseColour(' #fff ', [0, 0, 0])).toEqual([255, 255, 255]);
    expect(parseColour('rgb(1, 2, 3)', [0, 0, 0])).toEqual([1, 2, 3]);
    expect(parseColour('tomato', [9, 9, 9])).toEqual([9, 9, 9]);
  });
});
