/**
 * A metric's history with bounded memory, so a run of a million epochs can be charted for as
 * long as the tab stays open. The recent past is exact, and so is an optional head (a run's
 * first epochs, where most of its story happens: the outcome labels date events there); the
 * rest is decimated by the lab's rule (core/decimate.ts) into buckets that keep their lowest
 * and highest point, so a spike (or the global minimum) is never averaged away, plus the first
 * non-finite one, so a chart still shows where the line stopped.
 */
import {
  addPoint,
  emptyBucket,
  keptCount,
  mergeBuckets,
  writeKept,
  type Bucket,
} from '../core/decimate';

/** The open bucket may add up to this many points on top of the closed ones. */
const OPEN_BUCKET_POINTS = 3;
const MIN_CAPACITY = 16;

export class BoundedSeries {
  readonly capacity: number;
  private readonly tailX: Float64Array;
  private readonly tailY: Float64Array;
  private readonly pastBudget: number;
  private readonly headX: Float64Array;
  private readonly headY: Float64Array;
  private headLength = 0;
  private tailStart = 0;
  private tailLength = 0;
  private buckets: Bucket[] = [];
  private pastPoints = 0;
  private open: Bucket | null = null;
  /** Raw points per bucket; doubles at each compaction. */
  private bucketSize = 1;
  private pushed = 0;
  private lastX = NaN;
  private lastY = NaN;
  private cache: { x: Float64Array; y: Float64Array } | null = null;

  /**
   * Keeps at most `head` + `capacity` points: the first `head` and the last ⌊capacity/2⌋
   * exactly, the rest decimated.
   */
  constructor(capacity = 4000, head = 0) {
    if (!Number.isInteger(capacity) || capacity < MIN_CAPACITY) {
      throw new RangeError(`capacity must be an integer ≥ ${MIN_CAPACITY}, got ${capacity}`);
    }
    if (!Number.isInteger(head) || head < 0) {
      throw new RangeError(`head must be a whole number ≥ 0, got ${head}`);
    }
    this.capacity = capacity;
    this.headX = new Float64Array(head);
    this.headY = new Float64Array(head);
    const tail = Math.floor(capacity / 2);
    this.tailX = new Float64Array(tail);
    this.tailY = new Float64Array(tail);
    this.pastBudget = capacity - tail;
  }

  /**
   * Appends a point. x must not decrease: a smaller x means the run restarted, so the series
   * starts over. A non-finite x cannot be placed on an axis and is ignored.
   */
  push(x: number, y: number): void {
    if (!Number.isFinite(x)) return;
    if (x < this.lastX) this.clear();
    this.cache = null;
    this.pushed++;
    this.lastX = x;
    this.lastY = y;
    if (this.headLength < this.headX.length) {
      this.headX[this.headLength] = x;
      this.headY[this.headLength] = y;
      this.headLength++;
      return;
    }
    const size = this.tailX.length;
    if (this.tailLength === size) {
      const i = this.tailStart;
      this.addToPast(this.tailX[i] as number, this.tailY[i] as number);
      this.tailStart = (i + 1) % size;
      this.tailLength--;
    }
    const at = (this.tailStart + this.tailLength) % size;
    this.tailX[at] = x;
    this.tailY[at] = y;
    this.tailLength++;
  }

  pushMany(xs: Float64Array, ys: Float64Array): void {
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i++) this.push(xs[i] as number, ys[i] as number);
  }

  /** The kept points in x order. The arrays are shared until the next push: do not mutate. */
  points(): { x: Float64Array; y: Float64Array } {
    if (this.cache) return this.cache;
    const x = new Float64Array(this.length);
    const y = new Float64Array(x.length);
    x.set(this.headX.subarray(0, this.headLength));
    y.set(this.headY.subarray(0, this.headLength));
    let at = this.headLength;
    for (const b of this.buckets) at += writeKept(b, x, y, at);
    if (this.open) at += writeKept(this.open, x, y, at);
    for (let k = 0; k < this.tailLength; k++) {
      const i = (this.tailStart + k) % this.tailX.length;
      x[at] = this.tailX[i] as number;
      y[at] = this.tailY[i] as number;
      at++;
    }
    this.cache = { x, y };
    return this.cache;
  }

  /** Number of kept points (what `points()` returns), at most `head` + `capacity`. */
  get length(): number {
    const open = this.open ? keptCount(this.open) : 0;
    return this.headLength + this.pastPoints + open + this.tailLength;
  }

  /** Number of points pushed since the last clear, kept or not. */
  get count(): number {
    return this.pushed;
  }

  get last(): { x: number; y: number } | null {
    return this.pushed === 0 ? null : { x: this.lastX, y: this.lastY };
  }

  clear(): void {
    this.headLength = 0;
    this.tailStart = 0;
    this.tailLength = 0;
    this.buckets = [];
    this.pastPoints = 0;
    this.open = null;
    this.bucketSize = 1;
    this.pushed = 0;
    this.lastX = NaN;
    this.lastY = NaN;
    this.cache = null;
  }

  private addToPast(x: number, y: number): void {
    this.open ??= emptyBucket();
    addPoint(this.open, x, y);
    if (this.open.count < this.bucketSize) return;
    this.buckets.push(this.open);
    this.pastPoints += keptCount(this.open);
    this.open = null;
    while (this.pastPoints > this.pastBudget - OPEN_BUCKET_POINTS && this.buckets.length > 1) {
      this.compact();
    }
  }

  /** Merges neighbouring buckets pairwise, halving the past's resolution. */
  private compact(): void {
    const merged: Bucket[] = [];
    for (let i = 0; i < this.buckets.length; i += 2) {
      const a = this.buckets[i] as Bucket;
      const b = this.buckets[i + 1];
      if (b) mergeBuckets(a, b);
      merged.push(a);
    }
    this.buckets = merged;
    this.pastPoints = merged.reduce((sum, b) => sum + keptCount(b), 0);
    this.bucketSize *= 2;
  }
}
