/**
 * Reading a number the learner typed or pasted, the same way in every field. Accepted: an
 * optional sign, digits (optionally grouped in threes by commas, "1,000,000"), an optional
 * fraction and an optional exponent, with surrounding spaces ignored. Everything else
 * ("abc", "-", "0x10", "1,2,3", "Infinity", "NaN") is not a number here, so a paste can never
 * slip in a value the learner did not mean.
 */

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** The minimum itself is excluded: the value must be above it. */
  readonly aboveMin?: boolean;
}

export type NumberProblem = 'empty' | 'not-a-number' | 'out-of-range' | 'not-whole' | 'too-small';

export type NumberReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: NumberProblem };

/**
 * The smallest positive normal double. Below it (subnormals, or a literal that underflows to
 * 0) a number has lost precision, and dividing by it overflows to Infinity.
 */
export const SMALLEST_NORMAL = 2 ** -1022;

// The lookahead demands a digit in the mantissa, so "", ".", "-" and "e5" are refused.
const PLAIN_NUMBER = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;

/** The number in `text` if it is one this field accepts, or why it is not. */
export function parseNumber(text: string, range: NumberRange): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!PLAIN_NUMBER.test(trimmed)) return { ok: false, problem: 'not-a-number' };
  const digits = trimmed.replace(/,/g, '');
  // 0 for "-0": a stored -0 would print as "0" yet compare differently.
  const value = Number(digits) + 0;
  // Only overflow makes a plain number non-finite: it is beyond any maximum.
  if (!Number.isFinite(value)) return { ok: false, problem: 'out-of-range' };
  const mantissa = digits.split(/e/i)[0] ?? '';
  const tiny = value === 0 ? /[1-9]/.test(mantissa) : Math.abs(value) < SMALLEST_NORMAL;
  if (tiny && needsPositive(range)) return { ok: false, problem: 'too-small' };
  const below = range.aboveMin === true ? value <= range.min : value < range.min;
  if (below || value > range.max) return { ok: false, problem: 'out-of-range' };
  if (range.integer === true && !Number.isInteger(value))
    return { ok: false, problem: 'not-whole' };
  return { ok: true, value };
}

/** Fields whose every accepted value is above 0, where a vanishing one is a trap, not a value. */
function needsPositive(range: NumberRange): boolean {
  return range.min > 0 || (range.aboveMin === true && range.min >= 0);
}
