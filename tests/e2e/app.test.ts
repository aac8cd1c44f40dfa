import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;

async function readEpoch(page: Page): Promise<number> {
  return Number(await page.locator('output[aria-label="Epoch"]').first().textContent());
}

/**
 * The Loss readout once it holds a number: between a snapshot that moves the Epoch readout and
 * the render that fills the loss, it may still read "—" for a frame on a loaded machine.
 */
async function readLoss(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const value = Number(document.querySelector('output[aria-label="Loss"]')?.textContent);
    return Number.isFinite(value) ? value : null;
  });
  return (await handle.jsonValue()) as number;
}

async function waitForEpoch(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('output[aria-label="Epoch"]')?.textContent) >= n,
    atLeast,
  );
}

/** Opens the lab with the request for the worker's script held until `release` is called. */
async function openWithWorkerHeld(address: string) {
  // No service worker: once it controls the page it would serve a restarted worker's script
  // from its cache, past the route that holds it back.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const held: Route[] = [];
  const isWorkerScript = (requested: URL) => /\/assets\/worker[^/]*\.js$/.test(requested.pathname);
  await context.route(isWorkerScript, (route) => {
    held.push(route);
  });
  const page = await context.newPage();
  await page.goto(address);
  const release = async () => {
    for (const route of held.splice(0)) await route.continue();
    await context.unroute(isWorkerScript);
  };
  return { page, context, held, release };
}

describe('transport bar in Chromium', () => {
  it('plays (epoch rises, loss falls), pauses, steps and resets', async () => {
    const { page, errors, context } = await openPage(browser, url('?sp=30'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForEpoch(page, 3);
    const early = await readLoss(page);
    await waitForEpoch(page, 40);
    const later = await readLoss(page);
    expect(later).toBeLessThan(early);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const paused = await readEpoch(page);
    await page.waitForTimeout(400);
    expect(await readEpoch(page)).toBe(paused);

    const updates = page.locator('#loop .counter', { hasText: 'Updates' }).locator('dd');
    const before = Number(await updates.textContent());
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => Number(await updates.textContent())).toBe(before + 1);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => readEpoch(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows real numbers on the first screen before the worker has answered', async () => {
    // The worker's script is held back, so whatever the page shows comes from the events the
    // build embedded (build/first-screen-plugin.ts), not from the worker a moment later.
    const { page, context, held, release } = await openWithWorkerHeld(url());
    // The prerendered HTML shows these numbers before any script runs, so wait until the app
    // has started and asked for the worker: from then on the page is the app's, not the HTML's.
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('loop-now').textContent())
      .toBe('Now: weights 0.500 and 0.500, bias 0.000; total loss of the last epoch —.');
    await expect
      .poll(() => page.locator('output[aria-label="Epoch"]').first().textContent())
      .toBe('0');
    // Then the worker starts and takes over from the same numbers.
    await release();
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    await context.close();
  });

  it('shows no numbers before the worker answers when the settings differ from the build’s', async () => {
    // The control for the test above: the embedded events only fit the default settings, so
    // with another rate and the worker held back, the page has nothing to show yet.
    const { page, context, held, release } = await openWithWorkerHeld(url('?lr=0.2'));
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.locator('#loop .counters').waitFor();
    expect(await page.getByTestId('loop-now').count()).toBe(0);
    await release();
    await expect.poll(() => page.getByTestId('loop-now').textContent()).toContain('0.500');
    await context.close();
  });

  it('trains in a Web Worker', async () => {
    const { page, context } = await openPage(browser, url());
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    const worker = page.workers()[0]!;
    expect(worker.url()).toMatch(/worker/);
    await context.close();
  });
});

describe('a diverging run', () => {
  it('says "diverged at epoch N" and every lesson keeps working', async () => {
    // The unclipped neuron at rate 3: its total loss passes a million times epoch 0's at
    // epoch 2 (numpy's overflows to infinity only at epoch 88): the lab's divergence rule.
    const { page, errors, context } = await openPage(browser, url('?act=linear&lr=3&e=300&sp=max'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(() => page.locator('output[aria-label="Status"]').textContent())
      .toBe('diverged at epoch 2');
    for (const id of ['forward', 'backprop', 'update', 'learning-rate', 'landscape', 'code']) {
      await page.locator(`section#${id}`).scrollIntoViewIfNeeded();
      await page.locator(`section#${id} .lesson-pending`).waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => readEpoch(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('links', () => {
  it('restores settings from a copied link and reproduces the run number for number', async () => {
    const first = await openPage(browser, url());
    // The bar's own speed (a lesson may have a speed control of its own).
    await first.page
      .getByRole('region', { name: 'Training controls' })
      .getByRole('combobox', { name: 'Speed', exact: true })
      .selectOption('max');
    await expect.poll(() => new URL(first.page.url()).searchParams.get('sp')).toBe('max');
    const link = `${first.page.url().split('?')[0]}?lr=0.05&e=60&sp=max`;
    await first.page.goto(link);
    await first.page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(() => first.page.locator('output[aria-label="Status"]').textContent())
      .toBe('finished');
    const loss1 = await first.page.locator('output[aria-label="Loss"]').textContent();
    const weights1 = await first.page.getByTestId('loop-now').textContent();

    const second = await openPage(browser, first.page.url());
    await second.page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(() => second.page.locator('output[aria-label="Status"]').textContent())
      .toBe('finished');
    expect(await second.page.locator('output[aria-label="Loss"]').textContent()).toBe(loss1);
    expect(await second.page.getByTestId('loop-now').textContent()).toBe(weights1);
    expect(Number(await readEpoch(second.page))).toBe(60);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('drops hostile values with a visible notice and never errors', async () => {
    const hostile = [
      '?lr=abc',
      '?lr=1e999&e=-5',
      '?d=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?h=1,2,999&pts=NaN,1,0',
      '?%E0%A4%A=1&sp=fast',
      `?lr=${'9'.repeat(5000)}`,
      '?__proto__=1&constructor=2',
    ];
    for (const search of hostile) {
      const { page, errors, context } = await openPage(browser, url(search));
      const notices = page
        .getByRole('status')
        .filter({ hasText: 'Some settings in the link were ignored' });
      await notices.waitFor();
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await waitForEpoch(page, 1);
      await notices
        .getByRole('button', { name: /Dismiss/ })
        .first()
        .click();
      expect(errors, search).toEqual([]);
      await context.close();
    }
  });
});
