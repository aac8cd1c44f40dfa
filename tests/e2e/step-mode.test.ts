/**
 * Step mode in a real browser: the article preset stepped through its first sample, each
 * lesson taking its own stage (the forward pass in the forward lesson, and so on), and the
 * backpropagation lesson opened straight from a link. Every value read from the page must
 * equal the core's own, computed here by the same engine in Node.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { Engine } from '../../src/engine/engine';
import type { EngineEvent, StepDetail } from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { formatExact, formatFactor } from '../../src/ui/network/numbers';
import { launchBrowser, openPage, showLesson } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The core's detail after each of the first sample's four stages. */
function coreStages(): StepDetail[] {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  engine.handle({ type: 'configure', runId: 'main', config: DEFAULT_RUN_CONFIG });
  const details: StepDetail[] = [];
  for (let k = 0; k < 4; k++) {
    engine.handle({ type: 'step', runId: 'main', granularity: 'stage' });
    const step = events.filter((e) => e.type === 'step').at(-1);
    if (step?.type === 'step') details.push(step.detail);
  }
  return details;
}

async function shows(section: Locator, text: string): Promise<void> {
  await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain(text);
}

describe('step mode in Chromium', () => {
  it('steps the article preset through its first sample and shows the core’s numbers', async () => {
    const [forward, loss, backprop, update] = coreStages() as [
      StepDetail,
      StepDetail,
      StepDetail,
      StepDetail,
    ];
    const p = formatExact(forward.activations[1]?.[0] as number);
    expect(p).toBe('0.515');
    const { page, errors, context } = await openPage(browser, inject('baseUrl') as string);
    const forwardLesson = page.locator('section#forward');
    const backpropLesson = page.locator('section#backprop');
    const updateLesson = page.locator('section#update');
    const press = (section: Locator, name: string) =>
      section.getByRole('button', { name, exact: true }).click();

    // 1. Forward pass: the weighted sum, the clip and the prediction bar.
    await showLesson(page, 'forward');
    await press(forwardLesson, 'Run the forward pass');
    await shows(forwardLesson, `z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = ${p}`);
    await shows(forwardLesson, `clip(${p}, 0, 1) = ${p}`);
    await expect
      .poll(() => forwardLesson.getByRole('list', { name: 'Prediction' }).textContent())
      .toContain(p);

    // 2. Loss: arriving at backpropagation runs the sample's loss, (y − p)², and stops there.
    await showLesson(page, 'backprop');
    const sampleLoss = formatExact(loss.sampleLoss);
    expect(sampleLoss).toBe('0.235225');
    await shows(backpropLesson, `(1 − ${p})² = ${sampleLoss}`);
    await shows(backpropLesson, 'backpropagation is ready to run');

    // 3. Backpropagation: both weight gradients and the bias gradient, in the blame table.
    await press(backpropLesson, 'Run backpropagation');
    const grads = Array.from(backprop.grads, (g) => formatExact(g));
    expect(grads).toEqual(['−0.26675', '−0.2328', '−0.485']);
    const table = backpropLesson.getByRole('table', { name: /Who is to blame/ });
    for (const [name, g] of [
      ['w1', grads[0]],
      ['w2', grads[1]],
      ['b', grads[2]],
    ] as const) {
      await expect
        .poll(() => table.getByRole('row', { name: new RegExp(`^${name} `) }).textContent())
        .toContain(g);
    }
    await shows(backpropLesson, `(${p} − 1) × 1 × 0.55 = ${grads[0]}`);

    // 4. Update: old − learning rate × gradient = new, for each parameter.
    await showLesson(page, 'update');
    await press(updateLesson, 'Update the weights');
    const after = Array.from(update.params, (w) => formatExact(w));
    expect(after).toEqual(['0.526675', '0.52328', '0.0485']);
    const before = update.lastUpdate!.paramsBefore;
    const rate = formatExact(update.lastUpdate!.learningRate);
    for (let k = 0; k < 3; k++) {
      const g = formatFactor(update.lastUpdate!.grads[k] as number);
      await shows(
        updateLesson,
        `${formatExact(before[k] as number)} − ${rate} × ${g} = ${after[k]}`,
      );
    }
    // All three lessons follow the same run: the counters agree.
    await expect
      .poll(() => forwardLesson.getByText(/^Last stage:/).textContent())
      .toContain('Weight update');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens #backprop with the sample’s forward values and loss filled in, and no “?”', async () => {
    const [forward, loss] = coreStages() as [StepDetail, StepDetail];
    const p = formatExact(forward.activations[1]?.[0] as number);
    const { page, errors, context } = await openPage(
      browser,
      `${inject('baseUrl') as string}#backprop`,
    );
    const lesson = page.locator('section#backprop');
    await shows(lesson, 'backpropagation is ready to run');
    await shows(lesson, `(1 − ${p})² = ${formatExact(loss.sampleLoss)}`);
    await expect
      .poll(() => lesson.getByRole('button', { name: 'Run backpropagation' }).isEnabled())
      .toBe(true);
    // Every place the lesson writes a value: the drawing, the worked numbers, table cells.
    const values = await lesson
      .locator('svg text, .numbers, td')
      .evaluateAll((places) => places.map((place) => place.textContent ?? ''));
    const drawing = await lesson.locator('svg.network-svg').textContent();
    expect(drawing).toContain(p);
    expect(drawing).toContain('0.55');
    expect(values.filter((text) => text.includes('?'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('steps the forward pass alone in the forward lesson, then hands on', async () => {
    const [forward] = coreStages() as [StepDetail];
    const p = formatExact(forward.activations[1]?.[0] as number);
    const { page, errors, context } = await openPage(browser, inject('baseUrl') as string);
    const lesson = page.locator('section#forward');
    await showLesson(page, 'forward');
    await lesson.getByRole('button', { name: 'Run the forward pass', exact: true }).click();
    await shows(lesson, `z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = ${p}`);
    await shows(lesson, 'Last stage: Forward pass. Next: Loss.');
    await shows(lesson, 'The forward pass of this sample is done');
    await expect
      .poll(() => lesson.getByRole('link', { name: 'Go to lesson 3: Loss' }).isVisible())
      .toBe(true);
    // Nothing ran beyond the forward pass: no loss measured, no update made.
    const updates = lesson.locator('.counter, .step-counter', { hasText: 'Updates' }).locator('dd');
    expect(await updates.textContent()).toBe('0');
    // Finishing the sample is its own, labelled press, and the next forward pass follows it.
    await lesson.getByRole('button', { name: 'Finish this sample (the rest of the loop)' }).click();
    await shows(lesson, 'Just ran: Loss, Backpropagation, Weight update.');
    await shows(lesson, 'This sample is finished');
    await lesson.getByRole('button', { name: 'Run the forward pass', exact: true }).click();
    await shows(lesson, 'This sample: price 0.45, weight 0.72');
    await shows(lesson, 'Last stage: Forward pass. Next: Loss.');
    expect(await updates.textContent()).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });
});
