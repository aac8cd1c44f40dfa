/**
 * The loss race in Chromium, with the bar at its default speed: the race keeps its own pace,
 * cross-entropy classifies every point first, both gradient sizes stand side by side with
 * cross-entropy's far larger, and the charts' epoch axis ends at the race's last epoch. The
 * time the race took is printed (`[probe] loss race …`), not gated.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, showLesson } from './browser';
import { waitUntilSettled } from './frames';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('loss race in Chromium', () => {
  it('shows cross-entropy pulling ahead, with both gradient sizes side by side', async () => {
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    await waitUntilSettled(page);
    await showLesson(page, 'loss');
    const race = page.locator('section.loss-race');
    const start = race.getByRole('button', { name: 'Race the two losses' });
    await start.scrollIntoViewIfNeeded();
    const startedAt = Date.now();
    await start.click();

    // The epochs trained, per run: both reach the race's last epoch.
    const trained = race.locator('.loss-race-table tbody td:first-of-type');
    await expect.poll(() => trained.allTextContents(), { timeout: 20_000 }).toEqual(['60', '60']);
    console.log(`[probe] loss race: both runs done in ${Date.now() - startedAt} ms`);
    const number = async (id: string) => Number(await race.getByTestId(id).textContent());
    expect(await number('race-first100-cross-entropy')).toBeLessThan(
      (await number('race-first100-squared')) - 10,
    );
    expect(await number('race-gradient-first-cross-entropy')).toBeGreaterThan(
      100 * (await number('race-gradient-first-squared')),
    );
    await expect
      .poll(() => race.getByTestId('race-verdict').textContent())
      .toMatch(/^Cross-entropy classified/);

    for (const id of ['race-accuracy-chart', 'race-gradient-chart']) {
      const ticks = race
        .getByTestId(id)
        .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
      await expect.poll(() => ticks.last().textContent()).toBe('60');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
