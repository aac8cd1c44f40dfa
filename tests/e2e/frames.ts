/** Frame-rate and long-task measurement for the performance probes. */
import type { Page } from 'playwright-core';

/** Counts animation frames and long tasks on the main thread for `seconds`. */
export async function measureFrames(page: Page, seconds: number) {
  return page.evaluate(async (duration) => {
    const start = performance.now();
    const longTasks: number[] = [];
    const longTaskStarts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push(entry.duration);
        longTaskStarts.push(Math.round(entry.startTime - start));
      }
    });
    observer.observe({ type: 'longtask', buffered: false });
    let frames = 0;
    let worstGap = 0;
    let last = start;
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        frames++;
        worstGap = Math.max(worstGap, now - last);
        last = now;
        if (now - start < duration * 1000) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    const elapsed = (performance.now() - start) / 1000;
    return {
      fps: frames / elapsed,
      worstFrameGapMs: worstGap,
      longTasks: longTasks.length,
      longestTaskMs: longTasks.length === 0 ? 0 : Math.max(...longTasks),
      /** When each long task began, in ms from the start of the measurement. */
      longTaskStartsMs: longTaskStarts,
    };
  }, seconds);
}

/**
 * The page first loads and mounts twelve lazy lessons (parsing chunks, first renders); the
 * probe measures what training costs, so it starts once that has settled.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
}
