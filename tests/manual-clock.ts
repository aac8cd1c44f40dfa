/**
 * A clock for engine tests: time moves only when the test advances it, and the work an
 * engine schedules runs when its time comes, in the order it was scheduled.
 */
export class ManualClock {
  time = 0;
  private tasks: { due: number; order: number; fn: () => void }[] = [];
  private order = 0;

  now(): number {
    return this.time;
  }

  schedule(fn: () => void, ms: number): void {
    this.tasks.push({ due: this.time + ms, order: this.order++, fn });
  }

  /** Moves time forward by `ms`, running each task that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (let guard = 0; guard < 1_000_000; guard++) {
      this.tasks.sort((a, b) => a.due - b.due || a.order - b.order);
      const next = this.tasks[0];
      if (next === undefined || next.due > end) break;
      this.tasks.shift();
      this.time = Math.max(this.time, next.due);
      next.fn();
    }
    this.time = end;
  }
}
