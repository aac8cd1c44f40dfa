/**
 * The loss lesson against the real engine: every worked number equals core's lossValue of
 * the engine's own activations and target, cross-entropy is −ln of the right class's
 * probability, the per-sample table adds up to the engine's epoch total, and the loss race
 * reports the epochs at which the engine's runs really reached 100 % accuracy.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { lossValue } from '../../src/core/losses';
import { Engine } from '../../src/engine/engine';
import type { EngineEvent, StepDetail } from '../../src/engine/protocol';
import LossLesson from '../../src/lessons/loss/LossLesson';
import { RACE_EPOCHS, raceConfig, type RaceLoss } from '../../src/lessons/loss/race';
import { useRuns } from '../../src/store/runs';
import { formatNumber } from '../../src/ui/format';
import { installEngine, type Harness } from './harness';

let harness: Harness;
beforeEach(() => {
  harness = installEngine();
});

const shown = (testId: string) => screen.getByTestId(testId).textContent;
const loss6 = (value: number) => formatNumber(value, 6);

function latest(runId: string): StepDetail {
  const detail = useRuns.getState().steps[runId];
  if (detail === undefined) throw new Error(`no step detail for ${runId}`);
  return detail;
}

/** The last layer's pre-activations and activations, and the target, of a step detail. */
function outputOf(detail: StepDetail) {
  const z = detail.preActivations.at(-1)!;
  const a = detail.activations.at(-1)!;
  return { z, a, y: detail.target, n: a.length };
}

describe('worked arithmetic for the article neuron (main run)', () => {
  it('shows (y − p)² and −ln p of the engine’s first forward pass', () => {
    render(<LossLesson />);
    // Shown, the lesson has its guess ready: the forward pass ran, the loss stage waits.
    expect(screen.queryByText(/has not made a guess yet/)).toBeNull();
    expect(latest('main').stage).toBe('forward');
    expect(screen.getByRole('button', { name: 'Measure the loss' })).toBeEnabled();

    const { z, a, y } = outputOf(latest('main'));
    expect(shown('loss-true-class')).toBe(loss6(lossValue('squared', z, a, y, 1)));
    expect(shown('loss-true-class')).toBe('0.235225');
    // The first device is glasses (label 1), so the right answer's probability is p itself.
    expect(shown('loss-cross-entropy')).toBe(loss6(-Math.log(a[0]!)));
    expect(screen.queryByTestId('loss-sum')).toBeNull();
  });

  it('adds the program’s per-sample (y − p)² up to the engine’s epoch total', async () => {
    const user = userEvent.setup();
    render(<LossLesson />);
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('button', { name: 'Measure the loss' }));
      await user.click(screen.getByRole('button', { name: 'Next sample' }));
    }

    const engineTotal = useRuns.getState().runs.main!.lastEpoch!.trainLossSum;
    expect(shown('ledger-total')).toBe(loss6(engineTotal));
    expect(shown('ledger-engine-total')).toBe(loss6(engineTotal));
    // The article prints 0.4823 for this epoch; the program really gets 0.4635.
    expect(formatNumber(engineTotal, 4)).toBe('0.4635');
    const first = within(screen.getByTestId('ledger-row-0'));
    expect(first.getByText('0.235225')).toBeInTheDocument();
  });
});

describe('worked arithmetic for the three-class model', () => {
  it('shows the right class’s squared error, the full sum and cross-entropy side by side', async () => {
    const user = userEvent.setup();
    render(<LossLesson />);
    await user.click(screen.getByRole('radio', { name: /Three classes/ }));

    const detail = latest('three');
    expect(detail.stage).toBe('forward');
    const { z, a, y, n } = outputOf(detail);
    const t = Array.from(y).indexOf(1);
    const one = (v: Float64Array) => v.subarray(t, t + 1);
    expect(shown('loss-true-class')).toBe(loss6(lossValue('squared', one(z), one(a), one(y), 1)));
    expect(shown('loss-sum')).toBe(loss6(lossValue('squared', z, a, y, n)));
    expect(shown('loss-sum')).not.toBe(shown('loss-true-class'));
    expect(shown('loss-cross-entropy')).toBe(loss6(lossValue('cross-entropy', z, a, y, n)));
    expect(Number(shown('loss-cross-entropy'))).toBeCloseTo(-Math.log(a[t]!), 6);
    // The untrained guess is close to the article's 60 / 25 / 15.
    expect(a[t]!).toBeGreaterThan(0.55);
    expect(a[t]!).toBeLessThan(0.65);
    expect(screen.getByText(formatNumber(a[t]!, 4), { selector: 'span' })).toBeInTheDocument();

    // At the loss stage the engine measures the same cross-entropy itself.
    await user.click(screen.getByRole('button', { name: 'Measure the loss' }));
    expect(shown('loss-engine')).toBe(shown('loss-cross-entropy'));
  });
});

/** Epochs trained when training accuracy first hit 100 %, found by stepping a separate engine. */
function epochsToPerfect(loss: RaceLoss): number | null {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), { now: () => 0, schedule: () => {} });
  engine.handle({ type: 'configure', runId: 'r', config: raceConfig(loss) });
  for (let e = 0; e < RACE_EPOCHS; e++) {
    engine.handle({ type: 'step', runId: 'r', granularity: 'epoch' });
  }
  for (const event of events) {
    if (event.type !== 'snapshots') continue;
    for (const { history } of event.snapshots) {
      const i = history.trainAccuracy.findIndex((accuracy) => accuracy === 1);
      if (i >= 0) return history.epoch[i]! + 1;
    }
  }
  return null;
}

describe('the loss race', () => {
  it('plays both runs and reports when each first classified every example', async () => {
    const user = userEvent.setup();
    harness.send({ type: 'speed', epochsPerSecond: Infinity });
    render(<LossLesson />);
    expect(screen.getAllByText(/Start a run/)).not.toHaveLength(0);
    // The race keeps a pace of its own; at full speed it ends within the harness' ticks.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Race speed' }), 'max');
    await user.click(screen.getByRole('button', { name: 'Race the two losses' }));

    const playCommands = harness.sent.filter((c) => c.type === 'play');
    expect(playCommands.at(-1)).toEqual({ type: 'play', runIds: ['loss-mse', 'loss-ce'] });
    const crossEntropy = epochsToPerfect('cross-entropy');
    const squared = epochsToPerfect('squared');
    expect(crossEntropy).not.toBeNull();
    expect(squared).not.toBeNull();
    expect(crossEntropy!).toBeLessThan(squared!);
    expect(shown('race-first100-cross-entropy')).toBe(String(crossEntropy));
    expect(shown('race-first100-squared')).toBe(String(squared));
    expect(shown('race-verdict')).toContain(String(squared! - crossEntropy!));
    expect(screen.getByRole('img', { name: /Training accuracy per epoch/ })).toBeInTheDocument();
  });

  it('trains only the chosen loss', async () => {
    const user = userEvent.setup();
    harness.send({ type: 'speed', epochsPerSecond: Infinity });
    render(<LossLesson />);
    await user.click(screen.getByRole('radio', { name: 'Squared error' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Race speed' }), 'max');
    await user.click(screen.getByRole('button', { name: 'Train with squared error' }));
    expect(useRuns.getState().runs['loss-mse']?.counters.epoch).toBe(RACE_EPOCHS);
    expect(useRuns.getState().runs['loss-ce']).toBeUndefined();
  });
});
