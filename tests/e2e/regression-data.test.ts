/**
 * The built-in regression tables in Chromium: "Plane (regression)" chosen in the overfitting
 * lab trains in the worker, the plot shows its value map with a colour bar over the values
 * (its label and the range's two ends), and the loss falls: a 200-epoch run ends far below a
 * 1-epoch run of the same settings. A link to a lab on the plane, opened in another browser
 * (nothing kept there), makes the same table again from the link's seed, size and noise.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage, showLessonAfterLoad } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Trains to the end and returns the newest results row's final training and validation loss. */
async function trainToEnd(lesson: Locator, runs: number): Promise<[number, number]> {
  await lesson.getByRole('button', { name: 'Train the model' }).click();
  await expect.poll(() => lesson.getByTestId('fit-status').textContent()).toBe('finished');
  const rows = lesson.getByTestId('fit-results').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(runs);
  const last = rows.nth(runs - 1);
  const read = async (column: string) =>
    Number(await last.locator(`td[data-column="${column}"]`).textContent());
  return [await read('train'), await read('validation')];
}

describe('built-in regression data in Chromium', () => {
  it('trains on the plane, shows the value legend, and the loss falls', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    await lesson
      .getByLabel('Data set', { exact: true })
      .selectOption({ label: 'Plane (regression)' });
    await expect
      .poll(() => lesson.getByTestId('import-status').textContent())
      .toBe('Training on Plane (regression): regression of y, 60 rows.');

    const legend = lesson.getByTestId('value-legend');
    await legend.waitFor();
    expect(await legend.textContent()).toContain('y: predicted (background) and true (points)');
    const ends = await lesson.getByTestId('value-range').locator('span').allTextContents();
    expect(ends).toHaveLength(2);
    const [low, high] = ends.map((text) => Number(text.replace('−', '-')));
    // The plane 1.5·x1 − 0.8·x2 + 2 over [-5, 5]²: true values from about −9.5 to 13.5.
    expect(low).toBeLessThan(-4);
    expect(high).toBeGreaterThan(8);

    const epochs = lesson.getByLabel('Epochs', { exact: true });
    await epochs.fill('1');
    const [firstTrain, firstValidation] = await trainToEnd(lesson, 1);
    await epochs.fill('200');
    const [train, validation] = await trainToEnd(lesson, 2);
    console.log(
      `plane, overfit preset: 1 epoch ${firstTrain} / ${firstValidation}, 200 epochs ${train} / ${validation}`,
    );
    // Squared error on the standardised value: about 1 is no better than the mean.
    expect(train).toBeLessThan(firstTrain / 5);
    expect(validation).toBeLessThan(firstValidation / 5);
    expect(validation).toBeLessThan(0.2);
    await expect.poll(() => legend.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a link to the plane in a fresh browser on the same table, made again from the link', async () => {
    const first = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(first.page, 'overfitting');
    const lesson = first.page.locator('section#overfitting');
    await lesson
      .getByLabel('Data set', { exact: true })
      .selectOption({ label: 'Plane (regression)' });
    // Another data-set size than the preset's: the link must carry it for the table to match.
    const size = lesson.getByLabel('Data set size (before the split)', { exact: true });
    await size.fill('90');
    await size.press('Enter');
    const status = 'Training on Plane (regression): regression of y, 90 rows.';
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(status);
    await expect
      .poll(() => new URL(first.page.url()).searchParams.get('data'))
      .toMatch(/^[0-9a-f]{16}$/);
    const link = first.page.url();
    const hash = new URL(link).searchParams.get('data');
    await first.context.close();

    // A new context: its IndexedDB holds nothing from the first.
    const { page, errors, context } = await openPage(browser, link);
    await showLessonAfterLoad(page, 'overfitting');
    const again = page.locator('section#overfitting');
    await expect.poll(() => again.getByTestId('import-status').textContent()).toBe(status);
    expect(await again.getByTestId('missing-data').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('data')).toBe(hash);
    expect(errors).toEqual([]);
    await context.close();
  });
});
