// @vitest-environment node
/**
 * The lab's one thinning rule (core/decimate.ts), used by the engine, the store and the
 * charts: per bucket the first lowest and first highest finite value and the first non-finite
 * one; for a whole series also its first and last point, within the budget.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPoint,
  bucketStart,
  bucketsFor,
  decimateIndices,
  emptyBucket,
  keptCount,
  keptIndices,
  mergeBuckets,
  MIN_BUDGET,
  writeKept,
} from '../../src/core/decimate';

const value = fc.oneof(
  { weight: 12, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);

/** What the rule keeps of ys[from … to), by a plain scan: [lowest, highest, first gap]. */
function expected(ys: readonly number[], from: number, to: number): number[] {
  let low = -1;
  let high = -1;
  let gap = -1;
  for (let i = from; i < to; i++) {
    const y = ys[i] as number;
    if (!Number.isFinite(y)) {
      if (gap < 0) gap = i;
    } else {
      if (low < 0 || y < (ys[low] as number)) low = i;
      if (high < 0 || y > (ys[high] as number)) high = i;
    }
  }
  return [...new Set([low, high, gap].filter((i) => i >= 0))].sort((a, b) => a - b);
}

describe('keptIndices', () => {
  it('keeps the first lowest, first highest and first non-finite value of a range', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.nat(60), fc.nat(60), (ys, a, b) => {
        const from = Math.min(a, b, ys.length);
        const to = Math.min(Math.max(a, b), ys.length);
        expect(keptIndices(ys, from, to)).toEqual(expected(ys, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one point of a flat range and ties go to the earlier point', () => {
    expect(keptIndices([2, 2, 2], 0, 3)).toEqual([0]);
    expect(keptIndices([3, 1, 5, 1, 5], 0, 5)).toEqual([1, 2]);
    expect(keptIndices([1, NaN, Infinity, 0], 0, 4)).toEqual([0, 1, 3]);
  });
});

describe('merging buckets', () => {
  it('gives what one bucket over all the points gives (the store folds pairs of buckets)', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.nat(40), (ys, cut) => {
        const split = Math.min(cut, ys.length);
        const whole = emptyBucket();
        const first = emptyBucket();
        const second = emptyBucket();
        ys.forEach((y, i) => {
          addPoint(whole, i, y);
          addPoint(i < split ? first : second, i, y);
        });
        mergeBuckets(first, second);
        expect(first).toEqual(whole);
        const xs = new Float64Array(3);
        const kept = new Float64Array(3);
        const n = writeKept(first, xs, kept, 0);
        expect(n).toBe(keptCount(first));
        expect(Array.from(xs.subarray(0, n))).toEqual(expected(ys, 0, ys.length));
        // The kept values are the points' own values (a gap keeps its NaN or infinity).
        xs.subarray(0, n).forEach((x, k) => expect(Object.is(kept[k], ys[x])).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});

describe('decimateIndices', () => {
  it('keeps every point while they fit', () => {
    expect(Array.from(decimateIndices([4, NaN, 1], 3, 10))).toEqual([0, 1, 2]);
  });

  it('keeps the first and last point, each bucket’s kept points, within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: MIN_BUDGET, max: 60 }),
        (ys, budget) => {
          const n = ys.length;
          const kept = Array.from(decimateIndices(ys, n, budget));
          expect(kept.length).toBeLessThanOrEqual(budget);
          expect(kept).toEqual([...new Set(kept)].sort((a, b) => a - b));
          expect(kept[0]).toBe(0);
          expect(kept.at(-1)).toBe(n - 1);
          if (n <= budget) {
            expect(kept).toHaveLength(n);
            return;
          }
          const buckets = bucketsFor(
            budget,
            ys.some((y) => !Number.isFinite(y)),
          );
          const expectedIndices = new Set([0, n - 1]);
          for (let b = 0; b < buckets; b++) {
            const range = [bucketStart(b, buckets, n), bucketStart(b + 1, buckets, n)] as const;
            for (const i of expected(ys, ...range)) expectedIndices.add(i);
          }
          expect(kept).toEqual([...expectedIndices].sort((a, b) => a - b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the series’ minimum, maximum and first non-finite value', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 2000 }), (ys) => {
        const kept = new Set(decimateIndices(ys, ys.length, 40));
        for (const i of expected(ys, 0, ys.length)) expect(kept).toContain(i);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a budget too small for the rule', () => {
    expect(() => decimateIndices([1, 2, 3, 4, 5, 6], 6, 4)).toThrow(RangeError);
  });
});
