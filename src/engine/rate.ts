/**
 * How many weight updates a playing run really makes per second, measured on the engine's own
 * clock over about the last second. It is what the loop diagram prints when the cycle spins too
 * fast to follow, so it must be the rate achieved, not the one asked for (a slow machine or a
 * large network falls behind the chosen speed).
 */
export const RATE_WINDOW_MS = 1000;

export class RateMeter {
  private times: number[] = [];
  private counts: number[] = [];

  /** Starts measuring from this moment and count (the run begins to play). */
  start(now: number, count: number): void {
    this.times = [now];
    this.counts = [count];
  }

  stop(): void {
    this.times = [];
    this.counts = [];
  }

  /**
   * Records a reading and returns the rate per second since the oldest reading kept (at least
   * RATE_WINDOW_MS old once the run has played that long); null before any time has passed.
   */
  read(now: number, count: number): number | null {
    if (this.times.length === 0) return null;
    this.times.push(now);
    this.counts.push(count);
    while (this.times.length > 2 && now - (this.times[1] as number) >= RATE_WINDOW_MS) {
      this.times.shift();
      this.counts.shift();
    }
    const elapsed = now - (this.times[0] as number);
    if (!(elapsed > 0)) return null;
    return ((count - (this.counts[0] as number)) * 1000) / elapsed;
  }
}
