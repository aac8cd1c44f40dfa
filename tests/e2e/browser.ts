/**
 * Starts Chromium for the real-browser tests: Debian's package by default, or the browser
 * named by CHROMIUM_PATH.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROMIUM_PATH at a Chrome or Chromium binary.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Each new window of this (full, hidden) Chromium builds its address bar's WebUI popup in
      // a renderer of its own: about 1 s of CPU, taken while the first page of a new context
      // loads. No reader's page load pays for that (their browser has been open for a while),
      // and on a 2-core machine it stretched the page's own tasks and every test's wait.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { reducedMotion?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion === true ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, errors };
}

/**
 * Brings a lesson on screen and waits for its code: lessons load only when a reader comes near
 * them, so a test that works inside one scrolls to it first, as a person would.
 */
export async function showLesson(page: Page, id: string): Promise<void> {
  const section = page.locator(`section#${id}`);
  await section.scrollIntoViewIfNeeded();
  await section.locator('.lesson-pending').waitFor({ state: 'detached' });
  // Lessons just above or below (within the loading margin) load and change height, which can carry the
  // target away from the middle of the screen: wait for them, then bring it back, as a reader
  // scrolling to it would.
  await page.waitForFunction(() => {
    const reach = window.innerHeight * 0.25;
    return [...document.querySelectorAll('.lesson-pending')].every((pending) => {
      const box = pending.closest('section')?.getBoundingClientRect();
      return box === undefined || box.bottom < -reach || box.top > window.innerHeight + reach;
    });
  });
  await section.scrollIntoViewIfNeeded();
}

/**
 * `showLesson` once the page has loaded. A first screen the app does not adopt (another
 * language, mode or settings) is drawn afresh after start-up, which replaces the section under
 * a locator; the section is then looked up again (at most twice).
 */
export async function showLessonAfterLoad(page: Page, id: string): Promise<void> {
  await page.waitForLoadState('load');
  for (let attempt = 1; ; attempt++) {
    try {
      return await showLesson(page, id);
    } catch (error) {
      if (attempt === 3 || !/not attached/.test(String(error))) throw error;
    }
  }
}

/**
 * A CSV of three classes on a plane measured in hundreds (the standardisation has work to do),
 * `rows` rows after its header.
 */
export function cornersCsv(rows: number): string {
  const lines = ['width,height,kind'];
  for (let k = 0; k < rows; k++) {
    const label = k % 3;
    lines.push(
      `${100 + label * 50 + (k % 7) * 2.5},${500 + (label === 1 ? 80 : 0) + (k % 5)},${label}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
