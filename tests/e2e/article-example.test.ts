/**
 * The article's example in the built app: one click in the forward-pass lesson shows the
 * untrained three-class guess 60 / 25 / 15 % with every weight written on its line, and one
 * click in the loss lesson shows its loss 0.16. The expected numbers are core's own,
 * computed here in Node from the same settings.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { lossValue } from '../../src/core/losses';
import { articleExample } from '../../src/lessons/shared/article-example';
import { formatNumber } from '../../src/ui/format';
import { formatFixed, formatPercent } from '../../src/ui/network/numbers';
import { launchBrowser, openPage, showLesson } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EXAMPLE = /The article’s example/;

/** Opens the lesson's example and returns the panel its button controls. */
async function openExample(lesson: Locator): Promise<Locator> {
  const button = lesson.getByRole('button', { name: EXAMPLE });
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
  await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  const id = await button.getAttribute('aria-controls');
  return lesson.locator(`[id="${id}"]`);
}

describe('the article’s example in Chromium', () => {
  it('shows 60 / 25 / 15 % in the forward lesson and 0.16 in the loss lesson', async () => {
    const { params, preActivations, activations, target } = articleExample();
    const a = activations[1]!;
    const z = preActivations[0]!;
    const percents = Array.from(a, formatPercent);
    expect(percents).toEqual(['60.0%', '25.0%', '15.0%']);
    const one = (v: Float64Array) => v.subarray(0, 1);
    const loss = formatNumber(lossValue('squared', one(z), one(a), one(target), 1), 2);
    expect(loss).toBe('0.16');

    const { page, errors, context } = await openPage(browser, inject('baseUrl') as string);

    // Forward pass: the guess, as bars and in words, at once.
    await showLesson(page, 'forward');
    const forward = await openExample(page.locator('section#forward'));
    const bars = forward.locator('.prediction-bars li');
    await expect.poll(() => bars.count()).toBe(3);
    const barTexts = await bars.allTextContents();
    barTexts.forEach((text, k) => expect(text).toContain(percents[k]));
    expect(barTexts[0]).toContain('glasses');
    expect(await forward.getByTestId('example-guess').textContent()).toContain(
      'glasses 60 %, ring 25 %, earbuds 15 %',
    );
    // Every weight is written on its line without hovering (six weights, three biases).
    const tags = forward.locator('svg.network-svg .network-tag');
    await expect.poll(() => tags.count()).toBe(9);
    for (let index = 0; index < 6; index++) {
      const tag = forward.locator(`svg [data-param="${index}"] .network-tag`);
      expect(await tag.isVisible()).toBe(true);
      expect(await tag.textContent()).toBe(formatFixed(params[index]!));
    }

    // Loss: the article's (1 − 0.60)² = 0.16.
    await showLesson(page, 'loss');
    const lossPanel = await openExample(page.locator('section#loss'));
    const shown = lossPanel.getByTestId('example-loss');
    await expect.poll(() => shown.textContent()).toBe(loss);
    expect(await shown.isVisible()).toBe(true);
    expect(await lossPanel.locator('.loss-example-headline').textContent()).toBe(
      `(1 − 0.60)² = ${loss}`,
    );

    // Both open panels pass axe (headings in order, names, contrast).
    const { violations } = await new AxeBuilder({ page })
      .include('section#forward .article-example')
      .include('section#loss .article-example')
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
