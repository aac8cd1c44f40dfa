/**
 * The learning-rate lesson in Chromium: the default race runs in the worker and every runner
 * gets its label; then a performance probe while six runs race flat out. The probe's figures
 * are printed (`[probe] race …`), not gated: timing on a shared machine is no reliable gate.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, showLesson } from './browser';
import { measureFrames, waitUntilSettled } from './frames';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The latest epoch in the chart's table of values (the table is read, not the picture). */
async function latestEpoch(page: Page): Promise<number> {
  const rows = page.locator('#learning-rate .loss-chart-table tbody th');
  const count = await rows.count();
  return count === 0 ? 0 : Number(await rows.nth(count - 1).textContent());
}

describe('learning-rate lesson in Chromium', () => {
  it('races the default rates and labels every runner by what happened', async () => {
    const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}?sp=100`);
    await waitUntilSettled(page);
    await showLesson(page, 'learning-rate');
    const lesson = page.locator('section#learning-rate');
    const start = lesson.getByRole('button', { name: 'Start the race' });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    const outcomes = lesson.getByRole('region', { name: 'What happened' });
    await expect
      .poll(() => outcomes.getByRole('listitem').allTextContents(), { timeout: 20_000 })
      .toEqual([
        expect.stringMatching(/0\.9: converged at epoch 10$/),
        expect.stringMatching(/0\.01: too slow \(still falling after 100 epochs\)$/),
        expect.stringMatching(/0\.0001: too slow \(still falling after 100 epochs\)$/),
      ]);
    // The chart has a line per runner, and the landscape shows their paths.
    await expect
      .poll(() =>
        lesson.getByRole('list', { name: 'Lines' }).getByRole('listitem').allTextContents(),
      )
      .toEqual(['0.9', '0.01', '0.0001']);
    await expect.poll(() => lesson.locator('.race-landscape canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[probe] keeps the page responsive while six runs race (reported, not gated)', async () => {
    // Flat out, and at a speed one can watch (100 epochs a second per run).
    for (const speed of ['max', '100']) {
      const rates = '0.9,0.5,0.1,0.01,0.001,0.0001';
      const { page, errors, context } = await openPage(
        browser,
        `${inject('baseUrl')}?sp=${speed}&rr=${rates}`,
      );
      // The race is measured, not the page loading its lazy lessons.
      await waitUntilSettled(page);
      await showLesson(page, 'learning-rate');
      const lesson = page.locator('section#learning-rate');
      const epochs = lesson.getByRole('textbox', { name: 'Epochs per run' });
      await epochs.scrollIntoViewIfNeeded();
      await epochs.fill('1000000');
      await lesson.getByText('Show values as a table').click();
      await lesson.getByRole('button', { name: 'Start the race' }).click();
      await expect.poll(() => latestEpoch(page), { timeout: 10_000 }).toBeGreaterThan(0);
      const startEpoch = await latestEpoch(page);
      const started = Date.now();
      const frames = await measureFrames(page, 5);
      const endEpoch = await latestEpoch(page);
      const epochsPerSecondPerRun = (endEpoch - startEpoch) / ((Date.now() - started) / 1000);
      const figures = { runs: 6, speed, ...frames, epochsPerSecondPerRun };
      console.log(`[probe] race ${JSON.stringify(figures)}`);
      const lines = lesson.getByRole('list', { name: 'Lines' }).getByRole('listitem');
      expect(await lines.count()).toBe(6);
      // At any speed the label carries the exact epoch, though the chart's history is thinned.
      const outcomes = lesson.getByRole('region', { name: 'What happened' }).getByRole('listitem');
      await expect
        .poll(() => outcomes.first().textContent())
        .toMatch(/0\.9: converged at epoch 10$/);
      expect(endEpoch).toBeGreaterThan(startEpoch);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
