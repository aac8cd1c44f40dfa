/**
 * Arabic pages in real Chromium: written maths keeps its left-to-right order inside
 * right-to-left sentences, and Arabic words are never set in a monospace face. Order is read
 * from the screen itself: each character's box, left to right, so a formula whose pieces the
 * bidirectional algorithm reordered ("31 = 32 ÷ 1,000") fails even when its DOM text is right.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser, openPage, showLesson } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;

/** Elements that hold written maths, figures or code: each must be laid out left to right. */
const FORMULA_ELEMENTS = '.formula, .numbers, code, pre, kbd, samp, bdi[dir="ltr"]';

/** Formula elements (as "tag.class: text") whose computed direction is not ltr. */
function formulasNotLeftToRight(section: Locator): Promise<string[]> {
  return section.evaluate((root, selector) => {
    const found: string[] = [];
    for (const element of Array.from(root.querySelectorAll(selector))) {
      if (getComputedStyle(element).direction !== 'ltr') {
        const text = (element.textContent ?? '').trim().slice(0, 60);
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${text}`);
      }
    }
    return found;
  }, FORMULA_ELEMENTS);
}

/** Visible text holding Arabic letters whose element is set in a monospace face. */
function arabicInMonospace(section: Locator): Promise<string[]> {
  return section.evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || !/[\u0600-\u06ff]/.test(node.textContent ?? '')) continue;
      if (element.closest('.visually-hidden') !== null || element.getClientRects().length === 0)
        continue;
      const family = getComputedStyle(element).fontFamily;
      if (/mono/i.test(family)) found.push(`${(node.textContent ?? '').trim()} (${family})`);
    }
    return found;
  });
}

/**
 * Written maths (Latin letters, digits and operators) in a lesson whose characters, on
 * screen, do not run left to right: each as "«the maths» in tag.class".
 */
function mathsOutOfOrder(section: Locator): Promise<string[]> {
  return section.evaluate((root) => {
    const skip = 'svg, canvas, .visually-hidden, [aria-hidden="true"], input, textarea, select';
    // The text of each block (paragraph, cell, …) in reading order, with where each character
    // lives, so maths split over several inline elements is read as one.
    const blocks = new Map<Element, Text[]>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || element.closest(skip) !== null) continue;
      if ((node.textContent ?? '').trim() === '' || element.getClientRects().length === 0) continue;
      let block: Element = element;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement !== null)
        block = block.parentElement;
      blocks.set(block, [...(blocks.get(block) ?? []), node as Text]);
    }
    const operand = String.raw`[A-Za-z0-9²³¹⁰⁴-⁹⁻_%]+(?:[.,][A-Za-z0-9²³¹⁰⁴-⁹⁻_%]+)*`;
    const maths = new RegExp(
      String.raw`[−-]?${operand}(?:\s*[×÷−+=/*·←→–<>≤≥-]\s*[−-]?${operand})*`,
      'g',
    );
    const found: string[] = [];
    for (const [block, nodes] of blocks) {
      const places: [Text, number][] = [];
      let text = '';
      for (const node of nodes) {
        const data = node.data;
        for (let i = 0; i < data.length; i++) places.push([node, i]);
        text += data;
      }
      for (const match of text.matchAll(maths)) {
        const run = match[0];
        // Only maths: an operator between terms, or a signed number.
        if (!/[×÷−+=/*·←→–<>≤≥]|^[−-]\d/.test(run) || !/\d|[A-Za-z]\s*[=×]/.test(run)) continue;
        let previous: DOMRect | null = null;
        for (let k = match.index; k < match.index + run.length; k++) {
          if (/\s/.test(text[k] ?? ' ')) continue;
          const [node, offset] = places[k] as [Text, number];
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const box = range.getBoundingClientRect();
          if (box.width === 0) continue;
          const sameLine =
            previous !== null &&
            Math.min(previous.bottom, box.bottom) - Math.max(previous.top, box.top) > 0;
          if (previous !== null && sameLine && box.left + box.width / 2 < previous.right - 1) {
            found.push(`«${run}» in ${block.tagName.toLowerCase()}.${block.className}`);
            break;
          }
          previous = box;
        }
      }
    }
    return found;
  });
}

/**
 * An element's visible characters in the order they sit on screen: line by line from the top,
 * each line left to right (a superscript belongs to the line it overlaps).
 */
function textOnScreen(element: Locator): Promise<string> {
  return element.evaluate((root) => {
    const glyphs: { x: number; top: number; bottom: number; ch: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden') != null) continue;
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        if (/\s/.test(data[i] ?? ' ')) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        glyphs.push({
          x: box.left + box.width / 2,
          top: box.top,
          bottom: box.bottom,
          ch: data[i] ?? '',
        });
      }
    }
    const lines: { top: number; bottom: number; glyphs: typeof glyphs }[] = [];
    for (const glyph of [...glyphs].sort((a, b) => a.top - b.top)) {
      const line = lines.at(-1);
      const overlap =
        line === undefined
          ? 0
          : Math.min(line.bottom, glyph.bottom) - Math.max(line.top, glyph.top);
      if (line !== undefined && overlap > 0.3 * (glyph.bottom - glyph.top)) {
        line.glyphs.push(glyph);
        line.top = Math.min(line.top, glyph.top);
        line.bottom = Math.max(line.bottom, glyph.bottom);
      } else {
        lines.push({ top: glyph.top, bottom: glyph.bottom, glyphs: [glyph] });
      }
    }
    return lines
      .map((line) =>
        line.glyphs
          .sort((a, b) => a.x - b.x)
          .map((glyph) => glyph.ch)
          .join(''),
      )
      .join('');
  });
}

/** The element's text without its screen-reader copy, spaces squeezed out. */
function logicalText(element: Locator): Promise<string> {
  return element.evaluate((root) => {
    const copy = root.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').replace(/\s+/g, '');
  });
}

async function direction(element: Locator): Promise<string> {
  return element.evaluate((node) => getComputedStyle(node).direction);
}

async function openArabic(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { page, errors, context } = await openPage(browser, url('?lang=ar'));
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  return { page, errors, close: () => context.close() };
}

describe('Arabic formulas in Chromium', () => {
  it('lays every formula out left to right, in order, and no Arabic in a monospace face', async () => {
    const { page, errors, close } = await openArabic();
    const report: string[] = [];
    for (const id of lessonIds) {
      await showLesson(page, id);
      const section = page.locator(`section#${id}`);
      for (const line of await formulasNotLeftToRight(section)) report.push(`${id} rtl: ${line}`);
      for (const line of await arabicInMonospace(section)) report.push(`${id} mono: ${line}`);
      for (const line of await mathsOutOfOrder(section)) report.push(`${id} order: ${line}`);
    }
    expect(report).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('reads lesson 8’s division as 1,000 ÷ 32 = 31, on screen as in the text', async () => {
    const { page, errors, close } = await openArabic();
    await showLesson(page, 'vocabulary');
    const division = page.locator('section#vocabulary .calculator .division .numbers').first();
    expect(await logicalText(division)).toBe('1,000÷32=31');
    expect(await direction(division)).toBe('ltr');
    expect(await textOnScreen(division)).toBe('1,000÷32=31');
    expect(errors).toEqual([]);
    await close();
  });

  it('reads the scale lesson’s throughput and its sums in writing order', async () => {
    const { page, errors, close } = await openArabic();
    await showLesson(page, 'scale');
    const throughput = page.getByTestId('throughput-formula');
    const expected = '82.6×1012×34%×1=2.81×1013FLOP/s';
    expect(await logicalText(throughput)).toBe(expected);
    expect(await direction(throughput)).toBe('ltr');
    expect(await textOnScreen(throughput)).toBe(expected);
    // GPT-3's compute: 6 × parameters × tokens = FLOP, one unit from left to right.
    const compute = page.locator('section#scale .scale-sums dd .formula').first();
    expect(await direction(compute)).toBe('ltr');
    expect(await textOnScreen(compute)).toBe('6×1.75×1011×3.00×1011=3.15×1023FLOP');
    expect(errors).toEqual([]);
    await close();
  });

  it('sets the loop lesson’s “Now:” sentence in the text face, its numbers left to right', async () => {
    const { page, errors, close } = await openArabic();
    await showLesson(page, 'loop');
    const now = page.getByTestId('loop-now');
    await expect.poll(() => now.textContent()).toContain('الآن');
    expect(await now.evaluate((node) => getComputedStyle(node).fontFamily)).not.toMatch(/mono/i);
    expect(await direction(now)).toBe('rtl');
    const numbers = now.locator('.numbers');
    expect(await numbers.count()).toBe(4);
    for (const number of await numbers.all()) expect(await direction(number)).toBe('ltr');
    expect(errors).toEqual([]);
    await close();
  });
});
