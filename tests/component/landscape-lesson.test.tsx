import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleDevices } from '../../src/core/datasets';
import { descendSurface, gridCoordinate, lossGrid } from '../../src/core/landscape';
import { Mlp } from '../../src/core/mlp';
import { DEFAULT_OPTIMIZER } from '../../src/core/optimizers';
import { Engine } from '../../src/engine/engine';
import type { AnswerOf, EngineEvent, RequestKind } from '../../src/engine/protocol';
import LandscapeLesson from '../../src/lessons/landscape/LandscapeLesson';
import { sendCommand } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { formatNumber } from '../../src/ui/format';
import { connectEngine, type Connection } from './harness';

let events: EngineEvent[] = [];
let connection: Connection;

/** The engine's latest answer of this kind. */
function lastAnswer<K extends RequestKind>(kind: K): AnswerOf<K> {
  const reply = connection.answers.filter((a) => a.kind === kind).at(-1);
  if (reply === undefined) throw new Error(`no ${kind} answer yet`);
  return reply.answer as AnswerOf<K>;
}

beforeEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  // Still pictures: balls jump to their targets, so positions can be read at once.
  useConfig.getState().setAppField('reducedMotion', true);
  events = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  connection = connectEngine(engine, events);
  sendCommand({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/** The lowest mean loss of the article's neuron (bias `b`) over the grid, from core directly. */
function expectedMinimum(ranges: readonly [readonly [number, number], readonly [number, number]]) {
  const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
  model.params.set([0.5, 0.5, 0]);
  const grid = lossGrid(model, articleDevices(), 'article', [0, 1], ranges, 128);
  let best = 0;
  for (let i = 1; i < grid.length; i++) if (grid[i]! < grid[best]!) best = i;
  return {
    value: formatNumber(grid[best]!, 4),
    w1: formatNumber(gridCoordinate(ranges[0], 128, best % 128), 2),
    w2: formatNumber(gridCoordinate(ranges[1], 128, Math.floor(best / 128)), 2),
  };
}

describe('landscape lesson, the real run', () => {
  it('asks the worker for a 128 × 128 map and names its minimum in the description', async () => {
    render(<LandscapeLesson />);
    const canvas = await screen.findByRole('application', { name: 'Loss over w1 and w2' });
    const landscape = lastAnswer('landscape');
    expect(landscape.resolution).toBe(128);
    expect(landscape.runId).toBe('main');
    const min = expectedMinimum(landscape.ranges);
    expect(canvas).toHaveAccessibleDescription(
      expect.stringContaining(
        `Lowest loss on the grid: ${min.value} at w1 ${min.w1}, w2 ${min.w2}.`,
      ),
    );
    expect(screen.getByTestId('landscape-timing')).toHaveTextContent(
      /Computed in \d+\.\d ms in the worker \(128 × 128 points/,
    );
    expect(screen.getByTestId('landscape-held')).toHaveTextContent('slice at bias = 0.000');
  });

  it('draws the route the run takes and moves the ball to its current parameters', async () => {
    render(<LandscapeLesson />);
    const canvas = await screen.findByRole('application', { name: 'Loss over w1 and w2' });
    await waitFor(() => expect(canvas.dataset.ball).toBe('0.5000,0.5000'));
    act(() => {
      for (let k = 0; k < 5; k++)
        sendCommand({ type: 'step', runId: 'main', granularity: 'epoch' });
    });
    const params = useRuns.getState().runs.main!.params;
    const [w1, w2] = [params[0]!, params[1]!];
    await waitFor(() =>
      expect(canvas).toHaveAccessibleDescription(
        expect.stringContaining(
          `main run: starts at w1 0.50, w2 0.50; now at w1 ${formatNumber(w1, 2)}, w2 ${formatNumber(w2, 2)} after 5 steps.`,
        ),
      ),
    );
    await waitFor(() => expect(canvas.dataset.ball).toBe(`${w1.toFixed(4)},${w2.toFixed(4)}`));
    expect(screen.getByText(/^Now:/)).toHaveTextContent(`w1 ${formatNumber(w1, 3)}`);
  });

  it('switches the axes to a weight and the bias', async () => {
    const user = userEvent.setup();
    render(<LandscapeLesson />);
    await screen.findByRole('application', { name: 'Loss over w1 and w2' });
    await user.click(screen.getByRole('radio', { name: /w1 and the bias/ }));
    const canvas = await screen.findByRole('application', { name: 'Loss over w1 and bias' });
    expect(lastAnswer('landscape').ranges[1]).toEqual([-2, 2]);
    expect(canvas).toHaveAccessibleDescription(
      expect.stringContaining('over w1 from -1.00 to 3.00 and bias from -2.00 to 2.00'),
    );
    expect(canvas).toHaveAccessibleDescription(expect.stringMatching(/Lowest loss on the grid/));
    expect(screen.getByTestId('landscape-held')).toHaveTextContent('slice at w2 = 0.500');
  });
});

describe('landscape lesson, the two-valley race', () => {
  const surfaceName = 'Two-valley surface: height over x and y';
  /** What the map says about its paths, in words: one "<racer>: starts at …" per drawn path. */
  const drawnPaths = (canvas: HTMLElement) =>
    ['SGD', 'Momentum', 'Adam'].filter((racer) =>
      (canvas.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .includes(`${racer}: starts at`),
    );
  const startRace = (user: ReturnType<typeof userEvent.setup>) =>
    user.click(screen.getByRole('button', { name: 'Start the race' }));

  it('shows the surface and the start but no path until Start, then the paths and results', async () => {
    const user = userEvent.setup();
    render(<LandscapeLesson />);
    const canvas = await screen.findByRole('application', { name: surfaceName });
    // The engine has already answered (the surface is drawn from it), yet nothing races.
    expect(lastAnswer('surface').paths).toHaveLength(3);
    expect(canvas).toHaveAccessibleDescription(expect.stringContaining('start: x -3.50, y -2.00.'));
    expect(drawnPaths(canvas)).toEqual([]);
    expect(screen.getByTestId('race-waiting')).toBeVisible();
    expect(screen.queryByTestId('race-summary')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset the race' })).toBeDisabled();

    await startRace(user);
    await waitFor(() => expect(drawnPaths(canvas)).toEqual(['SGD', 'Momentum', 'Adam']));
    expect(screen.getByTestId('race-summary')).toBeVisible();
    expect(screen.queryByTestId('race-waiting')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reset the race' }));
    expect(drawnPaths(canvas)).toEqual([]);
    expect(screen.queryByTestId('race-summary')).toBeNull();
    expect(screen.getByTestId('race-waiting')).toBeVisible();
  });

  it('keeps the results until the replay ends when motion is allowed', async () => {
    useConfig.getState().setAppField('reducedMotion', false);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      render(<LandscapeLesson />);
      const canvas = await screen.findByRole('application', { name: surfaceName });
      await startRace(user);
      expect(drawnPaths(canvas)).toEqual(['SGD', 'Momentum', 'Adam']);
      expect(screen.getByTestId('race-running')).toHaveTextContent('The balls are rolling');
      expect(screen.queryByTestId('race-summary')).toBeNull();
      act(() => vi.advanceTimersByTime(3_000));
      expect(screen.getByTestId('race-summary')).toBeVisible();
      expect(screen.queryByTestId('race-running')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('races SGD, momentum and Adam from the suggested start and says where each ended', async () => {
    const user = userEvent.setup();
    render(<LandscapeLesson />);
    await screen.findByRole('application', { name: surfaceName });
    await startRace(user);
    const summary = await screen.findByTestId('race-summary');
    expect(summary).toHaveTextContent(
      'From x -3.50, y -2.00: SGD ends in the local valley; Momentum ends in the global valley; Adam ends in the local valley.',
    );
    const table = within(summary.parentElement!).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/SGD\s*local/);
    expect(rows[1]).toHaveTextContent(/Momentum\s*global/);
    // The table's numbers are the engine's: compare with core's own descent.
    const sgd = descendSurface([-3.5, -2], { ...DEFAULT_OPTIMIZER, name: 'sgd' }, 0.2, 100);
    expect(rows[0]).toHaveTextContent(
      `(${formatNumber(sgd[sgd.length - 2]!, 2)}, ${formatNumber(sgd[sgd.length - 1]!, 2)})`,
    );
  });

  it('moves the start with the keyboard (Home, then Enter): the race empties and waits for Start', async () => {
    const user = userEvent.setup();
    render(<LandscapeLesson />);
    const canvas = await screen.findByRole('application', { name: surfaceName });
    await startRace(user);
    await screen.findByTestId('race-summary');
    canvas.focus();
    await user.keyboard('{Home}{Enter}');
    expect(drawnPaths(canvas)).toEqual([]);
    expect(screen.queryByTestId('race-summary')).toBeNull();
    await startRace(user);
    // Home goes to the grid's lowest point, in the deep valley: everyone stays there.
    await waitFor(() =>
      expect(screen.getByTestId('race-summary')).toHaveTextContent(
        /From x 1\.4\d, y 0\.9\d: SGD ends in the global valley; Momentum ends in the global valley; Adam ends in the global valley\./,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Back to the suggested start' }));
    expect(screen.queryByTestId('race-summary')).toBeNull();
    await startRace(user);
    await waitFor(() =>
      expect(screen.getByTestId('race-summary')).toHaveTextContent('From x -3.50, y -2.00'),
    );
  });
});
