/**
 * The overfitting lab's network view in Chromium: a hidden neuron's map changes while the lab
 * trains, a focused neuron's weights are read out, and a phone keeps it inside its own box.
 * Then a probe (reported, loosely gated): the lab at 6 hidden layers of 8 neurons (56 maps with
 * the 7 inputs and the output), training with every map shown; frames and long tasks measured
 * as performance.test.ts measures them, and written to test-results/performance.json.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, showLesson } from './browser';
import { mergeFigures } from './figures';
import { measureFrames } from './frames';

let browser: Browser;
const baseUrl = inject('baseUrl');
const figures: Record<string, unknown> = {};
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (Object.keys(figures).length > 0) {
    mergeFigures(figures);
    console.log(`[probe] ${JSON.stringify(figures)}`);
  }
});

/** A short fingerprint of a node's canvas pixels ('' while nothing is drawn). */
async function pixels(node: Locator): Promise<string> {
  return node.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (ctx === null || canvas.width === 0) return '';
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    let hash = 0;
    for (let k = 0; k < data.length; k++) {
      if (k % 4 === 3 && (data[k] as number) > 0) opaque++;
      hash = (hash * 31 + (data[k] as number)) | 0;
    }
    return opaque === 0 ? '' : `${opaque}:${hash}`;
  });
}

/** The lesson on screen, and its network view once the first maps are in. */
async function openView(page: Page) {
  await showLesson(page, 'overfitting');
  const lesson = page.locator('section#overfitting');
  const view = lesson.getByRole('region', { name: 'Inside the network' });
  // The view mounts near the screen and asks for maps while on it; lessons above still growing
  // can push it away again, so scroll to it until its maps are in, as a reader would.
  const output = view.getByRole('button', { name: 'Output' });
  await expect
    .poll(
      async () => {
        await view.scrollIntoViewIfNeeded();
        return output.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  return { lesson, view };
}

/** The epoch the view's maps were drawn after (0 before training). */
async function mapsEpoch(view: Locator): Promise<number> {
  const text = (await view.getByTestId('nv-detail').locator('.nv-epoch').textContent()) ?? '';
  return Number(/epoch (\d+)/.exec(text)?.[1] ?? 0);
}

describe('network view in Chromium', () => {
  it('a hidden neuron’s map changes while training, and focus reads out its weights', async () => {
    const { page, errors, context } = await openPage(browser, baseUrl);
    const { lesson, view } = await openView(page);
    const neuron = view.getByRole('button', { name: 'Hidden layer 1, neuron 1', exact: true });
    await expect.poll(() => pixels(neuron)).not.toBe('');
    const before = await pixels(neuron);

    await lesson.getByRole('button', { name: 'Train the model' }).click();
    // The view asks for maps only while it is on screen; the click scrolled to the button.
    await view.scrollIntoViewIfNeeded();
    await expect.poll(() => pixels(neuron), { timeout: 15_000 }).not.toBe(before);
    await expect
      .poll(() => lesson.getByTestId('fit-status').textContent(), { timeout: 15_000 })
      .toBe('finished');

    // The read-out is said once per focus: focus once the last maps (epoch 199) are in.
    await expect.poll(() => mapsEpoch(view), { timeout: 15_000 }).toBe(199);
    await neuron.focus();
    const readout = view.getByTestId('nv-readout');
    // Bias and the two input weights, each a signed number with three decimals.
    const number = String.raw`-?\d+\.\d{3}`;
    await expect
      .poll(() => readout.textContent())
      .toMatch(
        new RegExp(
          `^Hidden layer 1, neuron 1: bias ${number}; weights in ${number} \\(x₁\\), ${number} \\(x₂\\); values from ${number} to ${number}\\.$`,
        ),
      );
    // The read-out and the panel give the same numbers.
    const bias = (await view.getByTestId('nv-bias').textContent()) ?? '';
    expect(await readout.textContent()).toContain(`bias ${bias};`);
    const weights = await view.getByTestId('nv-weights').locator('li').allTextContents();
    expect(weights).toHaveLength(2);
    // The arrow keys move on to the next neuron, and the read-out follows.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readout.textContent()).toMatch(/^Hidden layer 1, neuron 2: bias /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays inside a 360-pixel phone, the diagram scrolling in its own box', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#overfitting`);
    const { view } = await openView(page);
    const sizes = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
    }));
    expect(sizes.document).toBeLessThanOrEqual(sizes.screen);
    const box = await view.locator('.nv-scroll').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(sizes.screen + 0.5);
    await context.close();
  });
});

describe('network view probe (figures reported, loosely gated)', () => {
  it('keeps the page responsive training the largest lab network with every map shown', async () => {
    const { page, errors, context } = await openPage(browser, baseUrl);
    const { lesson, view } = await openView(page);
    // Six hidden layers of 8 neurons, and a run long enough to measure.
    const controls = lesson.getByRole('group', { name: 'Data and network size' });
    const layers = controls.getByLabel(/^Hidden layers/);
    // TensorFlow Playground's largest network: 6 hidden layers of 8.
    await layers.fill('6');
    const neuronFields = controls.getByLabel(/^Neurons in hidden layer \d+$/);
    await expect.poll(() => neuronFields.count()).toBe(6);
    const count = 6;
    for (let k = 0; k < count; k++) await neuronFields.nth(k).fill('8');
    await controls.getByLabel('Epochs', { exact: true }).fill('2000');
    await expect
      .poll(() => view.getByRole('button', { name: /^Hidden layer \d+, neuron \d+$/ }).count())
      .toBe(count * 8);
    const maps = await view.getByRole('button').count();

    await lesson.getByRole('button', { name: 'Train the model' }).click();
    await view.scrollIntoViewIfNeeded();
    await expect.poll(() => mapsEpoch(view), { timeout: 15_000 }).toBeGreaterThan(0);
    const startEpoch = await mapsEpoch(view);
    const frames = await measureFrames(page, 5);
    const endEpoch = await mapsEpoch(view);
    figures.networkView = {
      hiddenLayers: count,
      neurons: 8,
      maps,
      ...frames,
      startEpoch,
      endEpoch,
    };
    console.log(
      `network view ${count}×8 (${maps} maps): ${frames.fps.toFixed(1)} fps, worst frame gap ${frames.worstFrameGapMs.toFixed(0)} ms, ${frames.longTasks} long tasks, longest ${frames.longestTaskMs.toFixed(0)} ms; maps from epoch ${startEpoch} to ${endEpoch}`,
    );
    // Loose bounds only: on a shared two-core machine the lesson alone, without this view, has
    // shown frame gaps of 400 ms and one run with the view 1.08 s. The page kept drawing (no
    // frame gap of seconds) and the maps kept coming.
    expect(frames.worstFrameGapMs).toBeLessThan(2000);
    expect(endEpoch).toBeGreaterThan(startEpoch);
    expect(errors).toEqual([]);
    await context.close();
  });
});
