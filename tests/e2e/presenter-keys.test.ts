/**
 * Presenter mode driven as a clicker drives it, in Chromium at projector size: Space (or
 * PageDown) does the lesson's primary action, named in the bar; once that has nothing left to
 * do, the next press moves on; a lesson's title takes focus without drawing a ring; and the
 * loop lesson fills a 1920×1080 screen without scrolling.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function presenter(lesson: string, size = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${inject('baseUrl')}?mode=presenter&ls=${lesson}`);
  await ready(page, lesson);
  return { context, page, errors };
}

/** The lesson's code has arrived and its action is named in the bar. */
async function ready(page: Page, lesson: string): Promise<void> {
  await page.locator(`section#${lesson} .lesson-pending`).waitFor({ state: 'detached' });
  await page.getByTestId('presenter-primary').waitFor();
}

const hint = (page: Page) => page.getByTestId('presenter-primary').textContent();
const position = (page: Page) => page.getByText(/^Lesson \d+ of 12$/).textContent();

/** The title's ring as drawn: none unless it has a style and a width. */
function titleRing(id: string): string {
  const style = getComputedStyle(document.getElementById(`${id}-title`) as Element);
  const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return drawn ? `${style.outlineStyle} ${style.outlineWidth}` : 'none';
}

describe('presenter mode from a clicker', () => {
  it('learning rate: Space starts the race and every runner gets its outcome', async () => {
    const { page, errors, context } = await presenter('learning-rate');
    expect(await hint(page)).toBe('Space: Start the race');
    await page.keyboard.press('Space');
    const outcomes = page
      .locator('section#learning-rate')
      .getByRole('region', { name: 'What happened' })
      .getByRole('listitem');
    // The race keeps its own pace (about 4 s); a busy machine gets some slack.
    await expect
      .poll(() => outcomes.allTextContents(), { timeout: 10_000 })
      .toEqual([
        expect.stringMatching(/0\.01: too slow/),
        expect.stringMatching(/0\.1: (converged|settled)/),
        expect.stringMatching(/1\.5: (bouncing|diverged)/),
        expect.stringMatching(/3: diverged at epoch \d+$/),
      ]);
    // Space did not scroll the page instead: the race was brought into view on purpose.
    const results = await page.locator('#learning-rate .race-results').boundingBox();
    expect(results?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(results?.y ?? Infinity).toBeLessThan(1080 / 2);
    // The race has ended: the next press (a clicker's PageDown) moves on.
    await expect.poll(() => hint(page)).toBe('Space: Next lesson');
    await page.keyboard.press('PageDown');
    await expect.poll(() => position(page)).toBe('Lesson 7 of 12');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('overfitting: Space trains the try, Space again pauses it', async () => {
    const { page, errors, context } = await presenter('overfitting');
    const status = page.locator('section#overfitting').getByTestId('fit-status');
    expect(await status.textContent()).toBe('ready');
    expect(await hint(page)).toBe('Space: Train the model');
    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toBe('running');
    expect(await hint(page)).toBe('Space: Pause training');
    // A try takes about 4 s at the lab's own pace: time enough to pause it.
    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toBe('paused');
    await page.keyboard.press('PageDown');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('finished');
    expect(await page.getByTestId('fit-results').locator('tbody tr').count()).toBe(1);
    expect(await position(page)).toBe('Lesson 9 of 12');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every lesson names its action, and titles take focus without a ring', async () => {
    const { page, errors, context } = await presenter('loop');
    const named: string[] = [];
    for (const [index, id] of lessonIds.entries()) {
      if (index > 0) await page.keyboard.press('n');
      await expect.poll(() => position(page)).toBe(`Lesson ${index + 1} of 12`);
      await ready(page, id);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${id}-title`);
      expect(await page.evaluate(titleRing, id)).toBe('none');
      named.push(`${id}: ${await hint(page)}`);
    }
    expect(named).toEqual(lessonIds.map((id) => expect.stringMatching(`^${id}: Space: .+`)));
    // Back with the clicker's other button: the title takes focus, still without a ring.
    await page.keyboard.press('PageUp');
    await expect.poll(() => position(page)).toBe('Lesson 11 of 12');
    expect(await page.evaluate(titleRing, 'scale')).toBe('none');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`the loop lesson fills a ${size.width}×${size.height} screen without scrolling`, async () => {
      const { page, errors, context } = await presenter('loop', size);
      const fit = await page.evaluate(() => {
        const lesson = document.getElementById('loop') as HTMLElement;
        const box = lesson.getBoundingClientRect();
        return {
          scrolls: document.documentElement.scrollHeight > window.innerHeight,
          share: (box.width * box.height) / (window.innerWidth * window.innerHeight),
        };
      });
      expect(fit.scrolls).toBe(false);
      expect(fit.share).toBeGreaterThan(0.6);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
