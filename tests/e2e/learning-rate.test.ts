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

/** The loss axis' decade labels (10⁻², 10⁰ …): the chart's y-range as drawn. */
async function lossTicks(page: Page): Promise<string[]> {
  const ticks = await page
    .locator('#learning-rate .race-results .recharts-cartesian-axis-tick-value')
    .allTextContents();
  return ticks.filter((text) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(text));
}

describe('learning-rate lesson in Chromium', () => {
  it('the default race shows too slow, converged and diverged within seconds, one epoch per divergence', async () => {
    // No address settings: the lesson's own defaults and its own race speed.
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    await waitUntilSettled(page);
    await showLesson(page, 'learning-rate');
    const lesson = page.locator('section#learning-rate');
    const start = lesson.getByRole('button', { name: 'Start the race' });
    await start.scrollIntoViewIfNeeded();
    const started = Date.now();
    await start.click();
    const outcomes = lesson.getByRole('region', { name: 'What happened' }).getByRole('listitem');
    await expect
      .poll(() => outcomes.allTextContents(), { timeout: 6_000 })
      .toEqual([
        expect.stringMatching(/0\.01: too slow \(still falling after 100 epochs\)$/),
        expect.stringMatching(/0\.1: (converged at epoch \d+|settled at)/),
        expect.stringMatching(/1\.5: (bouncing|diverged at epoch \d+)/),
        expect.stringMatching(/3: diverged at epoch \d+$/),
      ]);
    const seconds = (Date.now() - started) / 1000;
    const labels = await outcomes.allTextContents();
    console.log(`[probe] default race ${JSON.stringify({ seconds, labels })}`);

    // Every "diverged at epoch N" for rate 3, in the labels, the chart's marks and its end
    // mark, names the same N.
    const text = await lesson.innerText();
    const named = [
      ...text.matchAll(/(?:^|\s)3(?::| →)[^\n]*?(?:diverged at epoch|∞ at epoch) (\d+)/g),
    ].map((m) => m[1]);
    const exit = await lesson.locator('text.loss-chart-exit').textContent();
    named.push(/at epoch (\d+)/.exec(exit ?? '')?.[1]);
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(new Set(named).size).toBe(1);

    // The diverging rate does not squash the others: without it the loss axis is the same.
    const withDivergence = await lossTicks(page);
    await lesson.getByRole('button', { name: 'Remove rate 3' }).click();
    await start.click();
    await expect
      .poll(() => outcomes.allTextContents(), { timeout: 6_000 })
      .toEqual([
        expect.stringMatching(/0\.01: too slow/),
        expect.stringMatching(/0\.1: converged/),
        expect.stringMatching(/1\.5: bouncing/),
      ]);
    expect(await lossTicks(page)).toEqual(withDivergence);
    await expect.poll(() => lesson.locator('.race-landscape canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("races the article's own rates in one click, with the clip explained beside the chart", async () => {
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    await waitUntilSettled(page);
    await showLesson(page, 'learning-rate');
    const lesson = page.locator('section#learning-rate');
    await lesson.getByRole('button', { name: /The article’s race/ }).click();
    const outcomes = lesson.getByRole('region', { name: 'What happened' }).getByRole('listitem');
    await expect
      .poll(() => outcomes.allTextContents(), { timeout: 8_000 })
      .toEqual([
        expect.stringMatching(/0\.9: converged at epoch 10$/),
        expect.stringMatching(/0\.01: too slow/),
        expect.stringMatching(/0\.0001: too slow/),
      ]);
    const why = lesson.getByRole('complementary', { name: 'Why the lines look like this' });
    expect(await why.textContent()).toContain('0.9 converges here instead of bouncing');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[probe] keeps the page responsive while six runs race (reported, not gated)', async () => {
    // Flat out, and at a speed one can watch (100 epochs a second per run).
    for (const speed of ['max', '100']) {
      const rates = '0.9,0.5,0.1,0.01,0.001,0.0001';
      const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}?rr=${rates}`);
      // The race is measured, not the page loading its lazy lessons.
      await waitUntilSettled(page);
      await showLesson(page, 'learning-rate');
      const lesson = page.locator('section#learning-rate');
      // The article's clipped neuron, at the race's own speed (the bar's does not apply).
      await lesson.getByRole('radio', { name: /The article’s neuron/ }).check();
      await lesson
        .getByRole('combobox', { name: 'Race speed' })
        .selectOption(speed === 'max' ? 'Infinity' : speed);
      const epochs = lesson.getByRole('textbox', { name: 'Epochs per run' });
      await epochs.scrollIntoViewIfNeeded();
      await epochs.fill('1000000');
      await lesson.getByText('Show values as a table').click();
      // Frames are counted from just before Start, and the epoch reached is read every 100 ms
      // until the race ends or the 5 s are up: flat out, a quiet machine can finish all
      // million epochs within a second or two, before a reading taken after a wait would come.
      const lastEpoch = 1_000_000 - 1;
      const measuring = measureFrames(page, 5);
      const started = Date.now();
      await lesson.getByRole('button', { name: 'Start the race' }).click();
      let reached = 0;
      let readAt = started;
      while (reached < lastEpoch && Date.now() - started < 5000) {
        await page.waitForTimeout(100);
        reached = await latestEpoch(page);
        readAt = Date.now();
      }
      const frames = await measuring;
      const epochsPerSecondPerRun = reached / ((readAt - started) / 1000);
      const raceEnded = reached === lastEpoch;
      const figures = { runs: 6, speed, ...frames, epochsPerSecondPerRun, raceEnded };
      console.log(`[probe] race ${JSON.stringify(figures)}`);
      // The race moves on (on a loaded machine the table may come after the 5 s).
      await expect.poll(() => latestEpoch(page), { timeout: 10_000 }).toBeGreaterThan(0);
      const lines = lesson.getByRole('list', { name: 'Lines' }).getByRole('listitem');
      expect(await lines.count()).toBe(6);
      // At any speed the label carries the exact epoch, though the chart's history is thinned.
      const outcomes = lesson.getByRole('region', { name: 'What happened' }).getByRole('listitem');
      await expect
        .poll(() => outcomes.first().textContent())
        .toMatch(/0\.9: converged at epoch 10$/);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
