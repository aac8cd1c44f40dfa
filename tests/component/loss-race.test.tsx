/**
 * The loss race against the real engine: both runs' gradient sizes side by side (the engine's
 * own epoch history), the ratio between them, an epoch axis that spans the race's length and
 * no more, and a pace of the race's own, whatever the bar's speed.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LossRace } from '../../src/lessons/loss/LossRace';
import { DEFAULT_RACE_SPEED, RACE_EPOCHS, RACE_RUN } from '../../src/lessons/loss/race';
import { useRuns } from '../../src/store/runs';
import { formatNumber } from '../../src/ui/format';
import { installClockEngine, installEngine } from './harness';

const shown = (testId: string) => screen.getByTestId(testId).textContent;

/** The engine's gradient size of a race run at an epoch (counted from 0). */
function gradientAt(runId: string, epoch: number): number {
  const { x, y } = useRuns.getState().runs[runId]!.series.gradientNorm.points();
  return y[Array.from(x).indexOf(epoch)]!;
}

const X_TICK = '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value';

/** The x-axis tick labels a chart drew, in order. */
function xTicks(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll(X_TICK)].map((tick) => tick.textContent ?? '');
}

/** Horizontal position of a chart's last x tick, and of the end of each drawn line. */
function rightEdges(chart: HTMLElement) {
  const ticks = [...chart.querySelectorAll(X_TICK)];
  const lastTick = Number(ticks.at(-1)!.getAttribute('x'));
  const lineEnds = [...chart.querySelectorAll('path.recharts-line-curve')].map((path) => {
    const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    return numbers.at(-2)!;
  });
  return { lastTick, lineEnds };
}

async function raceAtFullSpeed() {
  const user = userEvent.setup();
  render(<LossRace />);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Race speed' }), 'max');
  await user.click(screen.getByRole('button', { name: 'Race the two losses' }));
  return user;
}

describe('the loss race', () => {
  it('shows both runs’ gradient sizes, from the engine, with cross-entropy’s far larger', async () => {
    installEngine();
    await raceAtFullSpeed();

    const squared = gradientAt(RACE_RUN.squared, 0);
    const crossEntropy = gradientAt(RACE_RUN['cross-entropy'], 0);
    expect(shown('race-gradient-first-squared')).toBe(formatNumber(squared, 4));
    expect(shown('race-gradient-first-cross-entropy')).toBe(formatNumber(crossEntropy, 4));
    // Read back from the page: the side-by-side numbers themselves show the gap.
    const onPage = (id: string) => Number(shown(id));
    expect(onPage('race-gradient-first-cross-entropy')).toBeGreaterThan(
      100 * onPage('race-gradient-first-squared'),
    );
    expect(shown('race-gradient-ratio')).toContain(formatNumber(crossEntropy / squared, 0));
    const last = RACE_EPOCHS - 1;
    expect(shown('race-gradient-now-squared')).toBe(
      formatNumber(gradientAt(RACE_RUN.squared, last), 4),
    );
    expect(shown('race-verdict')).toMatch(/^Cross-entropy classified every point first/);
    expect(screen.getByRole('img', { name: /Gradient size per epoch/ })).toBeInTheDocument();
  });

  it('draws both charts over the race’s own epochs, its lines reaching the axis’ end', async () => {
    installEngine();
    await raceAtFullSpeed();
    expect(useRuns.getState().runs[RACE_RUN.squared]!.counters.epoch).toBe(RACE_EPOCHS);

    for (const id of ['race-accuracy-chart', 'race-gradient-chart']) {
      const chart = screen.getByTestId(id);
      // Tick labels arrive a moment after the first paint (recharts lays out the axes first).
      await waitFor(() => expect(xTicks(chart)).not.toHaveLength(0));
      const ticks = xTicks(chart);
      expect(ticks[0]).toBe('1');
      expect(ticks.at(-1)).toBe(String(RACE_EPOCHS));
      expect(ticks).not.toContain('1000');
      // A finished run's line ends at the last tick: the axis is exactly the runs' length.
      const { lastTick, lineEnds } = rightEdges(chart);
      expect(lineEnds).toHaveLength(2);
      for (const end of lineEnds) expect(end).toBeCloseTo(lastTick, 0);
    }
    // The gradient chart's scale is logarithmic: its ticks are decades.
    const gradientTicks = within(screen.getByTestId('race-gradient-chart')).getAllByText(
      /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/,
    );
    expect(gradientTicks.length).toBeGreaterThanOrEqual(3);
  });

  it('runs at its own pace, set after the runs are configured, whatever the bar’s speed', async () => {
    // The bar's shared speed is 1 epoch a second: the race must not follow it.
    const engine = installClockEngine({ speed: 1 });
    const user = userEvent.setup();
    render(<LossRace />);
    await user.click(screen.getByRole('button', { name: 'Race the two losses' }));

    const epochs = () => useRuns.getState().runs[RACE_RUN.squared]!.counters.epoch;
    const seconds = RACE_EPOCHS / DEFAULT_RACE_SPEED;
    engine.advance(500 * seconds, 50);
    expect(epochs()).toBeGreaterThan(RACE_EPOCHS / 3);
    expect(epochs()).toBeLessThan(RACE_EPOCHS);
    engine.advance(600 * seconds, 50);
    expect(epochs()).toBe(RACE_EPOCHS);
    expect(useRuns.getState().runs[RACE_RUN['cross-entropy']]!.counters.epoch).toBe(RACE_EPOCHS);

    // The race's own control sets a new pace for both runs: twice as fast, done in half the time.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Race speed' }), '30');
    await user.click(screen.getByRole('button', { name: 'Race the two losses' }));
    expect(epochs()).toBe(0);
    engine.advance(1100 * (RACE_EPOCHS / 30), 50);
    expect(epochs()).toBe(RACE_EPOCHS);
  });
});
