/**
 * The scale calculator: how much arithmetic a training run needs and how long one machine
 * would take to do it. Two textbook approximations, nothing more:
 *
 *   compute ≈ 6 × parameters × tokens   (FLOP: about 2 per parameter per token forward,
 *                                         about 4 backward, for dense networks)
 *   time    = compute ÷ (peak FLOP/s × utilisation × devices)
 *
 * Utilisation is the fraction of the peak that real training sustains; devices are assumed to
 * scale perfectly, which real clusters never quite do, so the time is a lower bound for them.
 */

/** FLOP per parameter per training token: 2 for the forward pass, 4 for the backward pass. */
export const FLOP_PER_PARAMETER_PER_TOKEN = 6;
/** A Julian year (365.25 days), the usual year in astronomy and in these estimates. */
export const SECONDS_PER_YEAR = 365.25 * 24 * 60 * 60;

export interface ScaleInputs {
  readonly parameters: number;
  /** Training tokens (or, for the toy run, samples × epochs: one sample is one "token"). */
  readonly tokens: number;
  /** The device's advertised peak, FLOP per second. */
  readonly peakFlopsPerSecond: number;
  /** Fraction of the peak sustained while training, in (0, 1]. */
  readonly utilisation: number;
  readonly devices: number;
}

export interface ScaleEstimate {
  /** Total floating-point operations. */
  readonly compute: number;
  /** FLOP per second actually sustained by all devices together. */
  readonly sustainedFlopsPerSecond: number;
  readonly seconds: number;
  readonly years: number;
}

/**
 * GPT-3 (Brown et al., 2020, "Language Models are Few-Shot Learners"): 175 billion
 * parameters trained on 300 billion tokens.
 */
export const GPT3 = { parameters: 175e9, tokens: 300e9 } as const;

/**
 * An RTX 4090's advertised FP32 peak (NVIDIA's Ada Lovelace whitepaper: 82.6 TFLOP/s, no
 * tensor cores). At 34 % utilisation, a typical share for large-model training, it sustains
 * ≈ 28 TFLOP/s, which is what turns GPT-3's 3.15 × 10²³ FLOP into about 355 years.
 */
export const RTX_4090_FP32_PEAK = 82.6e12;
export const DEFAULT_UTILISATION = 0.34;

/** The article's program: 3 parameters (two weights and a bias), 4 devices, 100 epochs. */
export const ARTICLE_TOY = { parameters: 3, samples: 4, epochs: 100 } as const;

export function trainingCompute(parameters: number, tokens: number): number {
  checkPositive('parameters', parameters);
  checkPositive('tokens', tokens);
  return FLOP_PER_PARAMETER_PER_TOKEN * parameters * tokens;
}

export function sustainedThroughput(
  peakFlopsPerSecond: number,
  utilisation: number,
  devices = 1,
): number {
  checkPositive('peak throughput', peakFlopsPerSecond);
  if (!Number.isFinite(utilisation) || utilisation <= 0 || utilisation > 1) {
    throw new RangeError(`utilisation must be above 0 and at most 1, got ${utilisation}`);
  }
  if (!Number.isInteger(devices) || devices < 1) {
    throw new RangeError(`devices must be a whole number ≥ 1, got ${devices}`);
  }
  return peakFlopsPerSecond * utilisation * devices;
}

export function estimateScale(inputs: ScaleInputs): ScaleEstimate {
  const compute = trainingCompute(inputs.parameters, inputs.tokens);
  const sustainedFlopsPerSecond = sustainedThroughput(
    inputs.peakFlopsPerSecond,
    inputs.utilisation,
    inputs.devices,
  );
  const seconds = compute / sustainedFlopsPerSecond;
  return { compute, sustainedFlopsPerSecond, seconds, years: seconds / SECONDS_PER_YEAR };
}

/** Tokens seen by a run that passes over `samples` examples `epochs` times. */
export function tokensOf(samples: number, epochs: number): number {
  checkPositive('samples', samples);
  checkPositive('epochs', epochs);
  return samples * epochs;
}

export type DurationUnit =
  | 'nanoseconds'
  | 'microseconds'
  | 'milliseconds'
  | 'seconds'
  | 'minutes'
  | 'hours'
  | 'days'
  | 'years';

const UNIT_SECONDS: readonly (readonly [DurationUnit, number])[] = [
  ['years', SECONDS_PER_YEAR],
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
  ['seconds', 1],
  ['milliseconds', 1e-3],
  ['microseconds', 1e-6],
  ['nanoseconds', 1e-9],
];

/** A duration in the largest unit it reaches at least once (nanoseconds below that). */
export function readableDuration(seconds: number): { value: number; unit: DurationUnit } {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`a duration must be a finite number ≥ 0, got ${seconds}`);
  }
  for (const [unit, size] of UNIT_SECONDS) {
    if (seconds >= size) return { value: seconds / size, unit };
  }
  return { value: seconds / 1e-9, unit: 'nanoseconds' };
}

function checkPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number above 0, got ${value}`);
  }
}
