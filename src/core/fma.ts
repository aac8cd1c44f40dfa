/**
 * Fused multiply-add, a·b + c rounded once, in plain JavaScript. numpy's dot product runs
 * on OpenBLAS, whose kernels accumulate with hardware FMA: dot([x0, x1], [w0, w1]) is
 * fma(x1, w1, x0·w0). Matching the article's program bit for bit needs the same rounding.
 *
 * Method: the product is split exactly (Veltkamp/Dekker two-product), the three parts are
 * summed with error-free two-sums, and the one case where two roundings could differ from
 * one (an exact tie that a tiny remainder breaks) is corrected explicitly.
 */
const SPLITTER = 134217729; // 2^27 + 1

const TWO_996 = 2 ** 996;
const SCALE_DOWN = 2 ** -200;
const SCALE_UP = 2 ** 200;

export function fma(a: number, b: number, c: number): number {
  const product = a * b;
  // Common case first, kept small so V8 inlines it: finite, moderate operands.
  const absA = Math.abs(a);
  const absB = Math.abs(b);
  if (
    absA <= TWO_996 &&
    absB <= TWO_996 &&
    Math.abs(product) <= TWO_996 &&
    Math.abs(c) <= Number.MAX_VALUE &&
    product !== 0
  ) {
    return fmaModerate(a, b, c);
  }
  return fmaRare(a, b, c, product);
}

function fmaRare(a: number, b: number, c: number, product: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || product === 0) {
    return product + c;
  }
  if (!(Math.abs(product) <= TWO_996)) {
    // Near overflow: compute with a scaled by 2^-200 (exact; a·b keeps it far from the
    // subnormals), then scale back (exact, or ±Infinity exactly when the true result
    // overflows). Only the sign of a c that scaling flushes to zero can matter: keep it.
    if (Math.abs(a) < Math.abs(b)) [a, b] = [b, a];
    // Beyond 2^1026 no finite c can bring the sum back below the overflow threshold.
    if (!(Math.abs(a * SCALE_DOWN * b) <= 2 ** 826)) return product + c;
    const scaledC = c * SCALE_DOWN;
    return (
      fmaModerate(a * SCALE_DOWN, b, scaledC === 0 ? Math.sign(c) * Number.MIN_VALUE : scaledC) *
      SCALE_UP
    );
  }
  // Veltkamp splitting overflows for operands above ~2^996; the product is at most 2^996
  // here, so the other operand is small: move 2^500 from the large one to it (exact).
  if (Math.abs(a) > TWO_996) {
    a *= 2 ** -500;
    b *= 2 ** 500;
  } else if (Math.abs(b) > TWO_996) {
    b *= 2 ** -500;
    a *= 2 ** 500;
  }
  return fmaModerate(a, b, c);
}

/** fma for finite a, b, c with a nonzero product and operands below 2^996. */
function fmaModerate(a: number, b: number, c: number): number {
  const product = a * b;
  // Exact product: a·b = product + productError.
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  const productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  // Exact sum: product + c = sum + sumError.
  const sum = product + c;
  const bv = sum - product;
  const sumError = product - (sum - bv) + (c - bv);
  // Exact: sumError + productError = tail + tailError.
  const tail = sumError + productError;
  const tv = tail - sumError;
  const tailError = sumError - (tail - tv) + (productError - tv);
  // Exact: sum + tail = result + resultError.
  const result = sum + tail;
  const rv = result - sum;
  const resultError = sum - (result - rv) + (tail - rv);
  if (
    tailError !== 0 &&
    resultError !== 0 &&
    result + 2 * resultError - result === 2 * resultError
  ) {
    // The rounding of sum + tail was an exact tie; the remainder decides its direction.
    if (tailError > 0 === resultError > 0) return result + 2 * resultError;
  }
  return result;
}
