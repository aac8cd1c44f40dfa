/**
 * The load probe: what a first visit costs, at a desktop and a phone size. Reported (printed
 * and merged into test-results/performance.json) rather than gated, as the training probes
 * are: timing on a shared machine is not a reliable gate. It fails only if the page breaks.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { installLoadObservers, readLoadFigures, recordScripts } from './load-probe';
import { mergeFigures } from './figures';

let browser: Browser;
const figures: Record<string, unknown> = {};

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

describe('load probe (reported, not gated)', () => {
  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`first visit at ${viewport.width}×${viewport.height}: Play 300 ms after the first paint`, async () => {
      const context = await browser.newContext({ viewport });
      await installLoadObservers(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const scripts = recordScripts(page);
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
        undefined,
        { polling: 'raf' },
      );
      await page.waitForTimeout(300);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForLoadState('load');
      await page.waitForTimeout(5000);
      const result = await readLoadFigures(page, inject('distDir'), scripts);
      figures[name] = result;
      console.log(`[load-probe] ${name}: ${JSON.stringify(result)}`);
      expect(
        Number(await page.locator('output[aria-label="Epoch"]').first().textContent()),
      ).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a link to a lesson further down shows that lesson, ready, within a second or so', async () => {
    const context = await browser.newContext({ viewport: SIZES.desktop });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#overfitting`, { waitUntil: 'commit' });
    const readyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = () => {
            const section = document.getElementById('overfitting');
            const top = section?.getBoundingClientRect().top;
            const loaded =
              section !== null &&
              section.querySelector('.lesson-pending') === null &&
              section.querySelector('.placeholder') === null;
            if (loaded && top !== undefined && top >= 0 && top < innerHeight) {
              resolve(Math.round(performance.now()));
            } else requestAnimationFrame(check);
          };
          check();
        }),
    );
    figures.linkedLessonReadyMs = readyMs;
    expect(readyMs).toBeGreaterThan(0);
    await context.close();
  });
});
