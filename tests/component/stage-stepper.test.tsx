/**
 * Each of the forward, loss, backpropagation and update lessons steps its own stage of the
 * loop, against the real engine: the forward lesson's button runs the forward pass and
 * nothing more, then hands on; the later lessons open on a sample made ready for their stage
 * by ordinary step commands, with no "?" where the engine has a value.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineCommand } from '../../src/engine/protocol';
import BackpropLesson from '../../src/lessons/backprop/BackpropLesson';
import ForwardLesson from '../../src/lessons/forward/ForwardLesson';
import LossLesson from '../../src/lessons/loss/LossLesson';
import { DWELL_MS, useStepFocus } from '../../src/lessons/shared/step-focus';
import UpdateLesson from '../../src/lessons/update/UpdateLesson';
import { useConfig } from '../../src/store/config';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { formatExact } from '../../src/ui/network';
import { resetStores, installStepEngine } from './harness';

afterEach(() => {
  resetStores();
  useStepFocus.setState(useStepFocus.getInitialState(), true);
  vi.unstubAllGlobals();
});

const stageStep: EngineCommand = { type: 'step', runId: 'main', granularity: 'stage' };
const click = (name: string) => userEvent.click(screen.getByRole('button', { name }));
const FINISH = 'Finish this sample (the rest of the loop)';

/** Every place the lesson writes a value: the drawing, worked numbers and table cells. */
function valueText(container: HTMLElement): string {
  const places = container.querySelectorAll('svg text, .numbers, td');
  return Array.from(places, (place) => place.textContent ?? '').join(' | ');
}

describe('the forward-pass lesson steps the forward pass only', () => {
  it('runs one forward pass per press and hands on to the loss lesson', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    // Arriving changes nothing: the forward pass is the first stage.
    expect(engine.sent).toEqual([]);
    await click('Run the forward pass');
    expect(engine.sent).toEqual([stageStep]);
    const detail = engine.detail('main');
    expect(detail.stage).toBe('forward');
    expect(detail.nextStage).toBe('loss');
    expect(screen.getByText('z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = 0.515')).toBeVisible();
    expect(screen.getByText(/The forward pass of this sample is done/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to lesson 3: Loss' })).toHaveAttribute(
      'href',
      '#loss',
    );
    // The button no longer says forward pass: it says what it would run.
    expect(screen.queryByRole('button', { name: 'Run the forward pass' })).toBeNull();
    expect(screen.getByRole('button', { name: FINISH })).toBeEnabled();
  });

  it('finishes the sample visibly: what ran, its loss and each weight’s old → new', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    await click('Run the forward pass');
    await click(FINISH);
    const detail = engine.detail('main');
    expect(detail.stage).toBe('update');
    expect(screen.getByText('Just ran: Loss, Backpropagation, Weight update.')).toBeVisible();
    const finished = screen.getByText('This sample is finished').parentElement as HTMLElement;
    expect(within(finished).getByText(`Its loss was ${formatExact(detail.sampleLoss)}.`));
    const before = detail.lastUpdate!.paramsBefore;
    const lines = within(finished)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual(
      ['w1', 'w2', 'b'].map(
        (name, k) =>
          `${name}: ${formatExact(before[k] as number)} → ${formatExact(detail.params[k] as number)}`,
      ),
    );
    expect(lines[0]).toBe('w1: 0.5 → 0.526675');
    // Ready for the next sample's forward pass, which runs alone again.
    await click('Run the forward pass');
    expect(engine.detail('main').stage).toBe('forward');
    expect(screen.getByText(/This sample: price 0.45, weight 0.72/)).toBeVisible();
  });
});

describe('the loss lesson steps the loss', () => {
  it('opens on a guess, measures its loss alone, then moves to the next sample', async () => {
    const engine = installStepEngine();
    render(<LossLesson />);
    expect(engine.sent).toEqual([stageStep]);
    expect(engine.detail('main').stage).toBe('forward');
    expect(screen.getByText('Just ran: Forward pass.')).toBeVisible();
    await click('Measure the loss');
    expect(engine.detail('main').stage).toBe('loss');
    expect(screen.getByRole('link', { name: 'Go to lesson 4: Backpropagation' })).toBeVisible();
    await click('Next sample');
    const detail = engine.detail('main');
    expect(detail.nextStage).toBe('loss');
    expect(detail.counters.updates).toBe(1);
    expect(
      screen.getByText('Just ran: Backpropagation, Weight update, Forward pass.'),
    ).toBeVisible();
  });
});

describe('the backpropagation lesson opens ready for the backward step', () => {
  it('fills in the forward values and the loss, with no “?” anywhere', async () => {
    const engine = installStepEngine();
    const { container } = render(<BackpropLesson />);
    expect(engine.sent).toEqual([stageStep, stageStep]);
    const detail = engine.detail('main');
    expect(detail.stage).toBe('loss');
    expect(detail.nextStage).toBe('backprop');
    expect(screen.getByText('(y − p)² = (1 − 0.515)² = 0.235225')).toBeVisible();
    expect(screen.getByText(/backpropagation is ready to run/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Run backpropagation' })).toBeEnabled();
    // The drawing writes the engine's values: inputs, z and the output; lines show weights.
    const drawing = container.querySelector('svg.network-svg') as SVGElement;
    expect(drawing.textContent).toContain('0.515');
    expect(drawing.textContent).toContain('0.55');
    // Before the backward step no text of the lesson has a "?", prose included.
    expect(container.textContent).not.toContain('?');
    await click('Run backpropagation');
    expect(engine.detail('main').stage).toBe('backprop');
    expect(valueText(container)).toContain('−0.26675');
    expect(valueText(container)).not.toContain('?');
  });

  it('arriving from the forward lesson runs only the missing loss', async () => {
    const engine = installStepEngine();
    engine.send(stageStep);
    engine.sent.length = 0;
    render(<BackpropLesson />);
    expect(engine.sent).toEqual([stageStep]);
    expect(engine.detail('main').stage).toBe('loss');
  });

  it('leaves a sample whose gradient is already shown as it is', async () => {
    const engine = installStepEngine();
    for (let k = 0; k < 3; k++) engine.send(stageStep);
    engine.sent.length = 0;
    render(<BackpropLesson />);
    expect(engine.sent).toEqual([]);
    expect(screen.getByRole('table', { name: /Who is to blame/ })).toBeVisible();
  });

  it('moves on to the next sample’s backward step, saying what ran on the way', async () => {
    const engine = installStepEngine();
    render(<BackpropLesson />);
    await click('Run backpropagation');
    engine.sent.length = 0;
    await click('Next sample');
    expect(engine.sent).toEqual([stageStep, stageStep, stageStep]);
    expect(engine.detail('main').nextStage).toBe('backprop');
    expect(screen.getByText('Just ran: Weight update, Forward pass, Loss.')).toBeVisible();
    // The second sample's loss, as the engine measured it, is the mistake traced back now.
    const loss = formatExact(engine.detail('main').sampleLoss);
    expect(screen.getByText(new RegExp(`\\(y − p\\)² = .* = ${loss}$`))).toBeVisible();
  });

  it('does not step a run that is playing', async () => {
    const engine = installStepEngine();
    engine.send({ type: 'play', runIds: ['main'] });
    engine.sent.length = 0;
    render(<BackpropLesson />);
    expect(engine.sent).toEqual([]);
  });
});

describe('the update lesson opens with the gradients ready', () => {
  it('runs a batch of four up to its last backprop without updating', async () => {
    const engine = installStepEngine();
    const config = {
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp' as const,
      dataset: 'devices' as const,
      hidden: [],
      validationSplit: 0,
      shuffle: false,
      batchSize: 4,
    };
    useConfig.getState().replace(config, useConfig.getState().app);
    engine.send({ type: 'configure', runId: 'main', config });
    engine.sent.length = 0;
    render(<UpdateLesson />);
    const whole: EngineCommand = { type: 'step', runId: 'main', granularity: 'sample' };
    expect(engine.sent).toEqual([whole, whole, whole, stageStep, stageStep, stageStep]);
    const detail = engine.detail('main');
    expect(detail.nextStage).toBe('update');
    expect(detail.counters.updates).toBe(0);
    const table = screen.getByRole('table', { name: /Ready for the update/ });
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(first).toHaveTextContent(formatExact(detail.grads[0] as number));
    expect(screen.getByText(/adds up the batch’s samples so far/)).toBeVisible();
    await click('Update the weights');
    expect(engine.detail('main').counters.updates).toBe(1);
  });
});

/** An IntersectionObserver the test moves: `reach(true)` puts the lesson across the middle. */
function stubObserver() {
  const callbacks: IntersectionObserverCallback[] = [];
  class Observer {
    constructor(callback: IntersectionObserverCallback) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return (isIntersecting: boolean) =>
    act(() => {
      for (const callback of callbacks) {
        callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
      }
    });
}

describe('arriving means staying across the middle of the screen', () => {
  it('gets the sample ready once the lesson has stayed in view', async () => {
    const reach = stubObserver();
    const engine = installStepEngine();
    render(<BackpropLesson />);
    expect(engine.sent).toEqual([]);
    reach(true);
    await waitFor(() => expect(engine.detail('main').stage).toBe('loss'));
  });

  it('does not step the run for a lesson scrolled past', async () => {
    const reach = stubObserver();
    const engine = installStepEngine();
    render(<BackpropLesson />);
    reach(true);
    reach(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, DWELL_MS + 200)));
    expect(engine.sent).toEqual([]);
  });
});
