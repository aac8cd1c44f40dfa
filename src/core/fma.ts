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

export function fma(a: number, b: number, c: number): number {
  const product = a * b;
  if (
    !Number.isFinite(product) ||
    !Number.isFinite(c) ||
    product === 0 ||
    Math.abs(product) > 1e300
  ) {
    return product + c;
  }
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
