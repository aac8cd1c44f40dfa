/**
 * The shell's modes and tools in real Chromium: presenter mode from a link and by keyboard,
 * Arabic right-to-left, reduced motion, copy link, the Embed dialog, and export (CSV, JSON, PNG).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (search = '') => `${inject('baseUrl')}${search}`;
const epoch = (page: Page, label = 'Epoch') =>
  page
    .locator(`output[aria-label="${label}"]`)
    .first()
    .textContent()
    .then((text) => Number(text));
const status = (page: Page) => page.locator('output[aria-label="Status"]').first().textContent();

/** WCAG contrast of the body's text against its background. */
function bodyContrast(): number {
  const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const luminance = (css: string) => {
    const [r = 0, g = 0, b = 0] = rgb(css).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(document.body);
  const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

async function exportChoice(page: Page, choice: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  return download;
}

describe('presenter mode', () => {
  it('opens from a link ready to present, and the keyboard drives it', async () => {
    const { page, errors, context } = await openPage(browser, url('?mode=presenter&sp=30'));
    await page.getByText('Lesson 1 of 12').waitFor();
    expect(await page.locator('section.lesson').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(0);
    const rootSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(rootSize).toBeGreaterThanOrEqual(16 * 1.3);
    expect(await page.evaluate(bodyContrast)).toBeGreaterThanOrEqual(7);

    // Full screen needs a gesture: the link offers a button for it.
    await page.getByRole('button', { name: 'Go full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: 'Go full screen' }).waitFor({ state: 'detached' });

    await page.keyboard.press('Space');
    await expect.poll(() => epoch(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.keyboard.press('r');
    await expect.poll(() => epoch(page)).toBe(0);
    await expect.poll(() => status(page)).toBe('ready');
    // S steps one stage; → would do the lesson's primary action (Play), as Space does.
    await page.keyboard.press('s');
    await expect.poll(() => status(page)).toBe('paused');

    // N always moves on (PageDown, a clicker's "next", is the lesson's action here).
    await page.keyboard.press('n');
    await page.getByText('Lesson 2 of 12').waitFor();
    await page.keyboard.press('PageUp');
    await page.getByText('Lesson 1 of 12').waitFor();
    await page.keyboard.press('7');
    await page.getByText('Lesson 7 of 12').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Lesson 6 of 12').waitFor();
    expect(new URL(page.url()).searchParams.get('ls')).toBe('learning-rate');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('presenter');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Leave presenter mode' }).click();
    await page.getByRole('banner').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(await page.locator('section.lesson').count()).toBe(12);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is entered from the header button, at the lesson being read', async () => {
    const { page, errors, context } = await openPage(browser, url());
    await page.getByRole('button', { name: 'Presenter mode' }).waitFor();
    const lesson = page.locator('section#overfitting');
    await lesson.scrollIntoViewIfNeeded();
    await lesson.locator('.lesson-pending').waitFor({ state: 'detached' });
    await lesson.evaluate((section) => section.scrollIntoView());
    await page.waitForTimeout(300);
    // Clicking scrolls the page back up to the header; the lesson read last still counts.
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await page.getByText('Lesson 9 of 12').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('languages and motion', () => {
  it('lays Arabic out right to left with numbers left to right, and trains', async () => {
    const { page, errors, context } = await openPage(browser, url('?lang=ar&sp=30'));
    await page.getByRole('heading', { level: 1, name: 'مختبر حلقة التدريب' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const directions = await page.evaluate(() =>
      [...document.querySelectorAll('.numbers, .readout-value')].map(
        (element) => getComputedStyle(element).direction,
      ),
    );
    expect(directions.length).toBeGreaterThan(12);
    expect(new Set(directions)).toEqual(new Set(['ltr']));
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await page.getByRole('button', { name: 'تشغيل', exact: true }).click();
    await expect.poll(() => epoch(page, 'الحقبة')).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Reduce motion stops transitions and animations on the page', async () => {
    const { page, errors, context } = await openPage(browser, url());
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.probe { transition: opacity 2s; animation: spin 3s infinite; }';
      const probe = document.createElement('div');
      probe.className = 'probe';
      document.head.append(style);
      document.body.append(probe);
    });
    const durations = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.probe')!);
        return [style.transitionDuration, style.animationName];
      });
    expect(await durations()).toEqual(['2s', 'spin']);
    await page.getByRole('checkbox', { name: 'Reduce motion' }).check();
    expect(await durations()).toEqual(['0s', 'none']);
    expect(new URL(page.url()).searchParams.get('rm')).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing', () => {
  it('Copy link copies the address of the exact state', async () => {
    const { page, errors, context } = await openPage(browser, url('?lr=0.05&th=dark'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('lr')).toBe('0.05');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Embed dialog gives a snippet that embeds the lesson with these settings', async () => {
    const { page, errors, context } = await openPage(browser, url('?lr=0.05'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Embed The loop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed “The loop”' });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await dialog.getByText('Copied').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?lr=0\.05&amp;embed=loop"/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('export', () => {
  it('saves the main run history as CSV and JSON', async () => {
    const { page, errors, context } = await openPage(browser, url('?e=5&sp=max'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => status(page)).toBe('finished');
    const loss = await page.locator('output[aria-label="Loss"]').first().textContent();

    const csvFile = await exportChoice(page, 'History as CSV');
    expect(csvFile.suggestedFilename()).toBe('training-loop-lab-main-epoch-5.csv');
    const csv = (await readFile((await csvFile.path())!, 'utf8')).trim().split('\n');
    expect(csv[0]).toBe(
      'epoch,trainLoss,trainLossSum,validationLoss,trainAccuracy,validationAccuracy,gradientNorm,learningRate',
    );
    expect(csv).toHaveLength(6);
    const lastSum = Number(csv[5]!.split(',')[2]);
    expect(lastSum.toFixed(4)).toBe(loss);

    const jsonFile = await exportChoice(page, 'History as JSON');
    const json = JSON.parse(await readFile((await jsonFile.path())!, 'utf8'));
    expect(json.settings.epochs).toBe(5);
    expect(json.rows).toHaveLength(5);
    expect(json.rows[4].trainLossSum).toBe(lastSum);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a lesson chart as PNG with its theme colours', async () => {
    const { page, errors, context } = await openPage(browser, url('?th=dark'));
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
    // A stand-in chart styled the way charts are: by the theme's CSS variables.
    const accent = await page.evaluate(() => {
      const wrapper = document.createElement('div');
      wrapper.className = 'recharts-wrapper';
      wrapper.innerHTML =
        '<svg class="recharts-surface" width="120" height="60" viewBox="0 0 120 60">' +
        '<rect class="bar" x="0" y="0" width="120" height="60" /></svg>';
      const style = document.createElement('style');
      style.textContent = '.bar { fill: var(--accent); }';
      document.head.append(style);
      document.getElementById('loop')!.append(wrapper);
      return getComputedStyle(wrapper.querySelector('rect')!).fill;
    });
    const png = await exportChoice(page, 'Chart as PNG');
    expect(png.suggestedFilename()).toBe('training-loop-lab-loop.png');
    const bytes = await readFile((await png.path())!);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const pixel = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const [r, g, b] = context2d.getImageData(image.width / 2, image.height / 2, 1, 1).data;
      return { width: image.width, colour: `rgb(${r}, ${g}, ${b})` };
    }, bytes.toString('base64'));
    expect(pixel.width).toBeGreaterThanOrEqual(240);
    expect(pixel.colour).toBe(accent);
    expect(errors).toEqual([]);
    await context.close();
  });
});
