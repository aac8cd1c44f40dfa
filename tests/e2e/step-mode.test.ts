/**
 * Step mode in a real browser: the article preset stepped through its first sample, one
 * stage at a time, from the forward-pass, backpropagation and update lessons. Every value
 * read from the page must equal the core's own, computed here by the same engine in Node.
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
    const nextStage = (section: Locator) =>
      section.getByRole('button', { name: 'Next stage', exact: true }).click();

    // 1. Forward pass: the weighted sum, the clip and the prediction bar.
    await nextStage(forwardLesson);
    await shows(forwardLesson, `z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = ${p}`);
    await shows(forwardLesson, `clip(${p}, 0, 1) = ${p}`);
    await expect
      .poll(() => forwardLesson.getByRole('list', { name: 'Prediction' }).textContent())
      .toContain(p);

    // 2. Loss: the sample loss the program prints, (y − p)².
    await nextStage(forwardLesson);
    await showLesson(page, 'backprop');
    const sampleLoss = formatExact(loss.sampleLoss);
    expect(sampleLoss).toBe('0.235225');
    await shows(backpropLesson, `(1 − ${p})² = ${sampleLoss}`);

    // 3. Backpropagation: both weight gradients and the bias gradient, in the blame table.
    await nextStage(backpropLesson);
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
    await nextStage(updateLesson);
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
});
