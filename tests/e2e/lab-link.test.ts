/**
 * The overfitting lab's settings in the address (`f.` keys) in Chromium: a link sets the lab's
 * controls (also when the link points at the lesson, whose code then loads before the address
 * is read, and in embed mode); a change made in the lab goes into the address and survives a
 * reload; a value the lab cannot use is named in a notice and the lab still trains.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, showLessonAfterLoad } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const layers = (lesson: Locator) => lesson.getByLabel('Hidden layers (0–6)');
const neurons = (lesson: Locator, layer: number) =>
  lesson.getByLabel(`Neurons in hidden layer ${layer}`);

describe('the overfitting lab’s settings in the address', () => {
  it('a link to the lesson sets the lab’s network', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?f.h=3#overfitting`);
    await showLessonAfterLoad(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    await expect.poll(() => layers(lesson).inputValue()).toBe('1');
    expect(await neurons(lesson, 1).inputValue()).toBe('3');
    // Changed from the overfit preset: no preset is shown as chosen.
    expect(
      await lesson
        .getByRole('button', { name: 'Overfit', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    expect(param(page, 'f.h')).toBe('3');
    expect(await page.locator('.notices').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a change made in the lab through a reload', async () => {
    const { page, errors, context } = await openPage(browser, baseUrl);
    await showLessonAfterLoad(page, 'overfitting');
    let lesson = page.locator('section#overfitting');
    await lesson.getByRole('button', { name: 'Just right' }).click();
    await expect.poll(() => param(page, 'f.p')).toBe('just-right');
    await neurons(lesson, 1).fill('5');
    await lesson.getByRole('button', { name: 'Use dropout 0.3' }).click();
    await expect.poll(() => param(page, 'f.dr')).toBe('0.3');
    expect(param(page, 'f.h')).toBe('5');
    const address = page.url();

    await page.reload();
    await showLessonAfterLoad(page, 'overfitting');
    lesson = page.locator('section#overfitting');
    await expect.poll(() => neurons(lesson, 1).inputValue()).toBe('5');
    expect(await layers(lesson).inputValue()).toBe('1');
    expect(await lesson.getByLabel('Dropout rate').inputValue()).toBe('0.3');
    // The lab still counts from the just-right preset's 400 points: dropout is the only fix.
    expect(await lesson.getByTestId('fit-fixes').textContent()).toBe('This try: dropout 0.3');
    expect(page.url()).toBe(address);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names a value it cannot use, and trains with the rest', async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${baseUrl}?f.h=40&f.lr=abc&f.zz=1&f.e=150#overfitting`,
    );
    await showLessonAfterLoad(page, 'overfitting');
    const notices = page.locator('.notices li');
    await expect.poll(() => notices.count()).toBe(3);
    const text = (await notices.allTextContents()).join('\n');
    expect(text).toContain(
      '“f.h=40”: hidden layer sizes must fit the lab: at most 6 layers of 1 to 32 neurons',
    );
    expect(text).toContain('“f.lr=abc”: learning rate must be between');
    expect(text).toContain('“f.zz=1”: is not a setting of the overfitting lab');

    const lesson = page.locator('section#overfitting');
    await expect.poll(() => lesson.getByLabel('Epochs', { exact: true }).inputValue()).toBe('150');
    expect(await layers(lesson).inputValue()).toBe('2');
    expect(await neurons(lesson, 1).inputValue()).toBe('24');
    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => lesson.getByTestId('fit-status').textContent()).toBe('finished');
    expect(await lesson.locator('[data-testid="fit-results"] tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an embedded lab starts from the link’s settings', async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${baseUrl}?embed=overfitting&f.n=100&f.vs=0.3`,
    );
    // 100 points, 30 % held out: the boundary's summary counts what the lab was given.
    await page
      .getByText(/70 training points \(filled\) and 30 validation points/)
      .waitFor({ timeout: 30_000 });
    expect(param(page, 'f.n')).toBe('100');
    expect(errors).toEqual([]);
    await context.close();
  });
});
