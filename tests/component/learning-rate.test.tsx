/**
 * The learning-rate lesson against the real engine, driven synchronously: the default race
 * trains to the end and each runner carries the label its own history earns; rates can be
 * edited, added and removed; the sweep reports progress, shades a band and races a point.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type { AnswerOf, EngineCommand, EngineEvent } from '../../src/engine/protocol';
import LearningRateLesson from '../../src/lessons/learning-rate/LearningRateLesson';
import { sendCommand } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { connectEngine, type Connection } from './harness';

let commands: EngineCommand[] = [];
let events: EngineEvent[] = [];
let connection: Connection;
let pending: (() => void)[] = [];
let time = 0;

beforeEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  commands = [];
  pending = [];
  time = 0;
  events = [];
  const engine = new Engine((event) => events.push(event), {
    // Each look at the clock moves it on a little, so the play loop's time budget runs out.
    now: () => (time += 0.01),
    schedule: (fn) => {
      pending.push(fn);
    },
  });
  connection = connectEngine(engine, events);
  commands = connection.sent;
  // The page's main run exists too, as it does in the app.
  sendCommand({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  sendCommand({ type: 'speed', epochsPerSecond: Infinity });
  // Charts redraw on a 100 ms throttle: fake timers let a test move past it at once.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs the play loop's ticks until it stops asking for more (every race has ended). */
function trainToTheEnd() {
  act(() => {
    for (let guard = 0; pending.length > 0 && guard < 10_000; guard++) {
      const due = pending;
      pending = [];
      for (const fn of due) fn();
      connection.flush();
    }
  });
  act(() => {
    vi.advanceTimersByTime(500);
  });
}

/** The race's own pace is 30 epochs a second; the test engine's clock barely moves. */
async function racesFlatOut(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Race speed' }), 'Infinity');
}

function outcomes() {
  return screen.getByRole('region', { name: 'What happened' });
}

describe('learning-rate race', () => {
  it('races too small, about right and too big by default, and labels each from its history', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    expect(within(outcomes()).getByText('Start the race to see how each rate does.')).toBeVisible();
    await racesFlatOut(user);

    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    const configured = commands.filter(
      (c) => c.type === 'configure' && c.runId.startsWith('race-'),
    );
    expect(configured.map((c) => c.type === 'configure' && c.config.learningRate)).toEqual([
      0.01, 0.1, 1.5, 3,
    ]);
    expect(
      configured.every(
        (c) =>
          c.type === 'configure' && c.config.model === 'article' && c.config.neuron === 'linear',
      ),
    ).toBe(true);
    // The race keeps its own pace, sent once its runs exist.
    const paced = commands.findIndex((c) => c.type === 'run-speed');
    expect(paced).toBeGreaterThan(commands.indexOf(configured.at(-1)!));
    expect(commands[paced]).toEqual({
      type: 'run-speed',
      runIds: ['race-0', 'race-1', 'race-2', 'race-3'],
      epochsPerSecond: Infinity,
    });

    trainToTheEnd();
    const items = within(within(outcomes()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.outcome)).toEqual([
      'too-slow',
      'converged',
      'bouncing',
      'diverged',
    ]);
    expect(items[0]).toHaveTextContent('0.01: too slow');
    expect(items[1]).toHaveTextContent('0.1: converged at epoch 58');
    expect(items[2]).toHaveTextContent('1.5: bouncing');
    expect(items[3]).toHaveTextContent('3: diverged at epoch 2');
    // The chart marks the same epoch, in the runner's colour, where its line leaves the top.
    expect(screen.getByText(/^3: diverged at epoch 2 \(/, { selector: 'li' })).toBeInTheDocument();
    expect(document.querySelector('text.loss-chart-exit')).toHaveTextContent('3 → ∞ at epoch 2');
    // Next to the chart: why, and what converged means for a neuron that cannot reach 0.
    const why = screen.getByRole('complementary', { name: 'Why the lines look like this' });
    expect(why).toHaveTextContent('the lowest any weights can get is 0.032');
    expect(why).toHaveTextContent('converged means below 0.052');
    const legend = screen.getByRole('list', { name: 'Lines' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['0.01', '0.1', '1.5', '3']);
    // Finished runs leave the engine (it holds few runs for the whole page); their curves stay.
    const removed = commands
      .filter((c) => c.type === 'remove')
      .map((c) => c.type === 'remove' && c.runId);
    expect(removed).toEqual(['race-0', 'race-1', 'race-2', 'race-3']);
    expect(useRuns.getState().runs['race-0']?.series.trainLossSum.count).toBe(100);
    // The diverged run stopped where the rule holds: three epochs, not a climb to 10³⁰⁰.
    expect(useRuns.getState().runs['race-3']?.series.trainLossSum.count).toBe(3);
  });

  it("runs the article's own race in one click and says why its 0.9 does not bounce", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    await racesFlatOut(user);
    await user.click(screen.getByRole('button', { name: /The article’s race \(clipped neuron\)/ }));
    expect(useConfig.getState().app.raceRates).toEqual([0.9, 0.01, 0.0001]);
    expect(screen.getByRole('radio', { name: /The article’s neuron/ })).toBeChecked();
    trainToTheEnd();
    const items = within(within(outcomes()).getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('0.9: converged at epoch 10');
    expect(items[1]).toHaveTextContent('0.01: too slow');
    expect(items[2]).toHaveTextContent('0.0001: too slow');
    const why = screen.getByRole('complementary', { name: 'Why the lines look like this' });
    expect(why).toHaveTextContent('That is why 0.9 converges here instead of bouncing');
    expect(why).toHaveTextContent('converged means an epoch’s total loss fell below 0.01');
    // The convergence mark takes its runner's colour, not another series'.
    const marks = screen.getByRole('list', { name: 'Marks on the chart' });
    const mark = within(marks).getByText('0.9: converged at epoch 10');
    expect(mark.style.borderColor).toBe('var(--series-1)');
  });

  it('without the clip, 0.9 settles above zero, 1.5 bounces and 1.6 diverges', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    useConfig.getState().setAppField('raceRates', [0.9, 1.5, 1.6]);
    render(<LearningRateLesson />);
    await racesFlatOut(user);
    await user.click(
      screen.getByRole('radio', { name: 'The same neuron without the clip (linear)' }),
    );
    expect(screen.getByText(/Without the clip nothing limits an overshoot/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    trainToTheEnd();
    const items = within(within(outcomes()).getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      /^0\.9: settled at a loss of 0\.178\d from epoch \d+, above the target$/,
    );
    expect(items[1]).toHaveTextContent('1.5: bouncing');
    expect(items[2]).toHaveTextContent('1.6: diverged at epoch 47');
  });

  it('edits, validates, adds and removes rates in the settings', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    const second = screen.getByRole('textbox', { name: 'Rate 2' });
    await user.clear(second);
    await user.type(second, '0.0');
    // Neither "" nor "0" nor "0.0" is a usable rate: the stored list keeps its last valid one.
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0.000001 to 10.');
    expect(useConfig.getState().app.raceRates).toEqual([0.01, 0.1, 1.5, 3]);
    await user.clear(second);
    await user.type(second, '0.3');
    expect(useConfig.getState().app.raceRates).toEqual([0.01, 0.3, 1.5, 3]);

    await user.click(screen.getByRole('button', { name: 'Add a rate' }));
    expect(useConfig.getState().app.raceRates).toEqual([0.01, 0.3, 1.5, 3, 0.1]);
    await user.click(screen.getByRole('button', { name: 'Remove rate 1.5' }));
    expect(useConfig.getState().app.raceRates).toEqual([0.01, 0.3, 3, 0.1]);
    for (let i = 0; i < 2; i++)
      await user.click(screen.getByRole('button', { name: 'Add a rate' }));
    expect(useConfig.getState().app.raceRates).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Add a rate' })).toBeDisabled();
  });

  it('pauses and continues the race', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    const all = ['race-0', 'race-1', 'race-2', 'race-3'];
    expect(useRuns.getState().playingRunIds).toEqual(all);
    await user.click(screen.getByRole('button', { name: 'Pause the race' }));
    expect(useRuns.getState().playingRunIds).toEqual([]);
    const configures = commands.filter((c) => c.type === 'configure').length;
    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    // Continued, not rebuilt.
    expect(commands.filter((c) => c.type === 'configure')).toHaveLength(configures);
    expect(useRuns.getState().playingRunIds).toEqual(all);
    await user.click(screen.getByRole('button', { name: 'Reset the race' }));
    expect(useRuns.getState().runs['race-0']).toBeUndefined();
  });

  it('shows a schedule as a curve of the rate over the run', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Schedule' }), 'step');
    // Step decay by 0.5 every 25 epochs, over 100 epochs: ×0.5 at epoch 49, ×0.125 at 99.
    expect(
      screen.getByText(
        /At epoch 0 the rate is ×1\.000, halfway \(epoch 49\) ×0\.500, at the last epoch \(99\) ×0\.125\./,
      ),
    ).toBeInTheDocument();
    // A small chart with axes: ×0, ×0.5 and ×1 up the side, epochs 0 and 99 across.
    const curve = document.querySelector('.schedule-curve svg')!;
    const labels = [...curve.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['×0', '×0.5', '×1', '0', '99', 'epoch']));
    expect(screen.queryByTestId('schedule-now')).toBeNull();
    await racesFlatOut(user);
    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    const configure = commands.find((c) => c.type === 'configure' && c.runId === 'race-0');
    expect(configure?.type === 'configure' && configure.config.schedule).toBe('step');
    trainToTheEnd();
    // The race's epoch is marked on the curve (the runners that ran to the end reached 99).
    expect(screen.getByTestId('schedule-now')).toHaveTextContent(
      'The race is at epoch 99: each rate is ×0.125 its start.',
    );
    expect(curve.querySelector('.schedule-now')).toHaveAttribute('data-epoch', '99');
  });
});

describe('learning-rate race on the loss landscape', () => {
  it("maps the racing neuron's loss over w1 and w2 and draws each runner's real path", async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    await racesFlatOut(user);
    await user.click(screen.getByRole('button', { name: 'Start the race' }));
    // The map was asked for after the runs were built and before they played.
    const order = commands
      .map((c) => (c.type === 'request' ? c.kind : c.type))
      .filter((type) => type !== 'speed' && type !== 'run-speed');
    expect(order.slice(-6)).toEqual([
      'configure',
      'configure',
      'configure',
      'configure',
      'landscape',
      'play',
    ]);
    await waitFor(() => expect(connection.answers.at(-1)?.kind).toBe('landscape'));
    const landscape = connection.answers.at(-1)?.answer as AnswerOf<'landscape'>;
    expect(landscape?.runId).toBe('race-0');
    expect(landscape?.resolution).toBe(128);
    // The map shows once its answer has come (a moment after the race was built).
    const canvas = await screen.findByRole('application', {
      name: 'Each run’s path on the loss landscape over w1 and w2',
    });
    // Its path collectors subscribe in effects React runs after the map's (transition) render.
    await act(async () => undefined);
    trainToTheEnd();
    // Every runner starts at the article's w = (0.5, 0.5); 0.1 ends where the engine left it.
    const w = useRuns.getState().runs['race-1']!.params;
    expect(canvas).toHaveAccessibleDescription(
      expect.stringContaining(
        `0.1: starts at w1 0.50, w2 0.50; now at w1 ${w[0]!.toFixed(2)}, w2 ${w[1]!.toFixed(2)}`,
      ),
    );
    expect(canvas).toHaveAccessibleDescription(expect.stringContaining('3: starts at w1 0.50'));
  });
});

describe('learning-rate sweep', () => {
  it('sweeps 32 rates in the worker, shades the band that converged, and races a chosen rate', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    await user.click(screen.getByRole('radio', { name: /The article’s neuron/ }));
    await user.click(screen.getByRole('button', { name: 'Run the sweep' }));
    const sweep = commands.find((c) => c.type === 'request' && c.kind === 'sweep');
    expect(
      sweep?.type === 'request' && sweep.kind === 'sweep' && sweep.ask.learningRates.length,
    ).toBe(32);
    await screen.findByText('32 of 32 rates trained');
    const progress = screen.getByRole('progressbar', { name: 'Sweep progress' });
    expect(progress).toHaveAttribute('value', '32');
    expect(screen.getByText('32 of 32 rates trained')).toBeInTheDocument();
    // The clipped neuron converges (below 0.01 in 100 epochs) from about 0.2 up to 3.
    expect(
      screen.getByText(/^Shaded, just right: from 0\.\d+ to 3 every run ended below 0\.01\.$/),
    ).toBeInTheDocument();

    await user.click(screen.getByText('The sweep as a list (choose a rate to race it)'));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContainEqual(
      expect.stringMatching(/^0\.0001: final loss 0\.44\d\d, above the target Race at 0\.0001$/),
    );
    await user.click(screen.getByRole('button', { name: 'Race at 0.0001' }));
    expect(useConfig.getState().app.raceRates).toEqual([0.01, 0.1, 1.5, 3, 0.0001]);
    expect(useRuns.getState().playingRunIds).toEqual([
      'race-0',
      'race-1',
      'race-2',
      'race-3',
      'race-4',
    ]);
  });

  it('without the clip, the target sits above the straight line’s floor, and large rates diverge', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<LearningRateLesson />);
    expect(
      screen.getByRole('radio', { name: 'The same neuron without the clip (linear)' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Run the sweep' }));
    const sweep = commands.find((c) => c.type === 'request' && c.kind === 'sweep');
    expect(sweep?.type === 'request' && sweep.kind === 'sweep' && sweep.ask.config.neuron).toBe(
      'linear',
    );
    await screen.findByText('32 of 32 rates trained');
    // The least-squares floor is 0.032; runs ending within 0.02 of it count as converged.
    expect(
      screen.getByText(
        /^Shaded, just right: from 0\.\d+ to 0\.\d+ every run ended below 0\.052\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Crosses on the top edge/)).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContainEqual(expect.stringMatching(/^3: final loss .+, diverged Race at 3$/));
  });
});
