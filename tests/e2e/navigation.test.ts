/**
 * Lesson links land on their lesson: sections skip rendering while off screen
 * (content-visibility), and a link must still scroll to the right place.
 */
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

describe('lesson links', () => {
  for (const id of ['landscape', 'overfitting', 'embeddings']) {
    it(`#${id} shows that lesson's heading on screen`, async () => {
      const { page, errors, context } = await openPage(browser, `${inject('baseUrl')}#${id}`);
      const heading = page.locator(`#${id}-title`);
      await expect
        .poll(async () => {
          const box = await heading.boundingBox();
          return box !== null && box.y >= 0 && box.y < 900;
        })
        .toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a click on a lesson link in the navigation scrolls to it', async () => {
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    await page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Scale/ })
      .click();
    const heading = page.locator('#scale-title');
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 9999).toBeLessThan(900);
    expect(errors).toEqual([]);
    await context.close();
  });
});
