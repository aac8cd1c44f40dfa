/**
 * Links cut short, values the engine cannot use, a worker that fails or falls silent, and a
 * lesson that throws: the lab must open, say what it dropped, and keep working.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const playButton = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const pauseButton = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });
const epoch = async (page: Page) =>
  Number(await page.locator('output[aria-label="Epoch"]').first().textContent());
const notices = (page: Page) => page.getByRole('status').filter({ hasText: 'were ignored' });

/** The training engine's worker (the embeddings lesson has its own, started later). */
function trainingWorker(page: Page) {
  const worker = page.workers().find((w) => !/embedding/i.test(w.url()));
  if (worker === undefined) throw new Error('no training worker');
  return worker;
}

describe('addresses that cannot be decoded', () => {
  for (const suffix of ['#%', '#%E0%A4%A', '?lr=0.05#%']) {
    it(`${suffix} opens the lab with a notice`, async () => {
      const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}${suffix}`);
      await playButton(page).waitFor();
      await expect.poll(() => notices(page).textContent()).toMatch(/not valid URL encoding/);
      if (suffix.startsWith('?lr')) {
        await expect.poll(() => page.evaluate(() => location.search)).toBe('?lr=0.05');
      }
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('?pts=0,0,2 drops the point the two-class model cannot use, and the run trains', async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${inject('baseUrl')}?pts=0,0,2&sp=100`,
    );
    await expect.poll(() => notices(page).textContent()).toMatch(/label must be from 0 to 1/);
    await playButton(page).click();
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('values typed into fields', () => {
  for (const label of ['Peak throughput (TFLOP/s)', 'Utilisation (% of peak)']) {
    it(`1e-320 in the scale lesson's "${label}" is refused and the page stays up`, async () => {
      const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}#scale`);
      const field = page.locator('section#scale').getByLabel(label, { exact: true });
      await field.fill('1e-320');
      await field.press('Tab');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      await expect(page.locator('section#scale').textContent()).resolves.toMatch(/years/);
      await playButton(page).click();
      await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the supervised worker', () => {
  it('after a worker error during a run, Restart brings back Play and training works', async () => {
    const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}?sp=5&e=1000`);
    await playButton(page).click();
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(1);
    await trainingWorker(page).evaluate(() => {
      setTimeout(() => {
        throw new Error('injected failure');
      }, 0);
    });
    const banner = page.getByRole('alert').filter({ hasText: 'The training engine hit a problem' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Restart' }).click();
    await banner.waitFor({ state: 'detached' });
    await playButton(page).waitFor();
    await playButton(page).click();
    await pauseButton(page).waitFor();
    const before = await epoch(page);
    await expect.poll(() => epoch(page)).toBeGreaterThan(before);
    expect(errors.filter((e) => !/injected failure/.test(e))).toEqual([]);
    await context.close();
  });

  it('a worker that stops answering gets the banner', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}?sp=5&e=1000`);
    await playButton(page).click();
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(1);
    // Closed from inside: no error event reaches the page, the worker just goes quiet.
    await trainingWorker(page).evaluate(() => {
      setTimeout(() => self.close(), 0);
    });
    const banner = page.getByRole('alert').filter({ hasText: 'stopped answering' });
    await banner.waitFor({ timeout: 10_000 });
    await banner.getByRole('button', { name: 'Restart' }).click();
    await playButton(page).click();
    const before = await epoch(page);
    await expect.poll(() => epoch(page)).toBeGreaterThan(before);
    await context.close();
  });
});

describe('a lesson that throws', () => {
  it('shows the lesson-level message while the rest of the page works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      sessionStorage.setItem('training-loop-lab:fail-lesson', 'loss');
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?sp=30`);
    const failed = page.locator('section#loss').getByRole('alert');
    await expect.poll(() => failed.textContent()).toMatch(/This lesson stopped working/);
    await expect(page.locator('section#forward').getByRole('alert').count()).resolves.toBe(0);
    await playButton(page).click();
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(2);

    await page.evaluate(() => sessionStorage.removeItem('training-loop-lab:fail-lesson'));
    await failed.getByRole('button', { name: 'Reload this lesson' }).click();
    await expect(failed.count()).resolves.toBe(0);
    await page.locator('section#loss .lesson-pending').waitFor({
      state: 'detached',
    });
    await context.close();
  });
});
