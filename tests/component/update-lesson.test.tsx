import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import UpdateLesson from '../../src/lessons/update/UpdateLesson';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { useConfig } from '../../src/store/config';
import { formatExact, formatFactor } from '../../src/ui/network';
import { resetStores, installStepEngine } from './harness';

afterEach(resetStores);

describe('weight-update lesson', () => {
  it('writes old − learning rate × gradient = new for every parameter, as the engine applied it', async () => {
    const engine = installStepEngine();
    render(<UpdateLesson />);
    // Shown, the lesson has its gradients ready: every parameter beside its gradient.
    expect(engine.detail('main').stage).toBe('backprop');
    const ready = screen.getByRole('table', { name: /Ready for the update/ });
    expect(
      within(ready)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['w10.5−0.26675', 'w20.5−0.2328', 'b0−0.485']);
    await userEvent.click(screen.getByRole('button', { name: 'Update the weights' }));

    const detail = engine.detail('main');
    expect(detail.stage).toBe('update');
    const { paramsBefore, grads, learningRate } = detail.lastUpdate!;
    const table = screen.getByRole('table', { name: /Every parameter’s step/ });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(cells).toEqual([
      'w10.5 − 0.1 × (−0.26675) = 0.526675',
      'w20.5 − 0.1 × (−0.2328) = 0.52328',
      'b0 − 0.1 × (−0.485) = 0.0485',
    ]);
    // Each number is the engine's: before, gradient, rate and the parameters after.
    for (let k = 0; k < 3; k++) {
      expect(cells[k]).toContain(
        `${formatExact(paramsBefore[k] as number)} − ${formatExact(learningRate)} × ${formatFactor(grads[k] as number)} = ${formatExact(detail.params[k] as number)}`,
      );
    }
    expect(
      screen.getByRole('button', { name: 'weight price → output: 0.527, was 0.500' }),
    ).toBeVisible();
  });

  it('shows the engine’s old → new when the optimiser is not plain SGD', async () => {
    const engine = installStepEngine();
    useConfig.getState().setRunField('optimizer', 'adam');
    engine.send({
      type: 'configure',
      runId: 'main',
      config: { ...DEFAULT_RUN_CONFIG, optimizer: 'adam' },
    });
    render(<UpdateLesson />);
    await userEvent.click(screen.getByRole('button', { name: 'Update the weights' }));
    const detail = engine.detail('main');
    expect(screen.getByText(/uses the adam optimiser/)).toBeVisible();
    const table = screen.getByRole('table', { name: /Every parameter’s step/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      `w1${formatExact(detail.lastUpdate!.paramsBefore[0] as number)} → ${formatExact(detail.params[0] as number)}`,
    );
  });
});
