/**
 * The performance probe. It reports figures (printed, and written to
 * test-results/performance.json); it does not fail on them, because timing on a shared
 * machine is not a reliable gate. It fails only if the page stops working.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { mergeFigures } from './figures';
import { measureFrames, waitUntilSettled } from './frames';

let browser: Browser;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  mergeFigures(figures);
  console.log(`[probe] ${JSON.stringify(figures)}`);
});

const epochOf = async (page: Page) =>
  Number(await page.locator('output[aria-label="Epoch"]').first().textContent());

describe('performance probe (reported, not gated)', () => {
  it('keeps the page smooth while the worker trains a W1-size network flat out', async () => {
    const search = '?m=mlp&d=circle&n=500&vs=0&h=8,8&ha=tanh&b=10&lr=0.03&e=1000000&sp=max';
    const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}${search}`);
    await waitUntilSettled(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('output[aria-label="Epoch"]')?.textContent) > 0,
    );
    const startEpoch = await epochOf(page);
    const started = Date.now();
    const result = await measureFrames(page, 10);
    const epochsPerSecond = ((await epochOf(page)) - startEpoch) / ((Date.now() - started) / 1000);
    figures.w1 = { ...result, epochsPerSecond, samplesPerSecond: epochsPerSecond * 500 };
    expect(epochsPerSecond).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("advances the article's neuron visibly fast", async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${inject('baseUrl')}?e=1000000&sp=max`,
    );
    await waitUntilSettled(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('output[aria-label="Epoch"]')?.textContent) > 0,
    );
    const startEpoch = await epochOf(page);
    const started = Date.now();
    const frames = await measureFrames(page, 3);
    const epochsPerSecond = ((await epochOf(page)) - startEpoch) / ((Date.now() - started) / 1000);
    figures.article = { ...frames, epochsPerSecond };
    expect(epochsPerSecond).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
