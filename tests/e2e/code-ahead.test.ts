/**
 * A lesson's code arrives before the reader does: after the first scroll it is fetched from a
 * screen and a half away (its section renders only within a quarter of a screen), and a
 * lesson link starts it as the pointer comes over the link. Before any scroll, the first
 * visit fetches no lesson beyond the first.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The lesson files the page asked for (their chunks are named after the lesson's view). */
function lessonRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/(\w+)Lesson-[^/]*\.js$/u.exec(request.url());
    if (match?.[1] !== undefined) seen.push(match[1]);
  });
  return seen;
}

const DESKTOP = { width: 1280, height: 800 };
/** On a phone the loop lesson is one long column: the second lesson starts two screens down. */
const PHONE = { width: 390, height: 844 };

async function openAt(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const requested = lessonRequests(page);
  await page.goto(inject('baseUrl'));
  await page.waitForLoadState('load');
  return { context, page, errors, requested };
}

const topOf = (page: Page, id: string) =>
  page.locator(`section#${id}`).evaluate((section) => section.getBoundingClientRect().top);

describe("a lesson's code, ahead of the reader", () => {
  it('is fetched after the first scroll for the lesson below, before its section renders it', async () => {
    const { context, page, errors, requested } = await openAt(PHONE);
    await page.waitForTimeout(1500);
    expect(requested).toEqual([]);
    // A small scroll: the next lesson is still well out of reach of the quarter-screen margin.
    await page.mouse.move(195, 600);
    await page.mouse.wheel(0, 40);
    await expect.poll(() => requested.includes('Forward')).toBe(true);
    const viewport = page.viewportSize()!;
    expect(await topOf(page, 'forward')).toBeGreaterThan(viewport.height * 1.25);
    expect(await page.locator('section#forward .lesson-pending').count()).toBe(1);
    // Scrolled to, it renders at once from the code already there.
    await page.locator('section#forward').scrollIntoViewIfNeeded();
    await page.locator('section#forward .lesson-pending').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts loading when the pointer comes over a lesson link', async () => {
    const { context, page, errors, requested } = await openAt(DESKTOP);
    const link = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', {
      name: /Overfitting/,
    });
    await link.hover();
    await expect.poll(() => requested.includes('Overfitting')).toBe(true);
    // Nothing scrolled: the lesson's section has not rendered it yet.
    expect(await page.locator('section#overfitting .lesson-pending').count()).toBe(1);
    await link.click();
    await page.locator('section#overfitting .lesson-pending').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
