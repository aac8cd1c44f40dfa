/**
 * "The article's example" in the forward-pass and loss lessons: one click shows the untrained
 * three-class network's guess (60 / 25 / 15 %) and its loss (0.16), computed by core, with no
 * step sent to the engine; and the three-class drawings write every weight on its line, each
 * number clear of the others.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { lossValue } from '../../src/core/losses';
import ForwardLesson from '../../src/lessons/forward/ForwardLesson';
import LossLesson from '../../src/lessons/loss/LossLesson';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent, RunConfig, StepDetail } from '../../src/engine/protocol';
import { WorkedLossPanel } from '../../src/lessons/loss/WorkedLossPanel';
import { articleExample, articleExampleConfig } from '../../src/lessons/shared/article-example';
import { THREE_CLASS_RUN, threeClassConfig } from '../../src/lessons/shared/three-class';
import { formatNumber } from '../../src/ui/format';
import { formatFixed, formatPercent, paramLayout } from '../../src/ui/network';
import { resetStores, installStepEngine } from './harness';

afterEach(resetStores);

/** Runs the views configured with the example's settings (there should be none). */
function exampleRuns(sent: readonly EngineCommand[]): string[] {
  return sent.flatMap((command) =>
    command.type === 'configure' && command.config.seed === articleExampleConfig.seed
      ? [command.runId]
      : [],
  );
}

/** An engine's first forward pass of a run with these settings. */
function firstForward(config: RunConfig): StepDetail {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), { now: () => 0, schedule: () => {} });
  engine.handle({ type: 'configure', runId: 'r', config });
  engine.handle({ type: 'step', runId: 'r', granularity: 'stage' });
  const step = events.findLast((event) => event.type === 'step');
  if (step?.type !== 'step') throw new Error('no step detail');
  return step.detail;
}

const EXAMPLE = /The article’s example/;

function openExample() {
  return userEvent.click(screen.getByRole('button', { name: EXAMPLE }));
}

/** The panel the example's button opens. */
function examplePanel(): HTMLElement {
  const button = screen.getByRole('button', { name: EXAMPLE });
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (panel === null) throw new Error('the example button controls no panel');
  return panel;
}

/** The number written on each weight's line of a drawing, by parameter index. */
function weightTags(svg: Element, layerSizes: readonly number[]) {
  return paramLayout(layerSizes)
    .filter((param) => param.kind === 'weight')
    .map((param) => {
      const mark = svg.querySelector(`[data-param="${param.index}"]`);
      const tag = mark?.querySelector('.network-tag');
      return { index: param.index, tag, text: tag?.textContent ?? null };
    });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(tag: Element | null | undefined): Box {
  const rect = tag?.querySelector('rect');
  const read = (name: string) => Number(rect?.getAttribute(name));
  return { x: read('x'), y: read('y'), width: read('width'), height: read('height') };
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the article’s example in the forward-pass lesson', () => {
  it('points to the example in the lesson text with the guess core computes', () => {
    installStepEngine();
    render(<ForwardLesson />);
    const a = articleExample().activations[1]!;
    const guess = Array.from(a, (p) => formatNumber(p * 100, 0)).join(' / ');
    expect(guess).toBe('60 / 25 / 15');
    expect(screen.getByText(new RegExp(`answers ${guess} %`))).toBeVisible();
    expect(screen.getByRole('button', { name: EXAMPLE })).toHaveAttribute('aria-expanded', 'false');
    expect(examplePanel()).not.toBeVisible();
  });

  it('shows the untrained guess 60 / 25 / 15 % at once, without stepping', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    await openExample();
    expect(screen.getByRole('button', { name: EXAMPLE })).toHaveAttribute('aria-expanded', 'true');
    const panel = within(examplePanel());

    const a = articleExample().activations[1]!;
    const items = panel.getAllByRole('listitem').filter((item) => item.closest('.prediction-bars'));
    expect(items.map((item) => item.textContent?.replace(/\s*\(true answer\)/, ''))).toEqual([
      `glasses${formatPercent(a[0]!)}`,
      `ring${formatPercent(a[1]!)}`,
      `earbuds${formatPercent(a[2]!)}`,
    ]);
    expect(items.map((item) => /([\d.]+)%/.exec(item.textContent ?? '')?.[1])).toEqual([
      '60.0',
      '25.0',
      '15.0',
    ]);
    expect(items[0]).toHaveTextContent('(true answer)');
    expect(panel.getByTestId('example-guess')).toHaveTextContent(
      'glasses 60 %, ring 25 %, earbuds 15 %',
    );
    expect(panel.getByTestId('example-guess')).toHaveTextContent('Far from a sure “glasses”');
    expect(
      panel.getByText(/^The first example is a pair of glasses: price 0\.533, weight/),
    ).toBeVisible();
    // The softmax written out ends in the same number.
    expect(panel.getByText(/^p\(glasses\) = .* = 0\.600174$/)).toBeVisible();
    // The example is core's forward pass, not an engine run.
    expect(exampleRuns(engine.sent)).toEqual([]);
  });

  it('writes every weight on its line, each number clear of the others', async () => {
    installStepEngine();
    render(<ForwardLesson />);
    await openExample();
    const svg = examplePanel().querySelector('svg.network-svg')!;
    const { params, layerSizes } = articleExample();
    const tags = weightTags(svg, layerSizes);
    expect(tags).toHaveLength(6);
    for (const { index, text } of tags) expect(text).toBe(formatFixed(params[index]!));
    const boxes = tags.map(({ tag }) => boxOf(tag));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `tags ${i} and another`).toBe(false)),
    );
  });

  it('labels the three-class model’s lines in the stepping view too', async () => {
    const engine = installStepEngine();
    const { container } = render(<ForwardLesson />);
    await userEvent.click(screen.getByRole('radio', { name: /Three classes/ }));
    const figure = container.querySelector('.lesson-columns svg.network-svg')!;
    const params = engine.detail(THREE_CLASS_RUN).params;
    const tags = weightTags(figure, [2, 3]);
    expect(tags.map(({ text }) => text)).toEqual(
      tags.map(({ index }) => formatFixed(params[index]!)),
    );
  });

  it('keeps the one-neuron drawing’s number in the middle of its line', () => {
    installStepEngine();
    const { container } = render(<ForwardLesson />);
    const svg = container.querySelector('.lesson-columns svg.network-svg')!;
    const [price] = weightTags(svg, [2, 1]);
    const line = svg.querySelector('[data-param="0"] line.network-edge')!;
    const middle = (Number(line.getAttribute('x1')) + Number(line.getAttribute('x2'))) / 2;
    const text = price?.tag?.querySelector('text');
    expect(Number(text?.getAttribute('x'))).toBeCloseTo(middle, 6);
  });
});

describe('the article’s example in the loss lesson', () => {
  it('shows the loss 0.16 at once, computed by core, without stepping', async () => {
    const engine = installStepEngine();
    render(<LossLesson />);
    expect(screen.getByText(/the gap to 100 %, squared, is 0\.16/)).toBeVisible();
    await openExample();
    const panel = within(examplePanel());

    const { preActivations, activations, target } = articleExample();
    const z = preActivations[0]!;
    const a = activations[1]!;
    const one = (v: Float64Array) => v.subarray(0, 1);
    const squared = lossValue('squared', one(z), one(a), one(target), 1);
    expect(panel.getByTestId('example-loss')).toHaveTextContent(formatNumber(squared, 2));
    expect(panel.getByTestId('example-loss')).toHaveTextContent(/^0\.16$/);
    expect(panel.getByText(/^\(1 − 0\.60\)² =/)).toBeVisible();
    expect(panel.getByTestId('example-loss-true-class')).toHaveTextContent(
      formatNumber(squared, 6),
    );
    expect(panel.getByTestId('example-loss-sum')).toHaveTextContent(
      formatNumber(lossValue('squared', z, a, target, 3), 6),
    );
    expect(panel.getByTestId('example-loss-cross-entropy')).toHaveTextContent(
      formatNumber(-Math.log(a[0]!), 6),
    );
    expect(exampleRuns(engine.sent)).toEqual([]);
  });

  it('points from the three-class card to the example', () => {
    render(
      <WorkedLossPanel
        detail={firstForward(threeClassConfig)}
        classNames={['glasses', 'ring', 'earbuds']}
        trainingLoss="cross-entropy"
      />,
    );
    const card = screen.getByRole('region', { name: 'Squared error of the right class' });
    expect(within(card).getByText(/worked out under “The article’s example”/)).toBeVisible();
  });
});
