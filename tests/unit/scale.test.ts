// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TOY,
  DEFAULT_UTILISATION,
  estimateScale,
  GPT3,
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
    expect(readableDuration(toy.seconds).unit).toBe('nanoseconds');
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
    expect(() => readableDuration(-1)).toThrow(RangeError);
  });

  it('names a duration in the largest unit it fills', () => {
    expect(readableDuration(90)).toEqual({ value: 1.5, unit: 'minutes' });
    expect(readableDuration(2 * SECONDS_PER_YEAR)).toEqual({ value: 2, unit: 'years' });
    expect(readableDuration(0.002).unit).toBe('milliseconds');
    expect(readableDuration(0)).toEqual({ value: 0, unit: 'nanoseconds' });
  });
});
