import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, showLesson } from './browser';
import { waitUntilSettled } from './frames';

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

  it('shows no path before Start, unrolls the paths after it, and empties on Reset', async () => {
    const { page, errors, context } = await openPage(browser, url('#landscape'));
    // Lessons above load and the page re-aligns on #landscape: let it settle before clicking.
    await waitUntilSettled(page);
    await showLesson(page, 'landscape');
    const canvas = page.getByRole('application', {
      name: 'Two-valley surface: height over x and y',
    });
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('128');
    await canvas.scrollIntoViewIfNeeded();
    expect(await distinctColours(canvas)).toBeGreaterThan(50);
    const balls = async () => (await canvas.getAttribute('data-balls')) ?? '';
    const summary = page.getByTestId('race-summary');
    // The surface is drawn from the engine's answer, yet nothing has raced: no ball, no red.
    expect(await balls()).toBe('');
    expect(await racerPixels(canvas)).toBe(0);
    expect(await summary.count()).toBe(0);
    await expect.poll(() => page.getByTestId('race-waiting').isVisible()).toBe(true);

    await page.locator('section#landscape').getByRole('button', { name: 'Start the race' }).click();
    await expect.poll(balls).not.toBe('');
    const firstSgd = sgdBall(await balls());
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000 })
      .toContain('SGD ends in the local valley; Momentum ends in the global valley');
    // The balls rolled along their paths: the SGD ball comes to rest where the table says it
    // ended, which is not where it was first drawn.
    const sgdRow = page.locator('.landscape-results tbody tr', { hasText: 'SGD' });
    const ends = /\((-?[\d.]+), (-?[\d.]+)\)/.exec((await sgdRow.textContent()) ?? '');
    const end = [Number(ends?.[1]), Number(ends?.[2])];
    const offEnd = async () => {
      const at = sgdBall(await balls());
      return Math.max(Math.abs(at[0]! - end[0]!), Math.abs(at[1]! - end[1]!));
    };
    await expect.poll(offEnd).toBeLessThan(0.006);
    expect(
      Math.max(Math.abs(firstSgd[0]! - end[0]!), Math.abs(firstSgd[1]! - end[1]!)),
    ).toBeGreaterThan(0.1);
    expect(await racerPixels(canvas)).toBeGreaterThan(50);

    await page.locator('section#landscape').getByRole('button', { name: 'Reset the race' }).click();
    await expect.poll(balls).toBe('');
    await expect.poll(() => racerPixels(canvas)).toBe(0);
    expect(await summary.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('races three optimisers on the two-valley surface and reports their valleys', async () => {
    const { page, errors, context } = await openPage(browser, url('#landscape'));
    // Lessons above load and the page re-aligns on #landscape: let it settle before clicking.
    await waitUntilSettled(page);
    await showLesson(page, 'landscape');
    const canvas = page.getByRole('application', {
      name: 'Two-valley surface: height over x and y',
    });
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('128');
    expect(await distinctColours(canvas)).toBeGreaterThan(50);
    const summary = page.getByTestId('race-summary');
    const startRace = page
      .locator('section#landscape')
      .getByRole('button', { name: 'Start the race' });
    await startRace.click();
    await expect
      .poll(() => summary.textContent())
      .toContain('SGD ends in the local valley; Momentum ends in the global valley');

    // A start in the right half: click about (2, 1.5) on the map. The race empties and waits.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const plotWidth = box.width - 58 - 14;
    const plotHeight = box.height - 12 - 46;
    await canvas.click({
      position: { x: 58 + (6 / 8) * plotWidth, y: 12 + (2.5 / 8) * plotHeight },
    });
    const balls = async () => (await canvas.getAttribute('data-balls')) ?? '';
    await expect.poll(balls).toBe('');
    expect(await summary.count()).toBe(0);
    await startRace.click();
    await expect.poll(() => summary.textContent()).toMatch(/^From x 2\.\d\d, y 1\.\d\d/);
    expect(await summary.textContent()).toContain('SGD ends in the global valley');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The SGD ball's drawn position from the canvas' data-balls ("sgd:x,y momentum:x,y …"). */
function sgdBall(balls: string): number[] {
  const entry = balls.split(' ').find((part) => part.startsWith('sgd:')) ?? '';
  return entry.slice('sgd:'.length).split(',').map(Number);
}

/** Pixels in the SGD racer's red (#ff5a5f), which the viridis map never uses. */
async function racerPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near =
        Math.abs(data[i]! - 0xff) < 12 &&
        Math.abs(data[i + 1]! - 0x5a) < 20 &&
        Math.abs(data[i + 2]! - 0x5f) < 20;
      if (near) count++;
    }
    return count;
  });
}
