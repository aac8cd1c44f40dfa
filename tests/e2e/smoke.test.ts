import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app in Chromium', () => {
  it('opens with its title and no errors', async () => {
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Training Loop Lab',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
