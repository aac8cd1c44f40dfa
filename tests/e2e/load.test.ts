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
  type LoadFigures,
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
/** A projector's screen: the learner's page is widest there (its own rules from 100 rem). */
const PROJECTOR = { width: 1920, height: 1080 } as const;

/**
 * The targets (README, "The first visit"). Layout shift and JavaScript are asserted; the timing
 * targets (LCP, no long task over 50 ms, a linked lesson ready within 1 s) are reported as met or
 * not, and asserted only loosely.
 */
const TARGET = { cls: 0.05, jsKb: 150, lcpMs: 1000, linkedReadyMs: 1000 };
/** Loose bounds for timings: far above the targets, so only a real regression trips them. */
const LOOSE = { lcpMs: 5000, cpuLongestTaskMs: 500, linkedReadyMs: 10_000 };

/**
 * Each visit is made this many times (a fresh context each), and every run is reported; one
 * more visit per size is traced for the CPU time of its tasks.
 */
const RUNS = 3;

/**
 * One first visit: a fresh context, Play pressed 300 ms after the first paint, 5 s after load.
 * `traced` records each main-thread task's CPU time too (a visit of its own: see load-probe.ts).
 */
async function firstVisit(viewport: { width: number; height: number }, traced: boolean) {
  const context = await browser.newContext({ viewport });
  await installLoadObservers(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts = recordScripts(page);
  if (traced) await startTaskTrace(browser, page);
  const loadAtStart = loadAverage();
  await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
  const playMs = await pressPlayAfterFirstPaint(page, 300);
  await page.waitForLoadState('load');
  // The measured window: until 5 s after the load event (a stimulus, not an assertion).
  await page.waitForTimeout(5000);
  const cpuTasksMs = traced ? await stopTaskTrace(browser) : null;
  const result = await readLoadFigures(page, inject('distDir'), scripts, { playMs, cpuTasksMs });
  // Play was answered: the run moved.
  await expect
    .poll(async () =>
      Number(await page.locator('output[aria-label="Epoch"]').first().textContent()),
    )
    .toBeGreaterThan(0);
  await context.close();
  return { result: { ...result, loadAverage: loadAtStart }, errors };
}

/** The worst of the runs, for the summary line (each run is in the figures file too). */
function worstOf(runs: LoadFigures[]) {
  return {
    cls: Math.max(...runs.map((run) => run.cls)),
    longTasks: Math.max(...runs.map((run) => run.longTasks)),
    longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
    jsKb: Math.max(...runs.map((run) => run.jsKb)),
    lcpMs: Math.max(...runs.map((run) => run.lcpMs)),
  };
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

describe('load probe', () => {
  it(`first visit at a projector's ${PROJECTOR.width}×${PROJECTOR.height}: no layout shift either`, async () => {
    // The wide page's rules once waited for the app to set the mode: a shift of 0.30.
    const { result, errors } = await firstVisit(PROJECTOR, false);
    console.log(`[load-probe] projector: ${JSON.stringify(result)}`);
    figures.projector = result;
    expect(errors).toEqual([]);
    expect(result.cls).toBeLessThanOrEqual(TARGET.cls);
  });

  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`first visit at ${viewport.width}×${viewport.height}, ${RUNS} times: Play 300 ms after the first paint`, async () => {
      const runs: LoadFigures[] = [];
      // The measured visits, then one traced visit for the tasks' CPU time.
      for (let run = 0; run <= RUNS; run += 1) {
        const traced = run === RUNS;
        const { result, errors } = await firstVisit(viewport, traced);
        const label = traced ? 'traced visit' : `run ${run + 1}`;
        console.log(`[load-probe] ${name} ${label}: ${JSON.stringify(result)}`);
        expect(errors).toEqual([]);
        expect(result.cls).toBeLessThanOrEqual(TARGET.cls);
        expect(result.jsKb).toBeLessThanOrEqual(TARGET.jsKb);
        expect(result.intlCalls, `Intl used on the first visit: ${result.intlFirstCaller}`).toBe(0);
        expect(result.lcpMs).toBeGreaterThan(0);
        expect(result.lcpMs).toBeLessThan(LOOSE.lcpMs);
        if (traced) {
          expect(result.cpuLongestTaskMs).toBeLessThan(LOOSE.cpuLongestTaskMs);
          figures[`${name}Traced`] = result;
        } else runs.push(result);
      }
      const worst = worstOf(runs);
      figures[name] = { worst, runs };
      console.log(
        `[load-probe] ${name}, worst of ${RUNS}: CLS ${worst.cls} (${verdict(worst.cls <= TARGET.cls)}), ` +
          `long tasks ${worst.longTasks}, longest ${worst.longestTaskMs} ms (${verdict(worst.longTasks === 0)}), ` +
          `JS before scrolling ${worst.jsKb} KB (${verdict(worst.jsKb <= TARGET.jsKb)}), ` +
          `LCP ${worst.lcpMs} ms (${verdict(worst.lcpMs <= TARGET.lcpMs)})`,
      );
    });
  }

  it(`a link to a lesson further down shows that lesson, ready, soon after load (${RUNS} times)`, async () => {
    const runs: { readyMs: number; loadEventMs: number; readyAfterLoadMs: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: SIZES.desktop });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
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
      runs.push({ readyMs, loadEventMs: loadMs, readyAfterLoadMs: readyMs - loadMs });
      expect(errors).toEqual([]);
      expect(readyMs).toBeLessThan(LOOSE.linkedReadyMs);
      await context.close();
    }
    const slowest = Math.max(...runs.map((run) => run.readyMs));
    figures.linkedLesson = { slowestReadyMs: slowest, runs, loadAverage: loadAverage() };
    console.log(
      `[load-probe] linked lesson, ready after navigation: ${runs.map((run) => run.readyMs).join(', ')} ms ` +
        `(${verdict(slowest <= TARGET.linkedReadyMs)})`,
    );
  });
});
