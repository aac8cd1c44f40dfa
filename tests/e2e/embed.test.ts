/**
 * Embeds in real Chromium: the sample host page (public/embed-example.html) with two lessons in
 * iframes that size themselves to their content, hold that height while they load, take the
 * host's theme, and ignore junk; and every lesson's compact layout in a 700 px column.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { usesMainRun } from '../../src/app/lesson-modes';
import { SHRINK_SLACK } from '../../src/app/embed/height-poster';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path = '') => `${inject('baseUrl')}${path}`;

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  if (frame === null) throw new Error(`#${id} has no frame`);
  return frame;
}

const frameHeight = (page: Page, id: string) =>
  page.locator(`iframe#${id}`).evaluate((frame) => (frame as HTMLIFrameElement).style.height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() =>
    Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height),
  );

/** The bounds: an author's column, and the most a widget may take of it. */
const COLUMN = 700;
const MAX_HEIGHT = 900;

const pixels = (style: string) => Number(style.replace('px', ''));

describe('the sample host page', () => {
  it('shows two different widgets, one after the other, in a column of 700 px', async () => {
    const { page, errors, context } = await openPage(browser, url('embed-example.html'));
    const frames = await page.locator('main iframe').evaluateAll((list) =>
      list.map((frame) => {
        const box = frame.getBoundingClientRect();
        const src = new URL((frame as HTMLIFrameElement).src);
        return {
          lesson: src.searchParams.get('embed'),
          width: box.width,
          top: box.top,
          bottom: box.bottom,
        };
      }),
    );
    expect(frames).toHaveLength(2);
    const [first, second] = frames as [(typeof frames)[0], (typeof frames)[0]];
    expect(lessonIds).toContain(first.lesson);
    expect(lessonIds).toContain(second.lesson);
    expect(first.lesson).not.toBe(second.lesson);
    for (const frame of frames) expect(frame.width).toBe(COLUMN);
    expect(second.top).toBeGreaterThan(first.bottom);
    for (const id of ['loop-frame', 'rate-frame']) {
      await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
    }
    // Each shows its own lesson.
    for (const [id, lesson] of [
      ['loop-frame', first.lesson],
      ['rate-frame', second.lesson],
    ] as const) {
      await (await frameOf(page, id)).locator(`section#${lesson}`).waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the learning-rate widget keeps the height of its first message: it never jumps', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const heights: number[] = [];
    await page.exposeFunction('recordResize', (lesson: string, height: number) => {
      if (lesson === 'learning-rate') heights.push(height);
    });
    // Listens as the host page does, from before the page's own script runs.
    await page.addInitScript(() => {
      addEventListener('message', (event: MessageEvent) => {
        const m = event.data as {
          source?: unknown;
          type?: unknown;
          lesson?: unknown;
          height?: unknown;
        };
        if (m?.source !== 'training-loop-lab' || m.type !== 'resize') return;
        (window as unknown as { recordResize(l: unknown, h: unknown): void }).recordResize(
          m.lesson,
          m.height,
        );
      });
    });
    await page.goto(url('embed-example.html'));
    await page.locator('iframe#rate-frame').scrollIntoViewIfNeeded();
    await expect.poll(() => heights.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const frame = await frameOf(page, 'rate-frame');
    await frame.locator('section#learning-rate .race-results').waitFor();
    // A while for anything late (fonts, charts, the engine's first answer) to move it.
    await page.waitForTimeout(3000);

    const final = heights.at(-1)!;
    for (const height of heights) expect(Math.abs(height - final)).toBeLessThanOrEqual(16);
    expect(final).toBeLessThan(MAX_HEIGHT);
    expect(pixels(await frameHeight(page, 'rate-frame'))).toBe(final);
    const content = await contentHeight(frame);
    expect(content).toBeLessThanOrEqual(final);
    expect(final - content).toBeLessThanOrEqual(SHRINK_SLACK);
    expect(
      await page.locator('iframe#rate-frame').evaluate((f) => f.getBoundingClientRect().width),
    ).toBe(COLUMN);
    await context.close();
  });

  it('sizes each embedded lesson to its content, as that changes', async () => {
    const { page, errors, context } = await openPage(browser, url('embed-example.html'));
    for (const id of ['loop-frame', 'rate-frame']) {
      await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => frameHeight(page, id), { timeout: 20_000 }).not.toBe('');
      const frame = await frameOf(page, id);
      await frame.locator('section.lesson .lesson-pending').waitFor({
        state: 'detached',
      });
      // The frame holds the content: never less, and never more than the slack over.
      await expect
        .poll(async () => pixels(await frameHeight(page, id)) - (await contentHeight(frame)))
        .toBeGreaterThanOrEqual(0);
      expect(
        pixels(await frameHeight(page, id)) - (await contentHeight(frame)),
      ).toBeLessThanOrEqual(SHRINK_SLACK);
      expect(
        await page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height),
      ).not.toBe(150);
    }

    const loop = await frameOf(page, 'loop-frame');
    const before = await contentHeight(loop);
    await loop.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '200px';
      document.querySelector('.embed-root main')!.append(block);
    });
    await expect.poll(() => frameHeight(page, 'loop-frame')).toBe(`${before + 200}px`);

    // Only the lesson, and the controls it needs: the loop runs on the transport bar.
    expect(await loop.locator('header, nav').count()).toBe(0);
    await loop.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(async () => Number(await loop.locator('output[aria-label="Epoch"]').textContent()))
      .toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes the host theme, and ignores messages that do not fit the protocol', async () => {
    const { page, errors, context } = await openPage(browser, url('embed-example.html'));
    await expect.poll(() => frameHeight(page, 'loop-frame'), { timeout: 20_000 }).not.toBe('');
    const loop = await frameOf(page, 'loop-frame');
    const theme = () => loop.evaluate(() => document.documentElement.dataset.theme ?? 'system');

    await page.evaluate(() => {
      const target = (document.getElementById('loop-frame') as HTMLIFrameElement).contentWindow!;
      const junk: unknown[] = [
        { source: 'training-loop-lab-host', type: 'set-theme', theme: 'system' },
        { source: 'training-loop-lab-host', type: 'set-theme', theme: 'dark', also: 1 },
        { source: 'training-loop-lab', type: 'set-theme', theme: 'dark' },
        { source: 'training-loop-lab-host', type: 'set-theme', theme: { toString: null } },
        'set-theme',
        null,
        [1, 2, 3],
        new Array(10_000).fill('x'),
      ];
      for (const message of junk) target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    expect(await theme()).toBe('system');

    await page.getByRole('button', { name: 'Show the figures in the dark theme' }).click();
    await expect.poll(theme).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embed mode on its own', () => {
  it('shows one lesson without the page chrome, in the theme of the link', async () => {
    const { page, errors, context } = await openPage(browser, url('?embed=learning-rate&th=dark'));
    await page.locator('section#learning-rate').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('section.lesson').count()).toBe(1);
    expect(await page.locator('header, nav').count()).toBe(0);
    // This lesson runs its own races: no transport bar for the main run.
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('each lesson embedded in a 700 px column', () => {
  it.each(lessonIds)(
    '%s: at most 900 px tall, with the controls it needs and no words about the page',
    async (id) => {
      const context = await browser.newContext({ viewport: { width: COLUMN, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url(`?embed=${id}`));
      await page.locator(`section#${id}`).waitFor();
      await page.locator('.lesson-pending').waitFor({ state: 'detached' });
      // Figures that wait for the engine show a placeholder until its first answer.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('.placeholder')].filter(
                (p) => p.getClientRects().length > 0,
              ).length,
          ),
        )
        .toBe(0);
      await page.waitForTimeout(500);

      const box = await page.evaluate(() => ({
        height: document.querySelector('.embed-root')!.getBoundingClientRect().height,
        scrollWidth: document.documentElement.scrollWidth,
        text: (document.querySelector('.embed-root') as HTMLElement).innerText,
      }));
      expect(box.height).toBeLessThanOrEqual(MAX_HEIGHT);
      expect(box.scrollWidth).toBeLessThanOrEqual(COLUMN);
      // The embed has no header, no bar at the top of a page, no other lessons to go to.
      expect(box.text).not.toMatch(/top of the page|bar at the top|run at the top|go to lesson/i);
      // A lesson on the main run carries its own Play, Step and Reset.
      for (const name of ['Play', 'Step', 'Reset']) {
        expect(await page.getByRole('button', { name, exact: true }).count()).toBe(
          usesMainRun(id) ? 1 : 0,
        );
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
