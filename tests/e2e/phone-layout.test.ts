/**
 * Phone first, and wide screens used, in Chromium. On a 360×740 and a 390×844 phone every
 * lesson, once on screen and drawn, keeps inside the screen's width (whatever is wider scrolls
 * in a box of its own), the bar that stays on screen is under 120 px, its controls are 44 px
 * touch targets, the text of every drawing (chart labels, the network diagram's names and
 * weights) is at least 11 px and canvases are drawn at the size they are shown. At 1600×900
 * in learner mode a lesson's controls sit beside its figures.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser, showLesson } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;

/** The smallest the lab lets a touch target or a chart label be. */
const TOUCH_PX = 44;
const LABEL_PX = 11;

/**
 * Records every canvas that, at the end of the task that put it on the page, is drawn smaller
 * than it is shown: a canvas sized later (in a passive effect, after a paint) first shows at
 * its default 300×150, stretched, and then changes height.
 */
function watchNewCanvases() {
  const late: string[] = [];
  Object.assign(window, { lateCanvases: late });
  const check = (canvas: HTMLCanvasElement) => {
    const shown = canvas.getBoundingClientRect().width;
    const drawn = canvas.width / window.devicePixelRatio;
    if (shown > 0 && drawn < shown - 1) {
      late.push(`${canvas.getAttribute('aria-label') ?? 'canvas'}: ${drawn} px, shown ${shown}`);
    }
  };
  // A MutationObserver reports at the end of the inserting task, after React's layout effects.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node instanceof HTMLCanvasElement) check(node);
        node.querySelectorAll('canvas').forEach(check);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function openAt(viewport: { width: number; height: number }, search = '') {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(watchNewCanvases);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url(search));
  await page.locator('section#loop').waitFor();
  return { context, page, errors };
}

/**
 * Every visible element of the lesson that ends past the screen's right (or, right to left,
 * starts before its left) edge without an ancestor that scrolls sideways, described for the
 * failure message; and the document's width against the screen's.
 */
async function overflow(page: Page, id: string) {
  return page.evaluate((lessonId) => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) => {
      for (let up = element.parentElement; up !== null; up = up.parentElement) {
        const { overflowX } = getComputedStyle(up);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const section = document.getElementById(lessonId)!;
    const outside: string[] = [];
    for (const element of [section, ...section.querySelectorAll('*')]) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (element.closest('.visually-hidden') !== null) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      if (scrollsSideways(element)) continue;
      const name = `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '')}`;
      outside.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    return {
      outside: outside.slice(0, 8),
      documentWidth: document.documentElement.scrollWidth,
      screenWidth: width,
    };
  }, id);
}

/**
 * Text of any drawing (charts, maps, the network diagram's names, weights and sums) smaller
 * than LABEL_PX as drawn (font size times the SVG's scale on screen), and canvases drawn
 * smaller than shown (their text would shrink with them).
 */
async function smallLabels(page: Page, id: string, least: number) {
  return page.evaluate(
    ({ lessonId, least }) => {
      const section = document.getElementById(lessonId)!;
      const small: string[] = [];
      for (const text of section.querySelectorAll<SVGTextElement>('svg text')) {
        if (text.getBoundingClientRect().width === 0) continue;
        const matrix = text.getScreenCTM();
        const scale = matrix === null ? 1 : Math.hypot(matrix.a, matrix.b);
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < least - 0.05) small.push(`"${text.textContent}" ${size.toFixed(1)} px`);
      }
      for (const canvas of section.querySelectorAll('canvas')) {
        const shown = canvas.getBoundingClientRect().width;
        const drawn = canvas.width / window.devicePixelRatio;
        if (shown > 0 && drawn < shown - 1) small.push(`canvas drawn ${drawn} px, shown ${shown}`);
      }
      return small.slice(0, 8);
    },
    { lessonId: id, least },
  );
}

/** The touch targets of the header and the bar below it that are smaller than TOUCH_PX. */
async function smallTargets(page: Page) {
  return page.evaluate((least) => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      '.app-header :is(button, select, input, a), .sticky-bar :is(button, select, input, a)',
    );
    for (const control of controls) {
      if (control.closest('.visually-hidden') !== null) continue;
      if (control.getBoundingClientRect().width === 0) continue;
      // A checkbox is reached through its label, which is the target a finger hits.
      const target =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? (control.closest('label') ?? control)
          : control;
      const box = target.getBoundingClientRect();
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim();
        small.push(`${control.tagName.toLowerCase()} "${name}" ${box.width}×${box.height}`);
      }
    }
    return small;
  }, TOUCH_PX);
}

const stickyHeight = (page: Page) =>
  page.locator('.sticky-bar').evaluate((bar) => bar.getBoundingClientRect().height);

describe('on a phone', () => {
  for (const viewport of PHONES) {
    it(`at ${viewport.width}×${viewport.height} every lesson keeps inside the screen, with the text of every drawing 11 px or more`, async () => {
      const { context, page, errors } = await openAt(viewport);
      expect(await stickyHeight(page)).toBeLessThan(120);
      for (const id of lessonIds) {
        await showLesson(page, id);
        // Charts and maps arrive after the lesson's code: wait until the lesson has settled.
        await expect
          .poll(async () => (await overflow(page, id)).outside, { timeout: 15_000 })
          .toEqual([]);
        const { documentWidth, screenWidth } = await overflow(page, id);
        expect(documentWidth, id).toBe(screenWidth);
        expect(await smallLabels(page, id, LABEL_PX), id).toEqual([]);
      }
      // The bar stays small whatever the lessons did to the readouts while loading.
      expect(await stickyHeight(page)).toBeLessThan(120);
      // No canvas was ever on the page at a size other than its own.
      expect(
        await page.evaluate(() => (window as unknown as { lateCanvases: string[] }).lateCanvases),
      ).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the loop lesson lists its four stages in running order, equally wide; a wide screen keeps the ring', async () => {
    /** Each stage's box, in the diagram's order of stages. */
    const stageBoxes = (page: Page) =>
      page.locator('#loop .loop-stage').evaluateAll((stages) =>
        stages.map((stage) => {
          const box = stage.getBoundingClientRect();
          return {
            stage: (stage as HTMLElement).dataset.stage,
            x: box.x,
            y: box.y,
            width: box.width,
          };
        }),
      );
    for (const viewport of PHONES) {
      const { context, page, errors } = await openAt(viewport);
      await page.locator('#loop .loop-stage').first().waitFor();
      const boxes = await stageBoxes(page);
      expect(boxes.map((box) => box.stage)).toEqual(['forward', 'loss', 'backprop', 'update']);
      for (const box of boxes) expect(Math.abs(box.width - boxes[0]!.width)).toBeLessThan(1);
      for (let i = 1; i < boxes.length; i += 1)
        expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y);
      expect(errors).toEqual([]);
      await context.close();
    }
    const { context, page } = await openAt({ width: 1280, height: 800 });
    await page.locator('#loop .loop-stage').first().waitFor();
    const [forward, loss] = await stageBoxes(page);
    expect(Math.abs(forward!.y - loss!.y)).toBeLessThan(1);
    expect(loss!.x).toBeGreaterThan(forward!.x + forward!.width);
    await context.close();
  });

  it('in Arabic at 360×740 no lesson runs past either edge of the screen', async () => {
    const { context, page, errors } = await openAt(PHONES[0], '?lang=ar');
    expect(await stickyHeight(page)).toBeLessThan(120);
    for (const id of lessonIds) {
      await showLesson(page, id);
      await expect
        .poll(async () => (await overflow(page, id)).outside, { timeout: 15_000 })
        .toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('header and bar controls are 44 px targets; the lessons fold into a menu over the page', async () => {
    const { context, page, errors } = await openAt(PHONES[1]);
    expect(await smallTargets(page)).toEqual([]);
    // The transport shows its buttons' icons alone (no wider than a target), names kept.
    const bar = page.locator('.sticky-bar');
    for (const name of ['Play', 'Step', 'Reset']) {
      const button = bar.getByRole('button', { name, exact: true });
      await expect.poll(() => button.isVisible()).toBe(true);
      expect((await button.boundingBox())!.width).toBeLessThan(TOUCH_PX + 8);
    }
    // After a step the Loss readout carries its "so far" note and the state reads "paused":
    // the bar still keeps to its three rows.
    await bar.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => page.getByTestId('loss-note').count()).toBe(1);
    expect(await stickyHeight(page)).toBeLessThan(120);
    // Closed, the menu hides its links; open, it lies over the page and the bar keeps its size.
    const menu = bar.getByRole('button', { name: 'Lessons' });
    const links = bar.getByRole('navigation', { name: 'Lessons' }).getByRole('link');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);
    const closedHeight = await stickyHeight(page);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => links.first().isVisible()).toBe(true);
    expect(await links.count()).toBe(lessonIds.length);
    expect(await stickyHeight(page)).toBe(closedHeight);
    expect(await smallTargets(page)).toEqual([]);
    // A followed link closes the menu and brings its lesson up under the bar.
    await links.filter({ hasText: 'Overfitting' }).click();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() =>
        page
          .locator('section#overfitting')
          .evaluate((section) => Math.round(section.getBoundingClientRect().top)),
      )
      .toBeLessThan(200);
    // Escape closes an open menu and gives focus back to its button.
    await menu.click();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the header', () => {
  it('on a phone folds its tools behind Settings, so the loop lesson starts on the first screen', async () => {
    const { context, page, errors } = await openAt(PHONES[1]);
    const settings = page.getByRole('button', { name: 'Settings' });
    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await settings.isVisible()).toBe(true);
    expect(await theme.isVisible()).toBe(false);
    // The loop lesson's title and its first stage show without scrolling.
    const firstStage = await page.locator('#loop .loop-diagram').boundingBox();
    expect(firstStage!.y).toBeLessThan(PHONES[1].height / 2);
    await settings.click();
    expect(await settings.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Theme', 'Language'])
      expect(await page.getByRole('combobox', { name }).isVisible()).toBe(true);
    for (const name of ['Copy link', 'Presenter mode'])
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    await theme.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a wide screen shows its tools in a row, with no Settings button', async () => {
    const { context, page, errors } = await openAt({ width: 1280, height: 800 });
    expect(await page.getByRole('button', { name: 'Settings' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Theme' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Whether two boxes share some height and stand apart across the page. */
function sideBySide(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  const shareHeight = a.y < b.y + b.height && b.y < a.y + a.height;
  const apart = a.x + a.width <= b.x || b.x + b.width <= a.x;
  return shareHeight && apart;
}

describe('on a wide screen in learner mode', () => {
  it('at 1600×900 the controls of the overfitting and learning-rate lessons sit beside their figures', async () => {
    const { context, page, errors } = await openAt({ width: 1600, height: 900 });
    const pairs = [
      ['overfitting', '.fit-transport', '.fit-lab'],
      ['learning-rate', '.race-settings', '.race-results'],
    ] as const;
    for (const [id, controls, figures] of pairs) {
      await showLesson(page, id);
      const section = page.locator(`section#${id}`);
      const a = await section.locator(controls).boundingBox();
      const b = await section.locator(figures).boundingBox();
      expect(a, `${id} ${controls}`).not.toBeNull();
      expect(b, `${id} ${figures}`).not.toBeNull();
      expect(sideBySide(a!, b!), `${id}: ${JSON.stringify({ a, b })}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1280×900 the same lessons keep one column (the side-by-side layout waits for room)', async () => {
    const { context, page } = await openAt({ width: 1280, height: 900 });
    await showLesson(page, 'learning-rate');
    const section = page.locator('section#learning-rate');
    const a = await section.locator('.race-settings').boundingBox();
    const b = await section.locator('.race-results').boundingBox();
    expect(sideBySide(a!, b!)).toBe(false);
    await context.close();
  });
});
