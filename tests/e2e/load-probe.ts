/**
 * Page-load measurements for the load probe: layout shift, long tasks and the largest paint,
 * observed from the first script on the page (an init script, so nothing is missed), plus
 * the JavaScript the page fetched, sized as gzip from the build itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export interface LoadFigures {
  /** Cumulative layout shift from navigation until the end of the measurement. */
  cls: number;
  longTasks: number;
  longestTaskMs: number;
  /** When each long task began, in ms after navigation. */
  longTaskStartsMs: number[];
  lcpMs: number;
  fcpMs: number;
  /** JavaScript fetched (gzip KB of the built files) and how many files. */
  jsKb: number;
  jsFiles: number;
}

const PROBE = '__loadProbe';

/** Starts observing before any of the page's own scripts run. */
export async function installLoadObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    const probe = { cls: 0, longTasks: [] as [number, number][], lcp: 0, fcp: 0 };
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
  }, PROBE);
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

export async function readLoadFigures(
  page: Page,
  distDir: string,
  scripts: readonly string[],
): Promise<LoadFigures> {
  const probe = await page.evaluate(
    (key) =>
      (
        globalThis as unknown as Record<
          string,
          { cls: number; longTasks: [number, number][]; lcp: number; fcp: number }
        >
      )[key]!,
    PROBE,
  );
  const durations = probe.longTasks.map(([, duration]) => duration);
  return {
    cls: Number(probe.cls.toFixed(4)),
    longTasks: durations.length,
    longestTaskMs: durations.length === 0 ? 0 : Math.round(Math.max(...durations)),
    longTaskStartsMs: probe.longTasks.map(([start]) => Math.round(start)),
    lcpMs: Math.round(probe.lcp),
    fcpMs: Math.round(probe.fcp),
    jsKb: Number(gzipKbOf(distDir, scripts).toFixed(1)),
    jsFiles: new Set(scripts).size,
  };
}
