/**
 * Number formatting that prints what Python's format specs print, so the command line can
 * reproduce the article's program byte for byte.
 *
 * `formatFixed(x, n)` is f"{x:.nf}": the exact binary value of the double is rounded to n
 * decimals with ties to even. JavaScript's toFixed differs on exact ties (0.125.toFixed(2)
 * is "0.13", Python prints "0.12") and switches to exponent notation from 1e21 upwards, so
 * the rounding here is done on the exact value with BigInt arithmetic instead.
 */

const SCRATCH = new DataView(new ArrayBuffer(8));

/** The double as sign · mantissa · 2^exponent, with an integer mantissa (finite input). */
function decompose(value: number): { negative: boolean; mantissa: bigint; exponent: number } {
  SCRATCH.setFloat64(0, value);
  const bits = SCRATCH.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  if (biased === 0) return { negative, mantissa: fraction, exponent: -1074 };
  return { negative, mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** Python's f"{value:.{digits}f}": exact value, round half to even, "-0.00", "nan", "inf". */
export function formatFixed(value: number, digits: number): string {
  if (!Number.isInteger(digits) || digits < 0) {
    throw new RangeError(`formatFixed: digits must be a whole number >= 0, got ${digits}`);
  }
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';

  const { negative, mantissa, exponent } = decompose(value);
  const scale = 10n ** BigInt(digits);
  // value · 10^digits = numerator / denominator, exactly.
  let numerator = mantissa * scale;
  let denominator = 1n;
  if (exponent >= 0) numerator <<= BigInt(exponent);
  else denominator <<= BigInt(-exponent);

  let scaled = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && scaled % 2n === 1n)) {
    scaled += 1n;
  }

  let text = scaled.toString();
  if (digits > 0) {
    text = text.padStart(digits + 1, '0');
    text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }
  // Python keeps the sign of negative values that round to zero, and of -0.0.
  return negative ? `-${text}` : text;
}

/** Python's f"{value:{width}d}": an integer right-aligned in `width` characters. */
export function formatInt(value: number | bigint, width: number): string {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new RangeError(`formatInt: expected an integer, got ${value}`);
  }
  return BigInt(value).toString().padStart(width, ' ');
}
