/**
 * The first screen is in the built page itself (build/prerender-plugin.ts): with JavaScript
 * off, Chromium shows the header, the transport bar and the loop lesson with the engine's
 * numbers for the default settings, and every other lesson's placeholder where it will load.
 * With JavaScript on, the app adopts that HTML (the same elements stay, with no hydration
 * error) on the default page, and renders afresh in another language or mode.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { precomputedEvents } from '../../src/engine/precompute';
import type { RunSnapshot } from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG, lessonIds } from '../../src/store/config-schema';
import { formatNumber } from '../../src/ui/format';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORT = { width: 1280, height: 800 };
const url = (path = '') => `${inject('baseUrl')}${path}`;

/** The main run as the engine gives it for the default settings: weights, bias, counters. */
function defaultSnapshot(): RunSnapshot {
  for (const event of precomputedEvents('main', DEFAULT_RUN_CONFIG)) {
    const main =
      event.type === 'snapshots' ? event.snapshots.find((s) => s.runId === 'main') : undefined;
    if (main !== undefined) return main;
  }
  throw new Error('the engine sent no snapshot of the main run');
}

/** A page that records every console error and uncaught error (hydration mismatches among them). */
async function openRecording(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

const lessonTop = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((section) => Math.round(section.getBoundingClientRect().top));

describe('the prerendered first screen', () => {
  it('shows the header, the bar and the loop lesson with the engine numbers, without JavaScript', async () => {
    const { context, page } = await openRecording(false);
    await page.goto(url());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Training Loop Lab');
    expect(await page.locator('.tagline').textContent()).not.toBe('');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('output[aria-label="Epoch"]').first().textContent()).toBe('0');

    const { params, counters } = defaultSnapshot();
    const now = await page.getByTestId('loop-now').textContent();
    for (const value of [params[0], params[1], params[params.length - 1]]) {
      expect(now).toContain(formatNumber(value as number, 3));
    }
    expect(await page.locator('#loop .counters').textContent()).toContain(
      `0 / ${counters.samplesPerEpoch}`,
    );

    // Every lesson is there, each below the first waiting for its code in its reserved place.
    expect(await page.locator('section.lesson').count()).toBe(lessonIds.length);
    expect(await page.locator('section.lesson .lesson-pending').count()).toBe(lessonIds.length - 1);
    expect(await page.locator('#loop .lesson-pending').count()).toBe(0);
    await context.close();
  });

  it('is adopted by the app on the default page: same elements, no errors, no shift, Play works', async () => {
    const still = await openRecording(false);
    await still.page.goto(url());
    const staticTop = await lessonTop(still.page, 'forward');
    await still.context.close();

    const { context, page, errors } = await openRecording(true);
    // The loop lesson's sentence as parsed from the HTML, before any of the page's scripts run.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { parsedNow: Element | null }).parsedNow = document.querySelector(
            '[data-testid="loop-now"]',
          );
        }
      });
    });
    await page.goto(url());
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.click();
    await expect
      .poll(async () =>
        Number(await page.locator('output[aria-label="Epoch"]').first().textContent()),
      )
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const kept = await page.evaluate(() => {
      const parsed = (window as unknown as { parsedNow: Element | null }).parsedNow;
      return parsed !== null && parsed === document.querySelector('[data-testid="loop-now"]');
    });
    expect(kept).toBe(true);
    expect(await lessonTop(page, 'forward')).toBe(staticTop);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the header and the bar first and the lessons in the next frame', async () => {
    const { context, page, errors } = await openRecording(true);
    // Each frame's state of the lessons' block, read in that frame before it is drawn.
    await page.addInitScript(() => {
      const frames: string[] = [];
      (window as unknown as { lessonFrames: string[] }).lessonFrames = frames;
      const record = () => {
        const lessons = document.getElementById('lessons');
        frames.push(lessons === null ? 'absent' : getComputedStyle(lessons).contentVisibility);
        if (frames.length < 6) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto(url());
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { lessonFrames: string[] }).lessonFrames.length),
      )
      .toBe(6);
    const frames = await page.evaluate(
      () => (window as unknown as { lessonFrames: string[] }).lessonFrames,
    );
    const drawn = frames.filter((state) => state !== 'absent');
    expect(drawn[0]).toBe('hidden');
    expect(drawn.at(-1)).toBe('visible');
    expect(drawn.filter((state) => state === 'hidden')).toHaveLength(1);
    expect(await page.locator('#lessons-next-frame').count()).toBe(0);
    const loop = await page.locator('#loop').boundingBox();
    expect(loop?.height).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fetches the app's start files together, after the first paint, from the list in the page", async () => {
    const { context, page, errors } = await openRecording(true);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(url());
    // Preloaded from the HTML, they took the cores the first layout needed.
    expect(await response?.text()).not.toMatch(/modulepreload/u);
    const listed = await page.evaluate(() =>
      (JSON.parse(document.getElementById('app-files')?.textContent ?? '[]') as string[]).map(
        (href) => new URL(href, document.baseURI).href,
      ),
    );
    expect(listed.length).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(async () =>
        Number(await page.locator('output[aria-label="Epoch"]').first().textContent()),
      )
      .toBeGreaterThan(0);
    // Every listed file was asked for at once (so no step waits on the next one's download)...
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
        (link) => link.href,
      ),
    );
    expect(preloaded).toEqual(expect.arrayContaining(listed));
    // ...and fetched once: the imports used the preloads (a preload that does not match its
    // import's request is fetched a second time).
    for (const address of listed) expect(scripts.filter((s) => s === address)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a Speed chosen before the app took the page over, and the click on Play', async () => {
    const { context, page, errors } = await openRecording(true);
    // The app's code waits until the test lets it go, so the choice is made on the built HTML.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/start-[^/]*\.js$/u, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url());
    const bar = page.getByRole('region', { name: 'Training controls' });
    await bar.getByRole('combobox', { name: 'Speed', exact: true }).selectOption('max');
    await bar.getByRole('button', { name: 'Play', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('sp')).toBeNull();
    release();
    await expect.poll(() => new URL(page.url()).searchParams.get('sp')).toBe('max');
    await expect
      .poll(() => page.locator('output[aria-label="Status"]').first().textContent())
      .toBe('finished');
    expect(await bar.getByRole('combobox', { name: 'Speed', exact: true }).inputValue()).toBe(
      'max',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['Arabic', '?lang=ar', 'rtl'],
    ['presenter mode', '?mode=presenter', 'ltr'],
    ['changed settings', '?lr=0.05', 'ltr'],
  ])('renders afresh for %s, without errors', async (_name, query, dir) => {
    const { context, page, errors } = await openRecording(true);
    await page.goto(url(query));
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
    await expect.poll(() => page.getByTestId('loop-now').count()).toBe(1);
    if (query === '?lang=ar') {
      await expect.poll(() => page.locator('h1').textContent()).not.toBe('Training Loop Lab');
    }
    if (query === '?mode=presenter') {
      await expect.poll(() => page.locator('section.lesson').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
