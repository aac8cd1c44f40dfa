/**
 * Offline: after one visit the service worker holds the whole build, so the lab opens and
 * trains with the network gone; and no request ever leaves the lab's own origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('opens and trains without a network after the first visit', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser, base);
    const requests: string[] = [page.url()];
    context.on('request', (request) => requests.push(request.url()));

    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    await page.goto(`${base}?sp=30&lr=0.2`);
    await page.getByRole('heading', { level: 1, name: 'Training Loop Lab' }).waitFor();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(async () => Number(await page.locator('output[aria-label="Epoch"]').textContent()))
      .toBeGreaterThanOrEqual(3);
    // Every lesson's code (loaded on demand) is there too.
    for (const id of lessonIds) {
      await page.locator(`section#${id}`).scrollIntoViewIfNeeded();
      await page.locator(`section#${id} .lesson-pending`).waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);

    const origin = new URL(base).origin;
    const foreign = requests.filter(
      (address) => !address.startsWith(`${origin}/`) && !/^(data|blob):/.test(address),
    );
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('makes the offline copy only once the playing run pauses', async () => {
    // A run that would play for hours: the copy waits (its caching would cost the run frames).
    const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}?e=1000000`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const registered = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    // Past the 3 s settling pause and the 2 s idle cap, with room to spare.
    await page.waitForTimeout(7000);
    expect(await registered()).toBe(false);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(registered).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
