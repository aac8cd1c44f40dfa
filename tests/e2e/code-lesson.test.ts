/**
 * The code lesson in Chromium: "Run the article's program" prints the numpy reference
 * output through the real worker, and the marked code line moves as the main run steps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const FIXTURES = join(process.cwd(), 'tests/fixtures/article/');
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}.out`, 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lessonUrl = () => `${inject('baseUrl')}#code`;

/**
 * The printout as the program printed it: the screen draws the verdict emoji as SVG icons (no
 * emoji font needed), so each icon is read back as its emoji ('Glasses ✅', 'Ring ❌').
 */
async function printed(output: Locator): Promise<string> {
  return output.evaluate((element) => {
    const printedAs: Record<string, string> = { check: '✅', cross: '❌' };
    const copy = element.cloneNode(true) as Element;
    for (const icon of copy.querySelectorAll('svg[data-icon]')) {
      icon.replaceWith(printedAs[icon.getAttribute('data-icon') ?? ''] ?? '?');
    }
    return copy.textContent ?? '';
  });
}

/** The text of the first marked line of the TypeScript listing ('' when none is marked). */
async function markedLine(lesson: Locator): Promise<string> {
  const marked = lesson.locator(
    'pre[data-language="typescript"] .code-line[data-active="true"] .code-text',
  );
  return (await marked.count()) === 0 ? '' : ((await marked.first().textContent()) ?? '');
}

describe('the code lesson in Chromium', () => {
  it('runs the article’s program in the worker and prints the exact reference output', async () => {
    const { page, errors, context } = await openPage(browser, lessonUrl());
    const lesson = page.locator('section#code');
    const output = lesson.getByTestId('program-output');
    // The article's own settings run as soon as the lesson opens.
    await expect.poll(() => printed(output), { timeout: 20_000 }).toBe(fixture('default'));

    await lesson.getByRole('button', { name: 'Run the article’s program' }).click();
    await expect.poll(() => printed(output)).toBe(fixture('default'));
    await expect.poll(() => lesson.getByTestId('compare-epoch0-loss').textContent()).toBe('0.4635');

    const rate = lesson.getByRole('textbox', { name: 'Learning rate' });
    await rate.fill('0.9');
    await lesson.getByRole('button', { name: 'Run the article’s program' }).click();
    await expect.poll(() => printed(output)).toBe(fixture('lr-0.9-clip'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 0.9 says why the clipped neuron settled, and one click shows the unclipped one bounce', async () => {
    const { page, errors, context } = await openPage(browser, lessonUrl());
    const lesson = page.locator('section#code');
    const output = lesson.getByTestId('program-output');
    await expect.poll(() => printed(output), { timeout: 20_000 }).toBe(fixture('default'));
    expect(await lesson.getByTestId('bounce-note').count()).toBe(0);

    await lesson.getByRole('textbox', { name: 'Learning rate' }).fill('0.9');
    await lesson.getByRole('button', { name: 'Run the article’s program' }).click();
    await expect.poll(() => printed(output)).toBe(fixture('lr-0.9-clip'));
    const outcome = lesson.getByTestId('bounce-outcome');
    await expect
      .poll(() => outcome.textContent())
      .toBe('It did not bounce: the loss fell to 0.0000 by epoch 25 and stayed there.');
    expect(await lesson.getByTestId('bounce-reason').textContent()).toContain(
      'clips its output to 0…1',
    );

    await lesson.getByRole('button', { name: 'Run it without the clip' }).click();
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('bounced');
    // numpy's own losses for the first two epochs: the first step overshoots, the loss rises.
    const reference = (
      JSON.parse(readFileSync(`${FIXTURES}lr-0.9-linear.epochs.json`, 'utf8')) as {
        epochs: number[][];
      }
    ).epochs.map((epoch) => epoch[0]!.toFixed(4));
    const lines = (await printed(output)).split('\n');
    expect(lines[0]).toContain(`Epoch   0  Loss=${reference[0]}`);
    expect(lines[1]).toContain(`Epoch   1  Loss=${reference[1]}`);
    expect(Number(reference[1])).toBeGreaterThan(Number(reference[0]));
    expect(await outcome.textContent()).toContain(
      `went up from ${reference[0]} at epoch 0 to ${reference[1]} at epoch 1`,
    );
    expect(await lesson.getByRole('combobox', { name: 'Activation' }).inputValue()).toBe('linear');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the marked code line as the main run steps stage by stage', async () => {
    const { page, errors, context } = await openPage(browser, lessonUrl());
    const lesson = page.locator('section#code');
    const nextStage = lesson.getByRole('button', { name: 'Next stage' });
    await nextStage.waitFor();
    await expect.poll(() => nextStage.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await markedLine(lesson)).toBe('');

    await nextStage.click();
    await expect.poll(() => markedLine(lesson)).toContain('const p = clip(');
    await nextStage.click();
    await expect.poll(() => markedLine(lesson)).toContain('const loss = (y - p) ** 2;');
    await expect.poll(() => lesson.getByTestId('code-var-loss').textContent()).toBe('0.235225');
    await nextStage.click();
    await expect.poll(() => markedLine(lesson)).toContain('const dLoss_dP = p - y;');
    await nextStage.click();
    await expect.poll(() => markedLine(lesson)).toContain('w = [w[0] - lr * gradW[0]');
    await lesson.getByRole('button', { name: 'Next sample' }).click();
    await expect
      .poll(() => lesson.getByTestId('code-caption').textContent())
      .toContain('sample 2 of epoch 0');
    expect(errors).toEqual([]);
    await context.close();
  });
});
