/**
 * Own data in Chromium: a CSV opened through the overfitting lab's file input trains in the
 * worker, the trained network is exported through the Export menu as JSON and as Python, and
 * the Python file run with python3 (numpy) predicts what the lab's own model does, to 1e-9.
 * And the Palmer penguins: their rows load only when chosen, and the lab's network learns
 * them well above chance.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { predictPoints, readModel } from '../../src/core/model-export';
import { cornersCsv, launchBrowser, openPage, showLessonAfterLoad } from './browser';

let browser: Browser;
let folder: string;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(path.join(os.tmpdir(), 'own-data-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function exportChoice(page: Page, choice: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('own data in Chromium', () => {
  it('opens a CSV, trains, exports the model, and the Python export predicts as the lab does', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?sp=max`);
    await showLessonAfterLoad(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    await lesson.getByLabel('Open a CSV file').setInputFiles({
      name: 'corners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(cornersCsv(60)),
    });
    const status = lesson.getByTestId('import-status');
    await expect
      .poll(() => status.textContent())
      .toBe('Training on corners.csv: classification with 3 classes, 60 rows.');

    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => lesson.getByTestId('fit-status').textContent()).toBe('finished');

    const modelFile = await exportChoice(page, 'Model (overfitting lab) as JSON');
    expect(path.basename(modelFile)).toBe('training-loop-lab-model.json');
    const model = readModel(readFileSync(modelFile, 'utf8'));
    expect(model.data).toBe('corners.csv');
    expect(model.inputs.names).toEqual(['width', 'height']);

    const python = await exportChoice(page, 'Model as Python (numpy)');
    const points = [
      [112.5, 503],
      [160, 584],
      [205, 501.5],
      [131.25, 540],
    ];
    const lab = predictPoints(model, points);
    for (const [k, point] of points.entries()) {
      const line = execFileSync('python3', [python, ...point.map(String)], { encoding: 'utf8' });
      const [predicted, ...probabilities] = line.trim().split(',').map(Number);
      const mine = lab[k]!;
      if (mine.kind !== 'class') throw new Error('expected a class prediction');
      expect(predicted).toBe(mine.classIndex);
      expect(probabilities).toHaveLength(3);
      probabilities.forEach((p, c) =>
        expect(Math.abs(p - mine.probabilities[c]!)).toBeLessThan(1e-9),
      );
    }
    // The trained lab tells the corners apart.
    expect(lab.map((p) => (p.kind === 'class' ? p.classIndex : -1)).slice(0, 3)).toEqual([0, 1, 2]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the penguins only when chosen and trains on them well above chance', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?sp=max`);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await showLessonAfterLoad(page, 'overfitting');
    const lesson = page.locator('section#overfitting');
    await lesson.getByText(/palmerpenguins\), released under CC0 1\.0/).waitFor();
    const penguinScripts = () => scripts.filter((url) => /penguins/i.test(url));
    expect(penguinScripts()).toEqual([]);

    await lesson.getByLabel('Measurement for x1').selectOption('flipper_length');
    await lesson.getByLabel('Measurement for x2').selectOption('beak_length');
    await lesson.getByRole('button', { name: 'Use the penguins' }).click();
    await expect
      .poll(() => lesson.getByTestId('import-status').textContent())
      .toBe('Training on Palmer penguins: classification with 3 classes, 342 rows.');
    expect(penguinScripts().length).toBeGreaterThan(0);

    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await expect.poll(() => lesson.getByTestId('fit-status').textContent()).toBe('finished');
    const summary = await lesson
      .getByText(/of the validation points are classified correctly/)
      .textContent();
    const validation = Number(/and (\d+) % of the validation points/.exec(summary ?? '')?.[1]);
    console.log(`penguins (flipper length, beak length), overfit preset: ${summary}`);
    // Three species: chance is about 33 %.
    expect(validation).toBeGreaterThan(80);
    expect(errors).toEqual([]);
    await context.close();
  });
});
