/**
 * The load probe: what a first visit costs, at a desktop and a phone size, printed and merged
 * into test-results/performance.json. It asserts the facts that do not depend on the machine
 * tightly (layout shift, JavaScript before scrolling, no Intl on the way) and the timings only
 * loosely: on a shared machine another process can stretch any task, so a timing gate would
 * fail at random. The true figures are reported either way; the targets are in the README.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import {
  installLoadObservers,
  pressPlayAfterFirstPaint,
  readLoadFigures,
  recordScripts,
  startTaskTrace,
  stopTaskTrace,
} from './load-probe';
import { mergeFigures } from './figures';

let browser: Browser;
const figures: Record<string, unknown> = {};

/** The machine's load when a figure was taken (Linux), so a reader can judge the timings. */
function loadAverage(): number | null {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  mergeFigures({ load: figures });
  console.log(`[load-probe] ${JSON.stringify(figures)}`);
});

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * The gated targets (README, "The first visit"). The timing targets (LCP ≤ 1 s, no long task
 * over 50 ms, a linked lesson ready within 1 s) are reported, and bounded only loosely.
 */
const TARGET = { cls: 0.05, jsKb: 150 };
/** Loose bounds for timings: far above the targets, so only a real regression trips them. */
const LOOSE = { lcpMs: 5000, cpuLongestTaskMs: 500, linkedReadyMs: 10_000 };

describe('load probe', () => {
  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`first visit at ${viewport.width}×${viewport.height}: Play 300 ms after the first paint`, async () => {
      const context = await browser.newContext({ viewport });
      await installLoadObservers(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const scripts = recordScripts(page);
      await startTaskTrace(browser, page);
      const loadAtStart = loadAverage();
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      const playMs = await pressPlayAfterFirstPaint(page, 300);
      await page.waitForLoadState('load');
      // The measured window: until 5 s after the load event (a stimulus, not an assertion).
      await page.waitForTimeout(5000);
      const cpuTasksMs = await stopTaskTrace(browser);
      const result = await readLoadFigures(page, inject('distDir'), scripts, {
        playMs,
        cpuTasksMs,
      });
      figures[name] = { ...result, loadAverage: loadAtStart };
      console.log(`[load-probe] ${name}: ${JSON.stringify(figures[name])}`);

      // Play was answered: the run moved.
      await expect
        .poll(async () =>
          Number(await page.locator('output[aria-label="Epoch"]').first().textContent()),
        )
        .toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(result.cls).toBeLessThanOrEqual(TARGET.cls);
      expect(result.jsKb).toBeLessThanOrEqual(TARGET.jsKb);
      expect(result.intlCalls, `Intl used on the first visit: ${result.intlFirstCaller}`).toBe(0);
      expect(result.lcpMs).toBeGreaterThan(0);
      expect(result.lcpMs).toBeLessThan(LOOSE.lcpMs);
      expect(result.cpuLongestTaskMs).toBeLessThan(LOOSE.cpuLongestTaskMs);
      await context.close();
    });
  }

  it('a link to a lesson further down shows that lesson, ready, soon after load', async () => {
    const context = await browser.newContext({ viewport: SIZES.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const loadAtStart = loadAverage();
    await page.goto(`${inject('baseUrl')}#overfitting`, { waitUntil: 'commit' });
    const { readyMs, loadMs } = await page.evaluate(
      () =>
        new Promise<{ readyMs: number; loadMs: number }>((resolve) => {
          const check = () => {
            const section = document.getElementById('overfitting');
            const top = section?.getBoundingClientRect().top;
            const loaded =
              section !== null &&
              section.querySelector('.lesson-pending') === null &&
              section.querySelector('.placeholder') === null;
            if (loaded && top !== undefined && top >= 0 && top < innerHeight) {
              const readyMs = Math.round(performance.now());
              // The load event has happened by now on any reasonable run; if not, it is later.
              const navigation = performance.getEntriesByType('navigation')[0] as
                PerformanceNavigationTiming | undefined;
              resolve({ readyMs, loadMs: Math.round(navigation?.loadEventStart || readyMs) });
            } else requestAnimationFrame(check);
          };
          check();
        }),
    );
    figures.linkedLesson = {
      readyMs,
      loadEventMs: loadMs,
      readyAfterLoadMs: readyMs - loadMs,
      loadAverage: loadAtStart,
    };
    console.log(`[load-probe] linked lesson: ${JSON.stringify(figures.linkedLesson)}`);
    expect(errors).toEqual([]);
    expect(readyMs).toBeLessThan(LOOSE.linkedReadyMs);
    await context.close();
  });
});
