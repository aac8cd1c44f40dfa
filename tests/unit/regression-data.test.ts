/**
 * The built-in regression tables (core/regression-data.ts): a seed reproduces a table bit for
 * bit, another seed moves the points, the values follow the set's function to within the noise,
 * and any seed, size and noise in range gives a table the lab's pipeline takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REGRESSION_EXTENT,
  REGRESSION_NOISE_RANGE,
  REGRESSION_SETS,
  REGRESSION_SIZE_RANGE,
  regressionTable,
  regressionTruth,
} from '../../src/core/regression-data';
import { prepareTable } from '../../src/core/table-data';

describe('built-in regression tables', () => {
  it.each(REGRESSION_SETS)('%s: a seed gives the same table, another seed another', (name) => {
    const a = regressionTable(name, { seed: 7, size: 120, noise: 0.3 });
    const b = regressionTable(name, { seed: 7, size: 120, noise: 0.3 });
    const c = regressionTable(name, { seed: 8, size: 120, noise: 0.3 });
    expect(Array.from(b.inputs)).toEqual(Array.from(a.inputs));
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(Array.from(c.inputs)).not.toEqual(Array.from(a.inputs));
    expect(Array.from(c.labels)).not.toEqual(Array.from(a.labels));
    expect(a).toMatchObject({
      task: 'regression',
      featureNames: ['x1', 'x2'],
      labelName: 'y',
      size: 120,
      classNames: [],
    });
    expect(a.inputs).toHaveLength(240);
    expect(a.labels).toHaveLength(120);
  });

  it.each(REGRESSION_SETS)('%s: without noise every value is the function itself', (name) => {
    const exact = regressionTable(name, { seed: 3, size: 200, noise: 0 });
    const noisy = regressionTable(name, { seed: 3, size: 200, noise: 0.5 });
    // The noise moves the values, never the points.
    expect(Array.from(noisy.inputs)).toEqual(Array.from(exact.inputs));
    let squares = 0;
    for (let r = 0; r < exact.size; r++) {
      const [x1, x2] = [exact.inputs[2 * r]!, exact.inputs[2 * r + 1]!];
      expect(Math.abs(x1)).toBeLessThanOrEqual(REGRESSION_EXTENT);
      expect(Math.abs(x2)).toBeLessThanOrEqual(REGRESSION_EXTENT);
      expect(exact.labels[r]).toBe(regressionTruth(name, x1, x2));
      squares += (noisy.labels[r]! - exact.labels[r]!) ** 2;
    }
    // The noise's standard deviation is the noise setting (200 draws: within 20 %).
    expect(Math.sqrt(squares / exact.size)).toBeGreaterThan(0.4);
    expect(Math.sqrt(squares / exact.size)).toBeLessThan(0.6);
  });

  it('has the shapes it is described with', () => {
    // The plane: 1.5·x1 − 0.8·x2 + 2.
    expect(regressionTruth('plane', 0, 0)).toBe(2);
    expect(regressionTruth('plane', 1, 0) - regressionTruth('plane', 0, 0)).toBeCloseTo(1.5, 12);
    expect(regressionTruth('plane', 0, 1) - regressionTruth('plane', 0, 0)).toBeCloseTo(-0.8, 12);
    // The bumps: a hill, a hollow, and flat far away.
    expect(regressionTruth('bumps', -2, 1.5)).toBeGreaterThan(2.5);
    expect(regressionTruth('bumps', 2, -1.5)).toBeLessThan(-2);
    expect(Math.abs(regressionTruth('bumps', -5, -5))).toBeLessThan(0.05);
  });

  it('refuses a size or noise out of range', () => {
    expect(() => regressionTable('plane', { seed: 1, size: 0, noise: 0 })).toThrow(RangeError);
    expect(() => regressionTable('plane', { seed: 1, size: 2.5, noise: 0 })).toThrow(RangeError);
    expect(() => regressionTable('bumps', { seed: 1, size: 10, noise: -1 })).toThrow(RangeError);
    expect(() => regressionTable('bumps', { seed: 1, size: 10, noise: Number.NaN })).toThrow(
      RangeError,
    );
  });

  it('gives a valid table for any seed, size and noise in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGRESSION_SETS),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: REGRESSION_SIZE_RANGE.min, max: 400 }),
        fc.double({
          min: REGRESSION_NOISE_RANGE.min,
          max: REGRESSION_NOISE_RANGE.max,
          noNaN: true,
        }),
        (name, seed, size, noise) => {
          const table = regressionTable(name, { seed, size, noise });
          expect(table.size).toBe(size);
          expect(table.inputs).toHaveLength(2 * size);
          expect(table.labels).toHaveLength(size);
          expect(table.inputs.every((v) => Number.isFinite(v) && Math.abs(v) <= 5)).toBe(true);
          expect(table.labels.every(Number.isFinite)).toBe(true);
          const prepared = prepareTable(table, name);
          expect(prepared.dataset.size).toBe(size);
          expect(prepared.dataset.targets.every(Number.isFinite)).toBe(true);
          expect(prepared.targetScale?.std[0]).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fills the largest size a CSV may have', () => {
    const table = regressionTable('bumps', { seed: 1, size: REGRESSION_SIZE_RANGE.max, noise: 1 });
    expect(table.size).toBe(REGRESSION_SIZE_RANGE.max);
    expect(table.labels.every(Number.isFinite)).toBe(true);
  });
});
