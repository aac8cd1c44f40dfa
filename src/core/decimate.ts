/**
 * The lab's one rule for thinning a series: split it into buckets of consecutive points and
 * keep, per bucket, its lowest and its highest finite value (so a spike or the minimum is
 * never averaged away) and its first non-finite value (so the point where a run diverged and
 * its line stops survives). Ties go to the earlier point, so results are stable.
 *
 * The engine thins the epochs it posts with it, the store keeps a bounded history with it (as
 * a stream of buckets it merges), and the charts thin what they draw with it.
 */

/** A bucket of consecutive points, summarised. An x of NaN means "no such point". */
export interface Bucket {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** The first non-finite value (NaN or ±Infinity) and where it is. */
  gapX: number;
  gapY: number;
  /** Points folded into the bucket, kept or not. */
  count: number;
}

export function emptyBucket(): Bucket {
  return { minX: NaN, minY: NaN, maxX: NaN, maxY: NaN, gapX: NaN, gapY: NaN, count: 0 };
}

/** Folds the point (x, y), which comes after every point already in `bucket`. */
export function addPoint(bucket: Bucket, x: number, y: number): void {
  bucket.count++;
  if (!Number.isFinite(y)) {
    if (Number.isNaN(bucket.gapX)) {
      bucket.gapX = x;
      bucket.gapY = y;
    }
    return;
  }
  if (Number.isNaN(bucket.minX) || y < bucket.minY) {
    bucket.minX = x;
    bucket.minY = y;
  }
  if (Number.isNaN(bucket.maxX) || y > bucket.maxY) {
    bucket.maxX = x;
    bucket.maxY = y;
  }
}

/** Folds `later` (every point of it after those of `into`) into `into`. */
export function mergeBuckets(into: Bucket, later: Bucket): void {
  if (!Number.isNaN(later.minX) && (Number.isNaN(into.minX) || later.minY < into.minY)) {
    into.minX = later.minX;
    into.minY = later.minY;
  }
  if (!Number.isNaN(later.maxX) && (Number.isNaN(into.maxX) || later.maxY > into.maxY)) {
    into.maxX = later.maxX;
    into.maxY = later.maxY;
  }
  if (Number.isNaN(into.gapX)) {
    into.gapX = later.gapX;
    into.gapY = later.gapY;
  }
  into.count += later.count;
}

/** How many points a bucket keeps (0 to 3): a flat bucket's minimum is also its maximum. */
export function keptCount(bucket: Bucket): number {
  return (
    (Number.isNaN(bucket.minX) ? 0 : 1) +
    (Number.isNaN(bucket.maxX) || bucket.maxX === bucket.minX ? 0 : 1) +
    (Number.isNaN(bucket.gapX) ? 0 : 1)
  );
}

/**
 * Writes the bucket's kept points in x order into `xs`/`ys` from `at`; returns how many. It
 * allocates nothing: a chart reads every bucket of a long run several times a second.
 */
export function writeKept(bucket: Bucket, xs: Float64Array, ys: Float64Array, at: number): number {
  let n = 0;
  const put = (x: number, y: number) => {
    // Insertion by x into the (at most three) points written so far.
    let i = at + n;
    while (i > at && (xs[i - 1] as number) > x) {
      xs[i] = xs[i - 1] as number;
      ys[i] = ys[i - 1] as number;
      i--;
    }
    xs[i] = x;
    ys[i] = y;
    n++;
  };
  if (!Number.isNaN(bucket.minX)) put(bucket.minX, bucket.minY);
  if (!Number.isNaN(bucket.maxX) && bucket.maxX !== bucket.minX) put(bucket.maxX, bucket.maxY);
  if (!Number.isNaN(bucket.gapX)) put(bucket.gapX, bucket.gapY);
  return n;
}

/** The indices the rule keeps of `ys[from … to)`, ascending (empty for an empty range). */
export function keptIndices(ys: ArrayLike<number>, from: number, to: number): number[] {
  const bucket = emptyBucket();
  for (let i = from; i < to; i++) addPoint(bucket, i, ys[i] as number);
  const xs = new Float64Array(3);
  const n = writeKept(bucket, xs, new Float64Array(3), 0);
  return Array.from(xs.subarray(0, n));
}

/**
 * How many equal buckets `decimateIndices` splits n points into for a budget of `maxPoints`:
 * each bucket keeps up to 2 points (3 when the series has a non-finite value), and the first
 * and last point are kept on top.
 */
export function bucketsFor(maxPoints: number, hasGap: boolean): number {
  return Math.max(1, Math.floor((maxPoints - 2) / (hasGap ? 3 : 2)));
}

/** Bucket b of `buckets` over n points is [bucketStart(b), bucketStart(b + 1)). */
export function bucketStart(b: number, buckets: number, n: number): number {
  return Math.floor((b * n) / buckets);
}

/** The smallest budget `decimateIndices` keeps to: 2 per bucket (3 with gaps) and both ends. */
export const MIN_BUDGET = 5;

/**
 * The indices of at most `maxPoints` (≥ MIN_BUDGET) of the first `n` values to draw or post,
 * ascending: all of them when they fit; otherwise the first, the last and each bucket's kept
 * points.
 */
export function decimateIndices(ys: ArrayLike<number>, n: number, maxPoints: number): Int32Array {
  if (n <= maxPoints) return Int32Array.from({ length: n }, (_, i) => i);
  if (!(maxPoints >= MIN_BUDGET)) {
    throw new RangeError(`a budget of at least ${MIN_BUDGET} points is needed, got ${maxPoints}`);
  }
  let hasGap = false;
  for (let i = 0; i < n && !hasGap; i++) hasGap = !Number.isFinite(ys[i] as number);
  const buckets = bucketsFor(maxPoints, hasGap);
  const kept: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    for (const i of keptIndices(ys, bucketStart(b, buckets, n), bucketStart(b + 1, buckets, n))) {
      if (i !== kept[kept.length - 1]) kept.push(i);
    }
  }
  if (kept[kept.length - 1] !== n - 1) kept.push(n - 1);
  return Int32Array.from(kept);
}
