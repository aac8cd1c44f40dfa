/**
 * The overfitting lab in Chromium: train to the end, add a contradicting point by clicking the
 * decision-boundary plot, train again, and see the final training loss (the floor) rise; and a
 * default try, at the lab's own pace, ends in seconds with its fixes listed in its row.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, showLesson } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The plotting area inside the 380-pixel canvas (see src/ui/boundary/geometry.ts). */
const PLOT = { size: 380, left: 44, top: 10, width: 326, height: 330 };

describe('overfitting lab in Chromium', () => {
  it('a point added by clicking the boundary plot raises the training-loss floor', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?sp=max`);
    await showLesson(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    const plot = lesson.getByRole('img', { name: 'Decision boundary of the lab’s network' });
    await plot.scrollIntoViewIfNeeded();
    // The worker has answered with the boundary once the summary counts the points.
    await lesson.getByText(/30 training points \(filled\) and 30 validation points/).waitFor();

    const status = lesson.getByTestId('fit-status');
    const finalTrain = lesson.locator('[data-testid="fit-results"] td[data-column="train"]');
    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => status.textContent()).toBe('finished');
    await expect.poll(() => finalTrain.count()).toBe(1);
    const before = Number(await finalTrain.nth(0).textContent());

    // The middle of the circle is "inside": a point there labelled "outside" contradicts it.
    await lesson.getByRole('radio', { name: 'outside' }).check();
    const box = await plot.boundingBox();
    if (box === null) throw new Error('the boundary plot is not on screen');
    const scale = box.width / PLOT.size;
    await plot.click({
      position: {
        x: (PLOT.left + PLOT.width / 2) * scale,
        y: (PLOT.top + PLOT.height / 2) * scale,
      },
    });
    await expect.poll(() => lesson.getByTestId('added-count').textContent()).toBe('1 / 20');
    await expect.poll(() => status.textContent()).toBe('ready');

    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => finalTrain.count()).toBe(2);
    const after = Number(await finalTrain.nth(1).textContent());
    console.log(`final training loss: ${before} without the point, ${after} with it`);
    expect(before).toBeLessThan(0.05);
    expect(after).toBeGreaterThan(3 * before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a default try ends within seconds, and each row lists the fixes it had on', async () => {
    // No URL settings: the bar keeps its default speed, and the lab its own pace.
    const { page, errors, context } = await openPage(browser, baseUrl);
    await showLesson(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    await lesson.getByText(/30 training points \(filled\) and 30 validation points/).waitFor();
    const status = lesson.getByTestId('fit-status');
    const fixesCells = lesson.locator('[data-testid="fit-results"] td[data-column="fixes"]');
    expect(await lesson.getByTestId('fit-fixes').textContent()).toBe('This try: no fixes');

    const pressed = Date.now();
    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => status.textContent(), { timeout: 6_000 }).toBe('finished');
    console.log(`a default try took about ${Date.now() - pressed} ms from pressing Train`);
    await expect.poll(() => fixesCells.allTextContents()).toEqual(['no fixes']);

    // Two fixes stacked: both named next to Train, in the row, and where the weights came from.
    await lesson.getByRole('button', { name: 'Use dropout 0.3' }).click();
    await lesson.getByRole('button', { name: 'Use patience 20' }).click();
    expect(await lesson.getByTestId('fit-fixes').textContent()).toBe(
      'This try: dropout 0.3 + patience 20',
    );
    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect
      .poll(() => fixesCells.allTextContents())
      .toEqual(['no fixes', 'dropout 0.3 + patience 20']);
    const kept = /^stopped at epoch \d+; kept epoch \d+’s weights$/;
    expect(await status.textContent()).toMatch(kept);
    const epochs = lesson.locator('[data-testid="fit-results"] td[data-column="epochs"]');
    expect(await epochs.nth(1).textContent()).toBe(await status.textContent());

    await lesson.getByRole('button', { name: 'Turn all fixes off' }).click();
    expect(await lesson.getByTestId('fit-fixes').textContent()).toBe('This try: no fixes');
    expect(errors).toEqual([]);
    await context.close();
  });
});
