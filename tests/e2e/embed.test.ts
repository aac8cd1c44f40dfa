/**
 * Embeds in real Chromium: the sample host page (public/embed-example.html) with two lessons in
 * iframes that size themselves to their content, take the host's theme, and ignore junk.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
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

describe('the sample host page', () => {
  it('sizes each embedded lesson to its content, as that changes', async () => {
    const { page, errors, context } = await openPage(browser, url('embed-example.html'));
    for (const id of ['loop-frame', 'rate-frame']) {
      await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => frameHeight(page, id), { timeout: 20_000 }).not.toBe('');
      const frame = await frameOf(page, id);
      await frame.locator('section.lesson p.placeholder', { hasText: /^…$/ }).waitFor({
        state: 'detached',
      });
      await expect.poll(async () => frameHeight(page, id)).toBe(`${await contentHeight(frame)}px`);
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
