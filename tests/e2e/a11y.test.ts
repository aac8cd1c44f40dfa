/**
 * axe in real Chromium: no violations on any lesson, in English and Arabic, light and dark, and
 * in presenter and embed modes. A failure lists each problem as "rule · where · element", where
 * "where" is the lesson whose section holds the element (or "shell").
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;

// Scans run with reduced motion: axe must see the settled page, not a frame of a fade-in.

/** Scrolls each lesson into view and waits until its lazy view has replaced the fallback. */
async function loadEveryLesson(page: Page): Promise<void> {
  for (const id of lessonIds) {
    const section = page.locator(`section#${id}`);
    await section.scrollIntoViewIfNeeded();
    await section.locator('.lesson-pending').waitFor({ state: 'detached' });
  }
  // Charts and drawings settle after their first data.
  await page.waitForTimeout(500);
}

/** axe's violations as readable lines: rule, the lesson (or shell) holding it, the element. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include !== undefined) builder.include(include);
  const { violations: found } = await builder.analyze();
  const lines: string[] = [];
  for (const violation of found) {
    for (const node of violation.nodes) {
      const selector = node.target.map(String).join(' ');
      const where = await page
        .evaluate((sel) => {
          try {
            return document.querySelector(sel)?.closest('section.lesson')?.id ?? 'shell';
          } catch {
            return 'shell';
          }
        }, String(node.target[0]))
        .catch(() => 'shell');
      lines.push(`${violation.id} · ${where} · ${selector} · ${node.failureSummary ?? ''}`);
    }
  }
  return lines;
}

describe('axe on the learner page', () => {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const) {
    it(`has no violations on any lesson (${lang}, ${theme})`, async () => {
      const { page, errors, context } = await openPage(browser, url(`?lang=${lang}&th=${theme}`), {
        reducedMotion: true,
      });
      await page
        .getByRole('button', { name: lang === 'en' ? 'Presenter mode' : 'وضع العرض' })
        .waitFor();
      await loadEveryLesson(page);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
  }
});

describe('axe in presenter mode', () => {
  it('has no violations on any lesson', async () => {
    const { page, errors, context } = await openPage(browser, url('?mode=presenter'), {
      reducedMotion: true,
    });
    const found: string[] = [];
    for (const [index, id] of lessonIds.entries()) {
      await page.getByText(`Lesson ${index + 1} of ${lessonIds.length}`).waitFor();
      await page.locator(`section#${id} .lesson-pending`).waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      found.push(...(await violations(page)));
      if (index < lessonIds.length - 1) {
        await page.getByRole('button', { name: 'Next lesson' }).click();
      }
    }
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found.push(...(await violations(page)));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('axe in embed mode', () => {
  for (const id of ['loop', 'learning-rate'] as const) {
    for (const search of [`?embed=${id}`, `?embed=${id}&th=dark&lang=ar`]) {
      it(`has no violations in ${search}`, async () => {
        const { page, errors, context } = await openPage(browser, url(search), {
          reducedMotion: true,
        });
        await page.locator(`section#${id}`).waitFor();
        await page.locator(`section#${id} .lesson-pending`).waitFor({ state: 'detached' });
        await page.waitForTimeout(300);
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
