/**
 * Icons that render everywhere: Debian's Chromium has no emoji font, so an emoji or a symbol
 * from the technical, dingbat or emoji blocks shows as an empty box. No visible text on any
 * lesson may use one, in English or Arabic; the transport's icons are SVG. A failure lists
 * each offending character with its code point and the text around it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { lessonIds } from '../../src/store/config-schema';
import { ar } from '../../src/ui/messages/ar';
import { en } from '../../src/ui/messages/en';
import { launchBrowser, openPage, showLesson } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Miscellaneous Technical (⏭ ⌈), Miscellaneous Symbols and Dingbats (✅ ✓ ⚠), everything from
 * U+1F000 on (emoji), and the variation selector that asks for an emoji rendering. Arrows,
 * mathematical operators, superscripts and Arabic are in common fonts and allowed.
 */
const NEEDS_EMOJI_FONT = /[\u2300-\u23FF\u2600-\u27BF\u{1F000}-\u{10FFFF}]|\uFE0F/gu;

/** Each offending character as "U+XXXX ✅ in «…text around it…»". */
function offenders(text: string): string[] {
  return [...text.matchAll(NEEDS_EMOJI_FONT)].map((match) => {
    const char = match[0];
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const around = text
      .slice(Math.max(0, match.index - 40), match.index + char.length + 40)
      .replace(/\s+/g, ' ');
    return `U+${code} ${char} in «${around}»`;
  });
}

/**
 * The visible text of an element, read while it is on screen: lesson sections skip rendering
 * off screen (content-visibility) and then their text is empty. Lessons above may still grow
 * as their views load and push this one away, so it is scrolled into view again until read.
 */
async function onScreenText(element: Locator): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        await element.scrollIntoViewIfNeeded();
        text = await element.innerText();
        return text;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  return text;
}

/**
 * Each lesson's visible text, read once none of its parts is still a placeholder (views load
 * lazily).
 */
async function textOfEveryLesson(page: Page): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of lessonIds) {
    const section = page.locator(`section#${id}`);
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.locator('.placeholder').count(), { timeout: 30_000 }).toBe(0);
    // Charts and tables fill in after their first data.
    await page.waitForTimeout(300);
    texts.set(id, await onScreenText(section));
  }
  return texts;
}

const catalogs = { en, ar } as const;

describe('icons and symbols in Chromium without an emoji font', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`shows no emoji or font-dependent symbol on any lesson (${lang})`, async () => {
      const t = catalogs[lang];
      const { page, errors, context } = await openPage(
        browser,
        `${inject('baseUrl')}${lang === 'ar' ? '?lang=ar' : ''}`,
        { reducedMotion: true },
      );
      const transport = page.getByRole('group', { name: t['transport.label'] });
      const play = transport.getByRole('button', { name: t['transport.play'], exact: true });
      const step = transport.getByRole('button', { name: t['transport.step'], exact: true });
      await step.waitFor();
      expect(await play.locator('svg').count()).toBe(1);
      expect(await step.locator('svg').count()).toBe(1);

      // One step, so the panels that explain a step (worked loss, marked code line) show too.
      await step.click();

      // The code lesson's printout ends with the program's verdict ('Glasses ✅' in the CLI):
      // it must be on screen, with its emoji drawn as an icon.
      await showLesson(page, 'code');
      const printout = page.getByTestId('program-output');
      await expect.poll(() => onScreenText(printout), { timeout: 30_000 }).toContain('Glasses');
      expect(await printout.locator('svg[data-icon="check"]').count()).toBe(1);

      const found: string[] = [];
      for (const [id, text] of await textOfEveryLesson(page)) {
        found.push(...offenders(text).map((line) => `${id}: ${line}`));
      }
      // The shell (header, navigation, transport) and whichever lesson is on screen.
      const shell = await page.evaluate(() => document.body.innerText);
      expect(shell).toContain(t['transport.step']);
      found.push(...offenders(shell).map((line) => `page: ${line}`));
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
