/**
 * The embeddings lesson in Chromium: its own worker trains the phrase encoder, the points move
 * on the plane, and the nearest-neighbour read-out answers across languages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pointOf(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; transform: string }> {
  const point = page.locator(`#embeddings .emb-point[data-phrase="${text}"]`);
  return {
    x: Number(await point.getAttribute('data-x')),
    y: Number(await point.getAttribute('data-y')),
    transform: (await point.getAttribute('transform')) ?? '',
  };
}

async function epochOf(page: Page): Promise<number> {
  return Number(await page.getByRole('status', { name: 'Embeddings epoch' }).textContent());
}

describe('embeddings lesson in Chromium', () => {
  it(
    'trains: the points move, and the nearest phrases answer across languages',
    { timeout: 90_000 },
    async () => {
      const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}#embeddings`);
      const lesson = page.locator('#embeddings');
      const train = lesson.getByRole('button', { name: 'Train embeddings' });
      await expect.poll(() => train.isEnabled(), { timeout: 15_000 }).toBe(true);
      const before = await pointOf(page, 'I need coffee');

      await train.click();
      await lesson.getByRole('button', { name: 'Pause embeddings' }).waitFor();
      await expect.poll(() => epochOf(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
      const moved = await pointOf(page, 'I need coffee');
      expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeGreaterThan(0.01);
      expect(moved.transform).not.toBe(before.transform);

      // Training settles by itself; the button turns back into "Train embeddings".
      await train.waitFor({ timeout: 40_000 });
      await expect
        .poll(() => lesson.getByRole('status', { name: 'Embeddings status' }).textContent())
        .toMatch(/Settled/);

      const input = lesson.getByLabel('Phrase to look up');
      await input.fill('I need coffee');
      await lesson.getByRole('button', { name: 'Find nearest' }).click();
      const nearest = lesson.getByRole('list', { name: 'Nearest phrases' });
      await expect.poll(() => nearest.textContent()).toContain('محتاج قهوة');
      const similarity = Number(await nearest.getByTestId('emb-similarity').first().textContent());
      expect(similarity).toBeGreaterThan(0.99);

      // Step mode: one pair, its distance and loss on screen.
      await lesson.getByRole('button', { name: 'Step one pair' }).click();
      await expect
        .poll(() => lesson.getByTestId('emb-step-distance').textContent())
        .toMatch(/\d\.\d{4}/);

      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
