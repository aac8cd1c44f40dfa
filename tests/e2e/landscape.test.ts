import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;

/** How many different colours the canvas holds (sampled every 4th pixel). */
async function distinctColours(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) {
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return seen.size;
  });
}

/** The worker's time for the map on screen, as the lesson reports it. */
async function timing(page: Page): Promise<number> {
  const text = (await page.getByTestId('landscape-timing').textContent()) ?? '';
  return Number(/Computed in ([\d.]+) ms/.exec(text)?.[1]);
}

describe('loss landscape in Chromium', () => {
  it('draws the real landscape, and the ball rolls when the main run plays', async () => {
    const { page, errors, context } = await openPage(browser, url('?sp=10#landscape'));
    const canvas = page.getByRole('application', { name: 'Loss over w1 and w2' });
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('128');
    expect(await distinctColours(canvas)).toBeGreaterThan(50);
    const first = await timing(page);
    expect(first).toBeGreaterThanOrEqual(0);
    console.log(
      `[probe] landscape 128×128 of the article's loss: ${first} ms in the worker (first request)`,
    );

    const start = await canvas.getAttribute('data-ball');
    expect(start).toBe('0.5000,0.5000');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => canvas.getAttribute('data-ball'), { timeout: 10_000 }).not.toBe(start);
    // The bias moves while playing, so the map is recomputed (at most twice a second).
    await expect
      .poll(async () => (await page.getByTestId('landscape-held').textContent()) ?? '', {
        timeout: 10_000,
      })
      .not.toContain('bias = 0.000');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    console.log(
      `[probe] landscape 128×128 recomputed while playing: ${await timing(page)} ms in the worker`,
    );
    const ball = (await canvas.getAttribute('data-ball'))!.split(',').map(Number);
    expect(ball[0]).toBeGreaterThan(0.5);
    expect(ball[1]).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('races three optimisers on the two-valley surface and reports their valleys', async () => {
    const { page, errors, context } = await openPage(browser, url('#landscape'));
    const canvas = page.getByRole('application', {
      name: 'Two-valley surface: height over x and y',
    });
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('128');
    expect(await distinctColours(canvas)).toBeGreaterThan(50);
    const summary = page.getByTestId('race-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('SGD ends in the local valley; Momentum ends in the global valley');

    // A start in the right half: click about (2, 1.5) on the map.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const plotWidth = box.width - 58 - 14;
    const plotHeight = box.height - 12 - 46;
    await canvas.click({
      position: { x: 58 + (6 / 8) * plotWidth, y: 12 + (2.5 / 8) * plotHeight },
    });
    await expect.poll(() => summary.textContent()).toMatch(/^From x 2\.\d\d, y 1\.\d\d/);
    expect(await summary.textContent()).toContain('SGD ends in the global valley');
    // The balls replay their paths: the SGD ball leaves the start.
    const balls = async () => (await canvas.getAttribute('data-balls')) ?? '';
    const early = await balls();
    await expect.poll(balls, { timeout: 5_000 }).not.toBe(early);
    expect(errors).toEqual([]);
    await context.close();
  });
});
