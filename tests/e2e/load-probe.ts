/**
 * Page-load measurements for the load probe: layout shift, long tasks and the largest paint,
 * observed from the first script on the page (an init script, so nothing is missed), the
 * JavaScript the page fetched, sized as gzip from the build itself, and a Chromium trace of
 * the page's main thread, which gives each long task's CPU time.
 *
 * Why CPU time as well: a long task is wall-clock time, and on a shared 2-core machine another
 * process can stretch a 20 ms task to 200 ms. The CPU time of the same task says what the
 * page itself spent, so it is the figure to compare between runs. The trace is taken on a visit
 * of its own: tracing makes the browser record every task, which stretches the wall clock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface LoadFigures {
  /** Cumulative layout shift from navigation until the end of the measurement. */
  cls: number;
  longTasks: number;
  longestTaskMs: number;
  /** Each long task as [start, duration], in ms after navigation. */
  longTasksMs: [number, number][];
  /**
   * Main-thread tasks that used more than 50 ms of CPU, and the most any task used: null for a
   * visit made without the trace (the tracer's own work would stretch the wall-clock figures).
   */
  cpuLongTasks: number | null;
  cpuLongestTaskMs: number | null;
  lcpMs: number;
  fcpMs: number;
  /** When Play was pressed, in ms after navigation. */
  playMs: number;
  /** Calls into Intl (its first use sets up ICU: one task of ~100 ms on a slow machine). */
  intlCalls: number;
  intlFirstCaller: string;
  /** JavaScript fetched (gzip KB of the built files) and how many files. */
  jsKb: number;
  jsFiles: number;
}

const PROBE = '__loadProbe';

interface PageProbe {
  cls: number;
  longTasks: [number, number][];
  lcp: number;
  fcp: number;
  intl: number;
  intlFirst: string;
}

/** Starts observing before any of the page's own scripts run. */
export async function installLoadObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    const probe = {
      cls: 0,
      longTasks: [] as [number, number][],
      lcp: 0,
      fcp: 0,
      intl: 0,
      intlFirst: '',
    };
    Object.defineProperty(globalThis, key, { value: probe });
    const watch = (type: string, take: (entry: PerformanceEntry) => void) => {
      try {
        new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
          type,
          buffered: true,
        });
      } catch {
        // An entry type this browser lacks: that figure stays 0.
      }
    };
    watch('layout-shift', (entry) => {
      const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
      if (!shift.hadRecentInput) probe.cls += shift.value;
    });
    watch('longtask', (entry) => probe.longTasks.push([entry.startTime, entry.duration]));
    watch('largest-contentful-paint', (entry) => {
      probe.lcp = entry.startTime;
    });
    watch('paint', (entry) => {
      if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
    });
    // Counts the calls that need ICU. A proxy forwards everything else (statics, prototypes,
    // `new`), so the page sees the same functions.
    const count = <T extends object>(owner: T, name: keyof T) => {
      const noteCall = () => {
        probe.intl += 1;
        if (probe.intlFirst === '') probe.intlFirst = (new Error().stack ?? '').slice(0, 400);
      };
      const original = owner[name] as unknown as (...args: unknown[]) => unknown;
      const counted = new Proxy(original, {
        apply(target, self, args) {
          noteCall();
          return Reflect.apply(target, self, args);
        },
        construct(target, args, newTarget) {
          noteCall();
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
      Object.defineProperty(owner, name, { value: counted, writable: true, configurable: true });
    };
    count(Number.prototype, 'toLocaleString');
    count(Date.prototype, 'toLocaleString');
    count(Date.prototype, 'toLocaleDateString');
    count(Date.prototype, 'toLocaleTimeString');
    count(String.prototype, 'localeCompare');
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator'] as const) {
      count(Intl, name);
    }
  }, PROBE);
}

/**
 * Presses Play `delayMs` after the first contentful paint, as a person would: a mouse click at
 * the button's place. (Playwright's role locator would first run an accessibility query over
 * the whole page on its main thread, 80–270 ms on the shared machine, which no reader's click
 * costs.) Returns when it pressed, in ms after navigation.
 */
export async function pressPlayAfterFirstPaint(page: Page, delayMs: number): Promise<number> {
  const [x, y, pressedAt] = await page.evaluate(
    (delay) =>
      new Promise<[number, number, number]>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint === undefined) return;
          observer.disconnect();
          setTimeout(
            () => {
              const box = document
                .querySelector('button[aria-label="Play"]')
                ?.getBoundingClientRect();
              resolve(
                box === undefined
                  ? [-1, -1, 0]
                  : [box.x + box.width / 2, box.y + box.height / 2, performance.now()],
              );
            },
            Math.max(0, paint.startTime + delay - performance.now()),
          );
        }).observe({ type: 'paint', buffered: true });
      }),
    delayMs,
  );
  if (x < 0) throw new Error('no Play button on the first screen');
  await page.mouse.click(x, y);
  return Math.round(pressedAt);
}

/** Records every JavaScript file the page (and its workers) fetch. */
export function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) urls.push(pathname);
  });
  return urls;
}

export function gzipKbOf(distDir: string, pathnames: readonly string[]): number {
  let bytes = 0;
  for (const pathname of new Set(pathnames)) {
    const file = path.join(distDir, pathname.replace(/^.*?\/assets\//, 'assets/'));
    try {
      bytes += gzipSync(readFileSync(file)).length;
    } catch {
      // Not a built file (a service worker, say): not part of the app's JavaScript.
    }
  }
  return bytes / 1024;
}

/** Starts a Chromium trace of the page's tasks (one trace at a time per browser). */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Stops the trace and reads each top-level task's CPU time on the renderer main thread that
 * committed the http(s) page, from that commit on.
 */
export async function stopTaskTrace(browser: Browser): Promise<number[]> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  // Recorded on the main thread of the renderer that shows the page.
  const commit = traceEvents.findLast(
    (event) => event.name === 'CommitLoad' && /^https?:/.test(event.args?.data?.url ?? ''),
  );
  if (commit === undefined) throw new Error('the trace holds no commit of the page');
  return traceEvents
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask' &&
        event.pid === commit.pid &&
        event.tid === commit.tid &&
        event.ts + (event.dur ?? 0) >= commit.ts,
    )
    .map((task) => (task.tdur ?? 0) / 1000);
}

export async function readLoadFigures(
  page: Page,
  distDir: string,
  scripts: readonly string[],
  extra: { playMs: number; cpuTasksMs: number[] | null },
): Promise<LoadFigures> {
  const probe = await page.evaluate(
    (key) => (globalThis as unknown as Record<string, PageProbe>)[key]!,
    PROBE,
  );
  const durations = probe.longTasks.map(([, duration]) => duration);
  const cpuTasks = extra.cpuTasksMs;
  return {
    cls: Number(probe.cls.toFixed(4)),
    longTasks: durations.length,
    longestTaskMs: durations.length === 0 ? 0 : Math.round(Math.max(...durations)),
    longTasksMs: probe.longTasks.map(([start, duration]) => [
      Math.round(start),
      Math.round(duration),
    ]),
    cpuLongTasks: cpuTasks === null ? null : cpuTasks.filter((ms) => ms > 50).length,
    cpuLongestTaskMs: cpuTasks === null ? null : Math.round(Math.max(0, ...cpuTasks)),
    lcpMs: Math.round(probe.lcp),
    fcpMs: Math.round(probe.fcp),
    playMs: extra.playMs,
    intlCalls: probe.intl,
    intlFirstCaller: probe.intlFirst,
    jsKb: Number(gzipKbOf(distDir, scripts).toFixed(1)),
    jsFiles: new Set(scripts).size,
  };
}
