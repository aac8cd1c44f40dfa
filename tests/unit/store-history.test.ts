import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BoundedSeries } from '../../src/store/history';

function isSorted(x: Float64Array): boolean {
  for (let i = 1; i < x.length; i++) if ((x[i] as number) < (x[i - 1] as number)) return false;
  return true;
}

describe('BoundedSeries', () => {
  it('keeps at most `capacity` points over a million pushes, the recent tail exact', () => {
    const series = new BoundedSeries();
    for (let i = 0; i < 1_000_000; i++) series.push(i, Math.sin(i / 1000) + (i === 1234 ? 50 : 0));
    const { x, y } = series.points();
    expect(x.length).toBeLessThanOrEqual(4000);
    expect(series.length).toBe(x.length);
    expect(series.count).toBe(1_000_000);
    expect(isSorted(x)).toBe(true);
    for (let k = 1; k <= 100; k++) {
      const i = 1_000_000 - k;
      expect(x[x.length - k]).toBe(i);
      expect(y[y.length - k]).toBe(Math.sin(i / 1000));
    }
    // The spike of epoch 1234 survives decimation, at its own x.
    const spike = Array.from(y).indexOf(Math.sin(1.234) + 50);
    expect(x[spike]).toBe(1234);
    expect(series.last).toEqual({ x: 999_999, y: Math.sin(999.999) });
  });

  it('keeps the exact series while it fits', () => {
    const series = new BoundedSeries(100);
    series.pushMany(Float64Array.from([0, 1, 2]), Float64Array.from([5, NaN, Infinity]));
    const { x, y } = series.points();
    expect(Array.from(x)).toEqual([0, 1, 2]);
    expect(Array.from(y)).toEqual([5, NaN, Infinity]);
  });

  it('caches points until the next push, and starts over when x goes back', () => {
    const series = new BoundedSeries(32);
    series.push(0, 1);
    const first = series.points();
    expect(series.points()).toBe(first);
    series.push(1, 2);
    expect(series.points()).not.toBe(first);
    series.push(0, 7); // the run was reset
    expect(Array.from(series.points().y)).toEqual([7]);
    series.push(NaN, 3); // no place on the x axis: ignored
    expect(series.length).toBe(1);
    series.clear();
    expect(series.length).toBe(0);
    expect(series.last).toBeNull();
  });

  it('rejects a capacity too small to split, and a head that is not a whole number', () => {
    expect(() => new BoundedSeries(3)).toThrow(RangeError);
    expect(() => new BoundedSeries(100, -1)).toThrow(RangeError);
    expect(() => new BoundedSeries(100, 2.5)).toThrow(RangeError);
  });

  it('always keeps the global min and max, x sorted, the head exact, within capacity', () => {
    const value = fc.oneof(
      { weight: 20, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 80 }),
        fc.array(value, { maxLength: 1500 }),
        fc.array(fc.nat(3), { maxLength: 1500 }),
        fc.nat(40),
        (capacity, ys, gaps, head) => {
          const series = new BoundedSeries(capacity, head);
          let xNow = 0;
          const xs = ys.map((_, i) => (xNow += gaps[i] ?? 1));
          ys.forEach((y, i) => series.push(xs[i] as number, y));
          const { x, y } = series.points();
          expect(x.length).toBeLessThanOrEqual(head + capacity);
          expect(isSorted(x)).toBe(true);
          const kept = Array.from(y);
          // The first `head` points are kept as they came.
          const exact = Math.min(head, ys.length);
          expect(Array.from(x.subarray(0, exact))).toEqual(xs.slice(0, exact));
          expect(Array.from(y.subarray(0, exact))).toEqual(ys.slice(0, exact));
          const finite = ys.filter((v) => Number.isFinite(v));
          if (finite.length > 0) {
            expect(kept).toContain(Math.min(...finite));
            expect(kept).toContain(Math.max(...finite));
          }
          // A non-finite value (where a line breaks) is never decimated away entirely.
          if (ys.some((v) => !Number.isFinite(v))) {
            expect(kept.some((v) => !Number.isFinite(v))).toBe(true);
          }
          // Every kept point is a real (x, y) pair of the input.
          for (let i = 0; i < x.length; i++) {
            const at = xs.findIndex((xi, j) => xi === x[i] && Object.is(ys[j], y[i]));
            expect(at).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
