import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import BackpropLesson from '../../src/lessons/backprop/BackpropLesson';
import { THREE_CLASS_RUN } from '../../src/lessons/shared/three-class';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { useConfig } from '../../src/store/config';
import { formatExact, formatFactor } from '../../src/ui/network';
import { resetStores, installStepEngine } from './harness';

afterEach(resetStores);

/** The lesson's own step: its sample's forward pass and loss ran when it was shown. */
async function runBackprop() {
  await userEvent.click(screen.getByRole('button', { name: 'Run backpropagation' }));
}

describe('backpropagation lesson', () => {
  it('breaks the gradient of w1 into its chain-rule factors, equal to the engine’s', async () => {
    const engine = installStepEngine();
    render(<BackpropLesson />);
    // Shown, the lesson has its sample ready: forward pass and loss, no gradient yet.
    expect(engine.detail('main').stage).toBe('loss');
    expect(screen.getByText(/no gradient for this sample yet/i)).toBeInTheDocument();
    expect(screen.getByText('(y − p)² = (1 − 0.515)² = 0.235225')).toBeVisible();
    await runBackprop();

    const detail = engine.detail('main');
    expect(detail.stage).toBe('backprop');
    const grads = detail.grads;
    expect(formatExact(grads[0] as number)).toBe('−0.26675');
    expect(
      screen.getByText(`(0.515 − 1) × 1 × 0.55 = ${formatExact(grads[0] as number)}`),
    ).toBeVisible();
    expect(screen.getByText('(y − p)² = (1 − 0.515)² = 0.235225')).toBeVisible();
    expect(formatExact(detail.sampleLoss)).toBe('0.235225');
    expect(
      screen.getByText('Here 0 < z < 1, where the clip is a straight line: its slope is 1.'),
    ).toBeVisible();

    // Every gradient is in the table, the biggest share of the blame first.
    const table = screen.getByRole('table', { name: /Who is to blame/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^b−0\.485/),
      expect.stringMatching(/^w1−0\.26675/),
      expect.stringMatching(/^w2−0\.2328/),
    ]);
    // The drawing names each gradient too.
    expect(
      screen.getByRole('button', { name: 'bias of output: 0.000, gradient −0.485' }),
    ).toBeVisible();
  });

  it('explains any parameter chosen on the drawing, by keyboard too', async () => {
    const engine = installStepEngine();
    render(<BackpropLesson />);
    await runBackprop();
    const w2 = screen.getByRole('button', { name: /^weight weight → output/ });
    w2.focus();
    await userEvent.keyboard('{Enter}');
    const grads = engine.detail('main').grads;
    expect(screen.getByText('Chain rule for w2')).toBeVisible();
    expect(
      screen.getByText(`(0.515 − 1) × 1 × 0.48 = ${formatExact(grads[1] as number)}`),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /^bias of output/ }));
    expect(
      screen.getByText(`(0.515 − 1) × 1 × 1 = ${formatExact(grads[2] as number)}`),
    ).toBeVisible();
  });

  it('shows the factor 2: the printed loss’s gradient is twice the one the update uses', async () => {
    installStepEngine();
    render(<BackpropLesson />);
    await runBackprop();
    expect(screen.getByText('2 × (0.515 − 1) × 0.55 = −0.5335')).toBeVisible();
    expect(screen.getByText('(0.515 − 1) × 0.55 = −0.26675')).toBeVisible();
    expect(screen.getByText('0.1 × (−0.26675) = 0.05 × (−0.5335) = −0.026675')).toBeVisible();
  });

  it('checks a gradient numerically in the engine and shows both numbers', async () => {
    const engine = installStepEngine();
    render(<BackpropLesson />);
    await runBackprop();
    await userEvent.click(screen.getByRole('button', { name: 'Check numerically' }));
    expect(engine.sent).toContainEqual(
      expect.objectContaining({
        type: 'request',
        kind: 'gradient-check',
        ask: { runId: 'main', paramIndex: 0 },
      }),
    );
    const status = await screen.findByRole('status');
    expect(within(status).getByText('Backpropagation').nextSibling).toHaveTextContent('−0.26675');
    const numeric = Number(
      within(status).getByText('Finite difference').nextSibling?.textContent?.replace('−', '-'),
    );
    expect(numeric).toBeCloseTo(-0.26675, 6);
  });

  it('says when the clip is flat and the exact chain rule would give 0', async () => {
    const engine = installStepEngine();
    // A fifth, far-out device: its weighted sum lands well above 1.
    engine.send({
      type: 'configure',
      runId: 'main',
      config: { ...DEFAULT_RUN_CONFIG, extraPoints: [[3, 3, 0]] },
    });
    render(<BackpropLesson />);
    for (let k = 0; k < 4; k++) engine.send({ type: 'step', runId: 'main', granularity: 'sample' });
    // Stepped past from elsewhere: the lesson offers to get the fifth sample ready.
    await userEvent.click(
      screen.getByRole('button', { name: 'Get this sample ready: forward pass and loss' }),
    );
    await runBackprop();
    const detail = engine.detail('main');
    expect(detail.preActivations[0]?.[0]).toBeGreaterThan(1);
    expect(screen.getByText(/lies where the clip is flat, so the true slope is 0/)).toBeVisible();
    // The exact product is 0; the engine, like the program, uses the error alone.
    expect(screen.getByText(/^\(1 − 0\) × 0 × 3 = 0$/)).toBeVisible();
    expect(
      screen.getByText(`(1 − 0) × 1 × 3 = ${formatExact(detail.grads[0] as number)}`),
    ).toBeVisible();
  });

  it('uses p − y for softmax with cross-entropy', async () => {
    const engine = installStepEngine();
    render(<BackpropLesson />);
    await userEvent.click(screen.getByRole('radio', { name: /Three classes/ }));
    await runBackprop();
    const detail = engine.detail(THREE_CLASS_RUN);
    const p = detail.activations[1]?.[0] as number;
    const x = detail.activations[0]?.[0] as number;
    expect(
      screen.getByText(
        `(${formatExact(p)} − 1) × ${formatExact(x)} = ${formatExact(detail.grads[0] as number)}`,
      ),
    ).toBeVisible();
    expect(screen.getByText(/softmax and the derivative of the logarithm cancel/)).toBeVisible();
  });

  it('traces a hidden neuron’s weight through the blame passed back to it', async () => {
    const engine = installStepEngine();
    const config = {
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp' as const,
      dataset: 'devices' as const,
      hidden: [2],
      validationSplit: 0,
      shuffle: false,
    };
    useConfig.getState().replace(config, useConfig.getState().app);
    engine.send({ type: 'configure', runId: 'main', config });
    render(<BackpropLesson />);
    await runBackprop();
    const detail = engine.detail('main');
    // 2 inputs → 2 hidden (tanh) → 1 sigmoid output: 9 parameters, one button each.
    expect(screen.getAllByRole('button', { name: /^(weight|bias) / })).toHaveLength(9);
    expect(screen.getByText('Chain rule for w price → h1.1')).toBeVisible();
    const delta = detail.deltas[0]?.[0] as number;
    const x = detail.activations[0]?.[0] as number;
    expect(
      screen.getByText(
        `${formatFactor(delta)} × ${formatFactor(x)} = ${formatExact(detail.grads[0] as number)}`,
      ),
    ).toBeVisible();
    expect(screen.getByText(new RegExp(`^∂L/∂z = .* = ${formatExact(delta)}$`))).toBeVisible();
  });
});
