// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TOY,
  DEFAULT_UTILISATION,
  estimateScale,
  GPT3,
  MAX_READABLE_YEARS,
  readableDuration,
  RTX_4090_FP32_PEAK,
  SECONDS_PER_YEAR,
  sustainedThroughput,
  tokensOf,
  trainingCompute,
} from '../../src/core/scale';

const gpt3OnOne4090 = {
  ...GPT3,
  peakFlopsPerSecond: RTX_4090_FP32_PEAK,
  utilisation: DEFAULT_UTILISATION,
  devices: 1,
};

describe('scale calculator', () => {
  it('counts 6 FLOP per parameter per token', () => {
    expect(trainingCompute(175e9, 300e9)).toBeCloseTo(3.15e23, -18);
    expect(trainingCompute(3, 400)).toBe(7200);
  });

  it('puts GPT-3 on one RTX 4090 (82.6 TFLOP/s at 34 %) at about 355 years', () => {
    const estimate = estimateScale(gpt3OnOne4090);
    expect(estimate.sustainedFlopsPerSecond).toBeCloseTo(28.084e12, -9);
    expect(estimate.seconds).toBeCloseTo(3.15e23 / 28.084e12, -3);
    expect(estimate.years).toBeGreaterThan(354.5);
    expect(estimate.years).toBeLessThan(356);
    expect(estimate.years * SECONDS_PER_YEAR).toBeCloseTo(estimate.seconds, 0);
  });

  it('halves the time when utilisation doubles, and divides it by the number of devices', () => {
    const base = estimateScale(gpt3OnOne4090).years;
    expect(estimateScale({ ...gpt3OnOne4090, utilisation: 0.68 }).years).toBeCloseTo(base / 2, 6);
    expect(estimateScale({ ...gpt3OnOne4090, devices: 1000 }).years).toBeCloseTo(base / 1000, 9);
  });

  it("runs the article's toy (3 parameters, 4 samples × 100 epochs) in a fraction of a nanosecond", () => {
    const tokens = tokensOf(ARTICLE_TOY.samples, ARTICLE_TOY.epochs);
    expect(tokens).toBe(400);
    const toy = estimateScale({ ...gpt3OnOne4090, parameters: ARTICLE_TOY.parameters, tokens });
    expect(toy.compute).toBe(7200);
    expect(toy.seconds).toBeCloseTo(7200 / 28.084e12, 20);
    expect(readableDuration(toy.seconds)).toMatchObject({ kind: 'time', unit: 'nanoseconds' });
    // Twenty orders of magnitude apart, on the same formula.
    const gpt = estimateScale(gpt3OnOne4090);
    expect(Math.log10(gpt.compute / toy.compute)).toBeGreaterThan(19);
  });

  it('rejects inputs that make no sense', () => {
    expect(() => trainingCompute(0, 1)).toThrow(RangeError);
    expect(() => trainingCompute(1, Number.NaN)).toThrow(/tokens/);
    expect(() => sustainedThroughput(1e12, 0)).toThrow(/utilisation/);
    expect(() => sustainedThroughput(1e12, 1.5)).toThrow(/utilisation/);
    expect(() => sustainedThroughput(1e12, 0.5, 0)).toThrow(/devices/);
    expect(() => sustainedThroughput(-1, 0.5)).toThrow(/peak/);
  });

  it('names a duration in the largest unit it fills', () => {
    expect(readableDuration(90)).toEqual({ kind: 'time', value: 1.5, unit: 'minutes' });
    expect(readableDuration(2 * SECONDS_PER_YEAR)).toEqual({
      kind: 'time',
      value: 2,
      unit: 'years',
    });
    expect(readableDuration(0.002)).toMatchObject({ kind: 'time', unit: 'milliseconds' });
    expect(readableDuration(0)).toEqual({ kind: 'time', value: 0, unit: 'nanoseconds' });
  });

  it('reads a duration beyond 10^300 years, or no time at all, instead of throwing', () => {
    expect(readableDuration(MAX_READABLE_YEARS * SECONDS_PER_YEAR)).toMatchObject({ kind: 'time' });
    expect(readableDuration(2 * MAX_READABLE_YEARS * SECONDS_PER_YEAR)).toEqual({
      kind: 'too-long',
    });
    expect(readableDuration(Infinity)).toEqual({ kind: 'too-long' });
    expect(readableDuration(Number.NaN)).toEqual({ kind: 'not-finite' });
    expect(readableDuration(-Infinity)).toEqual({ kind: 'not-finite' });
    expect(readableDuration(-1)).toEqual({ kind: 'not-finite' });
  });

  it('answers "too long" when 1e-320 TFLOP/s makes the time overflow (the bug that blanked the page)', () => {
    const estimate = estimateScale({ ...gpt3OnOne4090, peakFlopsPerSecond: 1e-320 * 1e12 });
    expect(estimate.seconds).toBe(Infinity);
    expect(estimate.duration).toEqual({ kind: 'too-long' });
    // A throughput that underflows to 0 leaves 0 ÷ 0 or x ÷ 0: no time to read.
    const underflow = estimateScale({
      ...gpt3OnOne4090,
      peakFlopsPerSecond: 1e-300,
      utilisation: 1e-300,
    });
    expect(underflow.sustainedFlopsPerSecond).toBe(0);
    expect(underflow.duration).toEqual({ kind: 'not-finite' });
  });

  it('never throws for valid inputs, and a "time" is always a finite, non-negative reading', () => {
    const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
    const inputs = fc.record({
      parameters: positive,
      tokens: positive,
      peakFlopsPerSecond: positive,
      utilisation: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
      devices: fc.integer({ min: 1, max: 1e7 }),
    });
    fc.assert(
      fc.property(inputs, (scale) => {
        const { compute, sustainedFlopsPerSecond, duration, seconds } = estimateScale(scale);
        if (duration.kind === 'time') {
          expect(Number.isFinite(duration.value) && duration.value >= 0).toBe(true);
          expect(seconds / SECONDS_PER_YEAR).toBeLessThanOrEqual(MAX_READABLE_YEARS);
        } else if (duration.kind === 'too-long') {
          expect(seconds / SECONDS_PER_YEAR).toBeGreaterThan(MAX_READABLE_YEARS);
        } else {
          // Positive inputs give no time only when a product overflowed or underflowed.
          const overflowed = !Number.isFinite(compute) || !Number.isFinite(sustainedFlopsPerSecond);
          expect(overflowed || sustainedFlopsPerSecond === 0).toBe(true);
        }
      }),
    );
  });
});
