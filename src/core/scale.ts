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
 *
 * Inputs that make no sense (not positive, not finite) are a caller's bug and throw. Results
 * that floating point cannot hold (a quotient that overflows, an underflowed throughput) are
 * answers a learner can reach by typing extreme numbers, so they come back as a `Duration`
 * that says so instead of throwing during a render.
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
  /** compute ÷ sustained throughput: may be Infinity or NaN for extreme inputs. */
  readonly seconds: number;
  readonly years: number;
  /** How to read `seconds`, or why it cannot be read as a time. */
  readonly duration: Duration;
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
  // An overflowed compute or an underflowed (0) throughput leaves the quotient meaningless,
  // even when it happens to be finite.
  const usable =
    Number.isFinite(compute) &&
    Number.isFinite(sustainedFlopsPerSecond) &&
    sustainedFlopsPerSecond > 0;
  return {
    compute,
    sustainedFlopsPerSecond,
    seconds,
    years: seconds / SECONDS_PER_YEAR,
    duration: usable ? readableDuration(seconds) : NOT_FINITE,
  };
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

/** Beyond this many years a duration is read as "more than" it: digits stop meaning anything. */
export const MAX_READABLE_YEARS = 1e300;

export type Duration =
  /** A time in the largest unit it reaches at least once (nanoseconds below that). */
  | { readonly kind: 'time'; readonly value: number; readonly unit: DurationUnit }
  /** More than MAX_READABLE_YEARS, including a quotient too large for a double (Infinity). */
  | { readonly kind: 'too-long' }
  /** NaN or a negative number: arithmetic that produced no time at all. */
  | { readonly kind: 'not-finite' };

const NOT_FINITE: Duration = { kind: 'not-finite' };

/** How to read a number of seconds; never throws, whatever the number. */
export function readableDuration(seconds: number): Duration {
  if (Number.isNaN(seconds) || seconds < 0) return NOT_FINITE;
  if (seconds / SECONDS_PER_YEAR > MAX_READABLE_YEARS) return { kind: 'too-long' };
  for (const [unit, size] of UNIT_SECONDS) {
    if (seconds >= size) return { kind: 'time', value: seconds / size, unit };
  }
  return { kind: 'time', value: seconds / 1e-9, unit: 'nanoseconds' };
}

function checkPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number above 0, got ${value}`);
  }
}
