/**
 * A link to imported data in Chromium: a CSV opened in the overfitting lab is kept in the
 * browser (IndexedDB) and named in the address (data=<16 hex>); a reload restores it; the same
 * address in a fresh browser context (another machine, as far as storage goes) says the data
 * is not here and trains nothing, until the same CSV is opened: then it trains on it. A lab
 * file exported in one context and imported in another brings the data the link names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, FileChooser, Page } from 'playwright-core';
import { linkHash, tableSha256 } from '../../src/lessons/overfitting/data-vault';
import { importCsvText } from '../../src/lessons/overfitting/import-data';
import { cornersCsv, launchBrowser, openPage, showLessonAfterLoad } from './browser';

let browser: Browser;
let folder: string;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(path.join(os.tmpdir(), 'data-link-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

const CSV_FILE = { name: 'corners.csv', mimeType: 'text/csv', buffer: Buffer.from(cornersCsv(45)) };
const STATUS = 'Training on corners.csv: classification with 3 classes, 45 rows.';

const linkData = (page: Page) => new URL(page.url()).searchParams.get('data');

describe('a link to imported data in Chromium', () => {
  it('names the data in the address, restores it on reload, and asks for it elsewhere', async () => {
    const parsed = importCsvText(cornersCsv(45), 'corners.csv');
    if (!parsed.ok) throw new Error('bad test CSV');
    const hash = linkHash(await tableSha256(parsed.data.table));

    const first = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(first.page, 'overfitting');
    let lesson = first.page.locator('section#overfitting');
    await lesson.getByLabel('Open a CSV file').setInputFiles(CSV_FILE);
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(STATUS);
    await expect.poll(() => linkData(first.page)).toBe(hash);
    const address = first.page.url();

    // A reload finds the data kept in this browser.
    await first.page.reload();
    await showLessonAfterLoad(first.page, 'overfitting');
    lesson = first.page.locator('section#overfitting');
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(STATUS);
    await expect
      .poll(() => lesson.getByTestId('data-note').textContent())
      .toBe(`This is the data the link names (${hash}), kept in this browser.`);
    expect(linkData(first.page)).toBe(hash);
    expect(first.errors).toEqual([]);
    await first.context.close();

    // A fresh context has no kept data: the lab says so, and nothing trains.
    const second = await openPage(browser, address);
    await showLessonAfterLoad(second.page, 'overfitting');
    lesson = second.page.locator('section#overfitting');
    const missing = lesson.getByTestId('missing-data');
    await expect
      .poll(() => missing.getByRole('alert').textContent())
      .toContain(
        `This link trains on imported data that is not in this browser. The link names it by the fingerprint ${hash}`,
      );
    expect(await lesson.getByRole('button', { name: 'Train the model' }).count()).toBe(0);
    expect(await lesson.locator('.fit-plot').count()).toBe(0);
    expect(linkData(second.page)).toBe(hash);

    // The same CSV brought in: it matches, and the lab trains on it.
    await missing.getByLabel('Open a CSV file').setInputFiles(CSV_FILE);
    await expect
      .poll(() => lesson.getByTestId('data-note').textContent())
      .toBe(`This is the data the link named (${hash}).`);
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(STATUS);
    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => lesson.getByTestId('fit-status').textContent()).toBe('finished');
    expect(linkData(second.page)).toBe(hash);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('carries the points added to the penguins in the link, to a fresh context', async () => {
    const first = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(first.page, 'overfitting');
    let lesson = first.page.locator('section#overfitting');
    await lesson.getByRole('button', { name: 'Use the penguins' }).click();
    await expect.poll(() => linkData(first.page)).toMatch(/^[0-9a-f]{16}$/);
    const form = lesson.getByRole('form');
    await form.getByLabel('x1').fill('45.5');
    await form.getByLabel('x2').fill('17.25');
    await form.getByRole('button', { name: 'Add point' }).click();
    await expect.poll(() => lesson.getByTestId('added-count').textContent()).toBe('1 / 20');
    await expect
      .poll(() => new URL(first.page.url()).searchParams.get('f.add'))
      .toBe('45.5,17.25,0');
    const address = first.page.url();
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await openPage(browser, address);
    await showLessonAfterLoad(second.page, 'overfitting');
    lesson = second.page.locator('section#overfitting');
    await expect.poll(() => lesson.getByTestId('added-count').textContent()).toBe('1 / 20');
    expect(new URL(second.page.url()).searchParams.get('f.add')).toBe('45.5,17.25,0');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('brings the link’s data to a fresh context with Export lab and Import lab', async () => {
    const first = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(first.page, 'overfitting');
    let lesson = first.page.locator('section#overfitting');
    await lesson.getByLabel('Open a CSV file').setInputFiles(CSV_FILE);
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(STATUS);
    await expect.poll(() => linkData(first.page)).toMatch(/^[0-9a-f]{16}$/);
    const hash = linkData(first.page);
    const [download]: [Download, void] = await Promise.all([
      first.page.waitForEvent('download'),
      lesson.getByRole('button', { name: 'Export lab', exact: true }).click(),
    ]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const address = first.page.url();
    await first.context.close();

    const second = await openPage(browser, address);
    await showLessonAfterLoad(second.page, 'overfitting');
    lesson = second.page.locator('section#overfitting');
    const missing = lesson.getByTestId('missing-data');
    await expect.poll(() => missing.getByRole('alert').textContent()).toContain(hash);
    const [chooser]: [FileChooser, void] = await Promise.all([
      second.page.waitForEvent('filechooser'),
      missing.getByRole('button', { name: 'Import lab', exact: true }).click(),
    ]);
    await chooser.setFiles(file);
    await expect
      .poll(() => lesson.getByTestId('data-note').textContent())
      .toBe(`This is the data the link named (${hash}).`);
    await expect.poll(() => lesson.getByTestId('import-status').textContent()).toBe(STATUS);
    expect(linkData(second.page)).toBe(hash);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});
