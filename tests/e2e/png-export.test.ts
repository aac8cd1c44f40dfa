/**
 * "Chart as PNG" on a real chart, in Chromium: the loop lesson's loss-per-epoch plot after a
 * short run is exported through the Export menu, the downloaded file is decoded, and its
 * pixels must show the plot: the right size, the loss line drawn in its colour inside the plot
 * area, falling from left to right as the run's loss did.
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

async function exportChoice(page: Page, choice: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  return download;
}

/** What the page knows about the plot the export should draw, in CSS pixels. */
interface PlotFacts {
  width: number;
  height: number;
  /** The loss line's bounding box inside the SVG. */
  line: { x: number; y: number; width: number; height: number };
  lineColour: [number, number, number];
}

async function plotFacts(page: Page): Promise<PlotFacts> {
  return page.evaluate(() => {
    const section = document.getElementById('loop')!;
    // The export takes a recharts drawing first, then a canvas, then a labelled SVG: the loop
    // lesson has only the last, its loss plot.
    if (section.querySelector('.recharts-wrapper, canvas') !== null) {
      throw new Error('the loop lesson now holds another chart; pick the plot again');
    }
    const svg = section.querySelector<SVGSVGElement>('svg[role="img"]')!;
    const path = svg.querySelector<SVGPathElement>('.epoch-plot-line')!;
    const box = svg.getBoundingClientRect();
    const line = path.getBBox();
    const rgb = (getComputedStyle(path).stroke.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    return {
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
      line: { x: line.x, y: line.y, width: line.width, height: line.height },
      lineColour: rgb as [number, number, number],
    };
  });
}

/** The PNG's size and RGBA pixels, decoded by the browser from the file's bytes. */
async function decodePng(page: Page, bytes: Buffer) {
  const decoded = await page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    // Back as base64: a plain array of millions of numbers is slow to pass out of the page.
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return { width: bitmap.width, height: bitmap.height, pixels: btoa(binary) };
  }, bytes.toString('base64'));
  return { ...decoded, pixels: new Uint8Array(Buffer.from(decoded.pixels, 'base64')) };
}

describe('Chart as PNG on a real chart', () => {
  it('saves the loop lesson’s loss plot with the run’s falling loss line drawn in it', async () => {
    const { page, errors, context } = await openPage(browser, url('?e=30&sp=max'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(() => page.locator('output[aria-label="Status"]').first().textContent())
      .toBe('finished');
    await expect
      .poll(() => page.locator('#loop .epoch-plot-line').getAttribute('d'))
      .toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){20,}$/);
    const plot = await plotFacts(page);

    const download = await exportChoice(page, 'Chart as PNG');
    expect(download.suggestedFilename()).toBe('training-loop-lab-loop.png');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const image = await decodePng(page, bytes);

    // Two file pixels per CSS pixel (the export's minimum, the page's ratio being 1).
    const scale = 2;
    expect(image.width).toBe(plot.width * scale);
    expect(image.height).toBe(plot.height * scale);

    const at = (x: number, y: number) => {
      const i = (y * image.width + x) * 4;
      return [image.pixels[i] ?? 0, image.pixels[i + 1] ?? 0, image.pixels[i + 2] ?? 0];
    };
    const near = (a: number[], b: number[], tolerance: number) =>
      a.every((value, k) => Math.abs(value - (b[k] as number)) <= tolerance);
    const background = at(0, 0);
    expect(near(background, plot.lineColour, 40)).toBe(false);

    // Inside the line's box (with room for the stroke): drawn pixels, many in the line's colour.
    const left = Math.max(0, Math.floor((plot.line.x - 2) * scale));
    const right = Math.min(image.width - 1, Math.ceil((plot.line.x + plot.line.width + 2) * scale));
    const top = Math.max(0, Math.floor((plot.line.y - 2) * scale));
    const bottom = Math.min(
      image.height - 1,
      Math.ceil((plot.line.y + plot.line.height + 2) * scale),
    );
    let drawn = 0;
    const linePixels: { x: number; y: number }[] = [];
    for (let y = top; y <= bottom; y++) {
      for (let x = left; x <= right; x++) {
        const colour = at(x, y);
        if (!near(colour, background, 8)) drawn++;
        if (near(colour, plot.lineColour, 40)) linePixels.push({ x, y });
      }
    }
    expect(drawn).toBeGreaterThan(500);
    expect(linePixels.length).toBeGreaterThan(300);
    // The line spans the plot from the first epoch to the last.
    const xs = linePixels.map((p) => p.x);
    expect(Math.min(...xs) - left).toBeLessThan(12);
    expect(right - Math.max(...xs)).toBeLessThan(12);

    // The loss fell, so the line's left end sits higher (a smaller y) than its right end.
    const band = (right - left) / 10;
    const meanY = (points: { y: number }[]) =>
      points.reduce((sum, p) => sum + p.y, 0) / Math.max(1, points.length);
    const leftEnd = linePixels.filter((p) => p.x < left + band);
    const rightEnd = linePixels.filter((p) => p.x > right - band);
    expect(leftEnd.length).toBeGreaterThan(0);
    expect(rightEnd.length).toBeGreaterThan(0);
    expect(meanY(leftEnd)).toBeLessThan(meanY(rightEnd));

    expect(errors).toEqual([]);
    await context.close();
  });
});
