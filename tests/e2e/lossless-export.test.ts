/**
 * Lossless exports in real Chromium: after more epochs than the charts keep, Export writes
 * every one of them, taken from the worker, with the numbers the page showed on the way.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { formatLoss } from '../../src/ui/format';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readout = (page: Page, label: string) =>
  page.locator(`output[aria-label="${label}"]`).first().textContent();
const epoch = (page: Page) => readout(page, 'Epoch').then((text) => Number(text));

async function exportChoice(page: Page, choice: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  return download;
}

/** More than the charts' history keeps (store/history.ts keeps 4,000 points a series). */
const EPOCHS = 6000;

describe('lossless export', () => {
  it('writes every epoch of the main run, with the losses the page showed', async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${inject('baseUrl')}?e=${EPOCHS}&sp=30`,
    );
    const transport = page.getByRole('group', { name: 'Training controls' }).first();
    // A few epochs at a watchable speed, then paused: the page shows one epoch's loss.
    await transport.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(3);
    await transport.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => readout(page, 'Status')).toBe('paused');
    const seenEpochs = await epoch(page);
    const seenLoss = await readout(page, 'Loss');

    // Then flat out to the end.
    await transport.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    await transport.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => readout(page, 'Status')).toBe('finished');
    expect(await epoch(page)).toBe(EPOCHS);
    const lastLoss = await readout(page, 'Loss');

    const csvFile = await exportChoice(page, 'History as CSV');
    expect(csvFile.suggestedFilename()).toBe(`training-loop-lab-main-epoch-${EPOCHS}.csv`);
    const csv = (await readFile((await csvFile.path())!, 'utf8')).trimEnd().split('\n');
    console.log(`e2e lossless export after ${EPOCHS} epochs: ${csv.length} CSV lines`);
    expect(csv).toHaveLength(EPOCHS + 1);
    const row = (epochIndex: number) => csv[epochIndex + 1]!.split(',').map(Number);
    // Every epoch, in order: 0, 1, …, EPOCHS − 1.
    expect(csv.slice(1).every((line, k) => Number(line.split(',')[0]) === k)).toBe(true);
    // The article's loss is the sum over its examples (the third column), as the bar writes it.
    expect(formatLoss(row(seenEpochs - 1)[2])).toBe(seenLoss);
    expect(formatLoss(row(EPOCHS - 1)[2])).toBe(lastLoss);

    const jsonFile = await exportChoice(page, 'History as JSON');
    const json = JSON.parse(await readFile((await jsonFile.path())!, 'utf8'));
    expect(json.settings.epochs).toBe(EPOCHS);
    expect(json.rows).toHaveLength(EPOCHS);
    expect(json.rows[EPOCHS - 1].trainLossSum).toBe(row(EPOCHS - 1)[2]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
