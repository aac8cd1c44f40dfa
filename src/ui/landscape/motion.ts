/**
 * How a ball moves along its path, frame by frame. A ball sits at a fractional point index:
 * 2.5 is halfway between the third and fourth points. Pure functions of time, so the canvas
 * can animate without React re-rendering.
 */

/** Index of a path's last point (-1 for an empty path). */
export function lastIndex(points: Float64Array): number {
  return (points.length >> 1) - 1;
}

/** The point at fractional index `at` (clamped to the path), or null for an empty path. */
export function pointAlong(points: Float64Array, at: number): [number, number] | null {
  const last = lastIndex(points);
  if (last < 0) return null;
  const clamped = Math.min(last, Math.max(0, at));
  const k = Math.floor(clamped);
  const f = clamped - k;
  const x = points[2 * k] as number;
  const y = points[2 * k + 1] as number;
  if (f === 0 || k >= last) return [x, y];
  return [x + ((points[2 * k + 2] as number) - x) * f, y + ((points[2 * k + 3] as number) - y) * f];
}

/** Time constant of the glide towards new points, in milliseconds. */
const GLIDE_MS = 140;
/** The slowest a gliding ball moves, in points per millisecond (so it never crawls forever). */
const MIN_GLIDE_SPEED = 0.02;

/**
 * Moves a displayed ball towards its target index: it rolls through every point in between,
 * quickly when far behind; a target behind the ball (a path that restarted) is a jump.
 */
export function glide(shown: number, target: number, elapsedMs: number): number {
  if (!(target > shown)) return target;
  const gap = target - shown;
  const step = Math.max(gap * (1 - Math.exp(-elapsedMs / GLIDE_MS)), MIN_GLIDE_SPEED * elapsedMs);
  return step >= gap - 1e-3 ? target : shown + step;
}

/** A replay moves every ball from its start to its target at one point per equal slice of time. */
export function replayIndex(target: number, elapsedMs: number, durationMs: number): number {
  if (!(durationMs > 0)) return target;
  return target * Math.min(1, Math.max(0, elapsedMs / durationMs));
}
