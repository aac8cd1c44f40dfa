import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ForwardLesson from '../../src/lessons/forward/ForwardLesson';
import { useConfig } from '../../src/store/config';
import { THREE_CLASS_RUN, threeClassConfig } from '../../src/lessons/shared/three-class';
import { formatExact, formatPercent } from '../../src/ui/network';
import { resetStores, installStepEngine } from './harness';

afterEach(resetStores);

describe('forward-pass lesson', () => {
  it('writes out the first sample of the article preset after one stage', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    expect(screen.getByText(/Press “Run the forward pass”/)).toBeInTheDocument();
    expect(screen.getByText(/Next sample: price 0.55, weight 0.48/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));

    const detail = engine.detail('main');
    expect(detail.stage).toBe('forward');
    const z = detail.preActivations[0]?.[0] as number;
    const p = detail.activations[1]?.[0] as number;
    expect(formatExact(z)).toBe('0.515');
    expect(formatExact(p)).toBe('0.515');
    expect(screen.getByText(`z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = ${formatExact(z)}`)).toBeVisible();
    expect(screen.getByText(`clip(${formatExact(z)}, 0, 1) = ${formatExact(p)}`)).toBeVisible();
    const bars = screen.getByRole('list', { name: 'Prediction' });
    expect(within(bars).getByText(formatExact(p))).toBeInTheDocument();
    expect(screen.getByText(/the neuron says glasses/)).toBeInTheDocument();
    expect(screen.getByText(/Last stage: Forward pass\. Next: Loss/)).toBeInTheDocument();
  });

  it('shows the three-class model’s guess as three bars that are the engine’s softmax', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    await userEvent.click(screen.getByRole('radio', { name: /Three classes/ }));
    expect(engine.sent).toContainEqual({
      type: 'configure',
      runId: THREE_CLASS_RUN,
      config: threeClassConfig,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));

    const outputs = engine.detail(THREE_CLASS_RUN).activations[1] as Float64Array;
    const items = within(screen.getByRole('list', { name: 'Prediction' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s*\(true answer\)/, ''))).toEqual([
      `glasses${formatPercent(outputs[0] as number)}`,
      `ring${formatPercent(outputs[1] as number)}`,
      `earbuds${formatPercent(outputs[2] as number)}`,
    ]);
    const shown = items.map((item) => Number(/([\d.]+)%/.exec(item.textContent ?? '')?.[1]));
    expect(shown.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    // The untrained guess for the first glasses example resembles the article's 60 / 25 / 15.
    expect(shown[0]).toBeGreaterThan(50);
    expect(items[0]).toHaveTextContent('(true answer)');
    // The softmax written out ends in the same numbers.
    expect(
      screen.getByText(new RegExp(`^p\\(glasses\\) = .* = ${formatExact(outputs[0] as number)}$`)),
    ).toBeVisible();
  });

  it('keeps showing the forward pass’s own weights after the update changed them', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Finish this sample (the rest of the loop)' }),
    );
    expect(engine.detail('main').stage).toBe('update');
    expect(screen.getByText('z = 0.55 × 0.5 + 0.48 × 0.5 + 0 = 0.515')).toBeVisible();
    expect(screen.getByText(/The update that followed has changed them/)).toBeVisible();
  });

  it('steps by sample, counts, plays and pauses the chosen run', async () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    const counter = (name: string) => screen.getByText(name).nextElementSibling?.textContent;
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Finish this sample (the rest of the loop)' }),
    );
    expect(engine.sent).toEqual([
      { type: 'step', runId: 'main', granularity: 'stage' },
      { type: 'step', runId: 'main', granularity: 'stage' },
      { type: 'step', runId: 'main', granularity: 'stage' },
      { type: 'step', runId: 'main', granularity: 'stage' },
    ]);
    expect(screen.getByText(/Last stage: Weight update/)).toBeInTheDocument();
    expect(counter('Sample')).toBe('1 / 4');
    expect(counter('Updates')).toBe('1');
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));
    expect(counter('Sample')).toBe('2 / 4');
    expect(screen.getByText(/This sample: price 0.45, weight 0.72/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Play the model' }));
    expect(engine.sent.at(-1)).toEqual({ type: 'play', runIds: ['main'] });
    expect(
      screen.getByRole('button', { name: 'Finish this sample (the rest of the loop)' }),
    ).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Pause the model' }));
    expect(engine.sent.at(-1)).toEqual({ type: 'pause', runIds: ['main'] });
    expect(screen.getByRole('button', { name: 'Play the model' })).toBeEnabled();

    await userEvent.click(screen.getByRole('button', { name: 'Start the model over' }));
    expect(engine.sent.at(-1)).toEqual({ type: 'reset', runIds: ['main'] });
    expect(counter('Updates')).toBe('0');
    expect(screen.getByText(/Press “Run the forward pass”/)).toBeInTheDocument();
  });

  it('draws values without travelling dots when the learner asked for reduced motion', async () => {
    installStepEngine();
    useConfig.getState().setAppField('reducedMotion', true);
    const { container } = render(<ForwardLesson />);
    await userEvent.click(screen.getByRole('button', { name: 'Run the forward pass' }));
    expect(container.querySelectorAll('.network-pulse')).toHaveLength(0);
    expect(screen.getByText('z = 0.515')).toBeInTheDocument();
  });
});
