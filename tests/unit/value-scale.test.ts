/**
 * The value map's colour scale (ui/boundary/value-scale.ts): ordered in lightness (so it reads
 * in greyscale and on either theme), point rings that show on every colour of it, and a range
 * that never divides by zero.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrast,
  luminance,
  POINT_RINGS,
  scaleColour,
  valueRange,
  type Rgb,
} from '../../src/ui/boundary/value-scale';

const hex = (text: string): Rgb =>
  [1, 3, 5].map((i) => parseInt(text.slice(i, i + 2), 16)) as unknown as Rgb;

describe('the value colour scale', () => {
  it('grows lighter from low to high values', () => {
    let previous = -1;
    for (let k = 0; k <= 100; k++) {
      const light = luminance(scaleColour(k / 100));
      expect(light).toBeGreaterThan(previous);
      previous = light;
    }
    expect(scaleColour(0)).toEqual([0x44, 0x01, 0x54]);
    expect(scaleColour(1)).toEqual([0xfd, 0xe7, 0x25]);
    expect(scaleColour(-3)).toEqual(scaleColour(0));
    expect(scaleColour(Number.NaN)).toEqual(scaleColour(0.5));
  });

  it('has point rings of which one stands out 3:1 from any colour of the scale', () => {
    const inner = hex(POINT_RINGS.inner);
    const outer = hex(POINT_RINGS.outer);
    for (let k = 0; k <= 100; k++) {
      const colour = scaleColour(k / 100);
      expect(Math.max(contrast(inner, colour), contrast(outer, colour))).toBeGreaterThanOrEqual(3);
    }
    // The rings against each other: black on white.
    expect(contrast(inner, outer)).toBe(21);
  });

  it('spans every finite value it is given, and never an empty range', () => {
    expect(valueRange([1, 5, Number.NaN], [-2, Infinity])).toEqual([-2, 5]);
    expect(valueRange([3, 3])).toEqual([2.5, 3.5]);
    expect(valueRange([], [Number.NaN])).toEqual([0, 1]);
    // Finite values up to ±1e300 (a wider span has no finite width), plus non-numbers.
    const values = fc.array(
      fc.oneof(fc.double({ min: -1e300, max: 1e300 }), fc.constantFrom(NaN, Infinity, -Infinity)),
    );
    fc.assert(
      fc.property(values, values, (a, b) => {
        const [low, high] = valueRange(a, b);
        expect(Number.isFinite(low) && Number.isFinite(high) && high > low).toBe(true);
        for (const v of [...a, ...b])
          if (Number.isFinite(v)) expect(v >= low && v <= high).toBe(true);
      }),
    );
  });
});
