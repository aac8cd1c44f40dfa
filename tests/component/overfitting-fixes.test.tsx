/**
 * The overfitting lab's fixes stack, and say so: the fixes a try has on are written next to
 * Train and in its results row, one button turns them all off, an early-stopped try says which
 * epoch's weights it kept, and the lab's runs keep a pace of their own. Against the real
 * engine, driven synchronously.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineCommand } from '../../src/engine/protocol';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { DEFAULT_TRY_SPEED, useFit } from '../../src/lessons/overfitting/fit-store';
import { activeFixes, withoutFixes } from '../../src/lessons/overfitting/fixes';
import { presets } from '../../src/lessons/overfitting/presets';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { installEngine } from './harness';

let sent: EngineCommand[];
/** Whether the lab's tries should play at full speed (the harness's clock never advances). */
let fullSpeed: boolean;

function install(): void {
  sent = installEngine({
    speed: Infinity,
    reset: () => {
      useFit.getState().reset();
      if (fullSpeed) useFit.getState().setSpeed(Infinity);
    },
  }).sent;
}

beforeEach(() => {
  // jsdom has no canvas; the plot is tested through its text elsewhere.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  fullSpeed = true;
  install();
});

const tryFixes = () => screen.getByTestId('fit-fixes');

/** Each results row's fixes and epochs cells, oldest first. */
function resultRows() {
  const table = screen.getByTestId('fit-results');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => ({
      fixes: row.querySelector('td[data-column="fixes"]')?.textContent,
      epochs: row.querySelector('td[data-column="epochs"]')?.textContent,
    }));
}

describe('the fixes a try has on', () => {
  it('are listed next to Train as they are set, in the lesson’s order', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    expect(tryFixes()).toHaveTextContent(/^This try: no fixes$/);
    await user.click(screen.getByRole('button', { name: 'Use patience 20' }));
    expect(tryFixes()).toHaveTextContent(/^This try: patience 20$/);
    await user.click(screen.getByRole('button', { name: 'Use dropout 0.3' }));
    expect(tryFixes()).toHaveTextContent(/^This try: dropout 0.3 \+ patience 20$/);
    await user.click(screen.getByRole('button', { name: 'Use 400 points' }));
    await user.click(screen.getByRole('button', { name: 'Use jitter 1' }));
    await user.click(screen.getByRole('button', { name: 'Use decay 0.03' }));
    expect(tryFixes()).toHaveTextContent(
      /^This try: more data \(400 points\) \+ dropout 0.3 \+ patience 20 \+ jitter 1 \+ L2 0.03$/,
    );
    // The just-right preset's 400 points are its own data, not more than it started with.
    await user.click(screen.getByRole('button', { name: 'Just right' }));
    expect(tryFixes()).toHaveTextContent(/^This try: no fixes$/);
  });

  it('are written in Arabic with their numbers kept left to right', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Use dropout 0.3' }));
    await user.click(screen.getByRole('button', { name: 'Use patience 20' }));
    act(() => void useConfig.getState().setAppField('lang', 'ar'));
    expect(tryFixes()).toHaveTextContent('هذه المحاولة: الإسقاط 0.3 + الصبر 20');
    const numbers = Array.from(tryFixes().querySelectorAll('.numbers'), (n) => n.textContent);
    expect(numbers).toEqual(['0.3', '20']);
  });

  it('are listed in each finished try’s row, with the weights early stopping kept', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    await user.click(screen.getByRole('button', { name: 'Use dropout 0.3' }));
    await user.click(screen.getByRole('button', { name: 'Use patience 20' }));
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    const run = useRuns.getState().runs.fit!;
    expect(run.status).toBe('early-stopped');
    const { stoppedAt, bestEpoch } = run;
    expect(stoppedAt).not.toBeNull();
    expect(bestEpoch).not.toBeNull();
    expect(bestEpoch).toBeLessThan(stoppedAt!);

    const kept = `stopped at epoch ${stoppedAt}; kept epoch ${bestEpoch}’s weights`;
    expect(resultRows()).toEqual([
      { fixes: 'no fixes', epochs: String(presets.overfit.epochs) },
      { fixes: 'dropout 0.3 + patience 20', epochs: kept },
    ]);
    // Next to Train too, where the try ended.
    expect(screen.getByTestId('fit-status')).toHaveTextContent(kept);
    // The row's losses are those of the weights kept, not of the last epoch trained.
    const row = within(screen.getByTestId('fit-results')).getAllByRole('row')[2]!;
    const validation = Number(row.querySelector('td[data-column="validation"]')?.textContent);
    const { x, y } = run.series.validationLoss.points();
    const atKept = y[Array.from(x).indexOf(bestEpoch!)]!;
    expect(validation).toBeCloseTo(atKept, 3);
  });
});

describe('turning all fixes off', () => {
  it('resets every fix the lesson offers with one button', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    const allOff = screen.getByRole('button', { name: 'Turn all fixes off' });
    expect(allOff).toBeDisabled();
    for (const name of [
      'Use 400 points',
      'Use dropout 0.3',
      'Use patience 20',
      'Use jitter 1',
      'Use decay 0.03',
    ])
      await user.click(screen.getByRole('button', { name }));
    expect(useFit.getState().config).toMatchObject({
      datasetSize: 400,
      dropout: 0.3,
      patience: 20,
      inputNoise: 1,
      weightDecay: 0.03,
    });
    await user.click(allOff);
    expect(useFit.getState().config).toMatchObject({
      datasetSize: presets.overfit.datasetSize,
      dropout: 0,
      patience: 0,
      inputNoise: 0,
      weightDecay: 0,
    });
    expect(tryFixes()).toHaveTextContent(/^This try: no fixes$/);
    expect(allOff).toBeDisabled();
    // Nothing else had changed, so the lab is back on its preset.
    expect(screen.getByRole('button', { name: 'Overfit' })).toHaveAttribute('aria-pressed', 'true');
    // The engine trains what the table will list: the last configure has every fix off.
    const configures = sent.filter((c) => c.type === 'configure' && c.runId === 'fit');
    expect(configures.at(-1)).toMatchObject({ config: { dropout: 0, patience: 0 } });
  });

  it('keeps the data and network the learner chose', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Use dropout 0.3' }));
    const noise = screen.getByLabelText('Noise');
    await user.clear(noise);
    await user.type(noise, '0.2');
    await user.click(screen.getByRole('button', { name: 'Turn all fixes off' }));
    expect(useFit.getState().config).toMatchObject({ dropout: 0, noise: 0.2 });
    expect(screen.getByRole('button', { name: 'Overfit' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('fixes as data', () => {
  it('counts more data against the preset started from, and turns it back to that size', () => {
    const base = presets['just-right'];
    const config = { ...base, datasetSize: 800, weightDecay: 0.01 };
    expect(activeFixes(config, base)).toEqual([
      { fix: 'moreData', value: 800 },
      { fix: 'weightDecay', value: 0.01 },
    ]);
    expect(withoutFixes(config, base)).toEqual(base);
    // Fewer points than the preset is no fix, and turning fixes off leaves it alone.
    const fewer = { ...base, datasetSize: 100 };
    expect(activeFixes(fewer, base)).toEqual([]);
    expect(withoutFixes(fewer, base).datasetSize).toBe(100);
  });
});

describe('the pace of the lab’s runs', () => {
  it('is its own: set after the run is configured, and changed by its select', async () => {
    fullSpeed = false;
    install();
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    const configureAt = sent.findIndex((c) => c.type === 'configure' && c.runId === 'fit');
    const speedAt = sent.findIndex((c) => c.type === 'run-speed');
    expect(configureAt).toBeGreaterThanOrEqual(0);
    expect(speedAt).toBeGreaterThan(configureAt);
    expect(sent[speedAt]).toEqual({
      type: 'run-speed',
      runIds: ['fit'],
      epochsPerSecond: DEFAULT_TRY_SPEED,
    });

    // The lab's pictures (boundary, neuron maps) send requests of their own at any moment, so
    // the pace is read from the last pace command, not from whatever was sent last.
    const lastPace = () => sent.filter((c) => c.type === 'run-speed').at(-1);
    await user.selectOptions(screen.getByLabelText('Speed of the lab’s tries'), '100');
    expect(lastPace()).toEqual({ type: 'run-speed', runIds: ['fit'], epochsPerSecond: 100 });
    await user.selectOptions(screen.getByLabelText('Speed of the lab’s tries'), 'max');
    expect(lastPace()).toEqual({
      type: 'run-speed',
      runIds: ['fit'],
      epochsPerSecond: Infinity,
    });
    // The shared speed (the bar's) is not touched.
    expect(sent.filter((c) => c.type === 'speed')).toHaveLength(1);
    expect(useConfig.getState().app.speed).not.toBe(100);
  });

  it('is the comparison’s own too, given to its runs before they play', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.selectOptions(screen.getByLabelText('Speed of the comparison'), 'max');
    const from = sent.length;
    await user.click(screen.getByRole('button', { name: 'Compare batch sizes' }));
    const types = sent.slice(from).map((c) => c.type);
    expect(types.slice(0, 5)).toEqual(['configure', 'configure', 'configure', 'run-speed', 'play']);
    expect(sent[from + 3]).toEqual({
      type: 'run-speed',
      runIds: ['batch-1', 'batch-16', 'batch-all'],
      epochsPerSecond: Infinity,
    });
    expect(await screen.findByTestId('batch-finding')).toBeVisible();
  });
});
