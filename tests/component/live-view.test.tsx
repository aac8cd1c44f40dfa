/**
 * The live view beside the transport bar: its size is there before any number, its loss line
 * gains a point per epoch, and its bars are the engine's outputs on the first samples.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveView } from '../../src/ui/live/LiveView';
import { sparklinePoints, sampleBars, barHeight } from '../../src/ui/live/geometry';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { installClockEngine } from './harness';

afterEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useCommands.setState({ sender: null, queued: [] });
});

const curve = () => screen.getByTestId('live-loss');
const bars = () => Array.from(screen.getByTestId('live-outputs').querySelectorAll('g'));
const outputs = () => bars().map((g) => Number(g.dataset.output));

describe('LiveView', () => {
  it('keeps its place before the engine has said anything', () => {
    useRuns.getState().reset();
    render(<LiveView runId="main" series="trainLossSum" />);
    expect(screen.getByRole('group', { name: 'Live view of the run' })).toBeInTheDocument();
    expect(curve()).toHaveAttribute('data-points', '0');
    expect(curve()).toHaveAccessibleName('Loss per epoch: no epoch has finished yet.');
    expect(bars()).toHaveLength(0);
  });

  it('draws the engine’s outputs on the four devices at once, with their targets', () => {
    installClockEngine({ speed: 10 });
    render(<LiveView runId="main" series="trainLossSum" />);
    const predictions = useRuns.getState().runs['main']!.predictions!;
    expect(bars()).toHaveLength(4);
    expect(outputs()).toEqual(Array.from(predictions.outputs));
    expect(bars().map((g) => Number(g.dataset.target))).toEqual([1, 1, 0, 0]);
    // w = [0.5, 0.5], b = 0 on the first device (0.55, 0.48): 0.515.
    expect(screen.getByTestId('live-outputs')).toHaveAccessibleName(
      /sample 1 gives 0\.52, target 1; sample 2 gives 0\.58, target 1; sample 3/,
    );
    const fill = bars()[0]!.querySelector('.live-fill')!;
    expect(Number(fill.getAttribute('height'))).toBeCloseTo(24 * 0.515, 9);
  });

  it('grows the loss line and moves the bars while the run plays', async () => {
    const engine = installClockEngine({ speed: 10 });
    render(<LiveView runId="main" series="trainLossSum" />);
    const before = outputs();
    engine.send({ type: 'play', runIds: ['main'] });
    engine.advance(1000, 20);
    const run = useRuns.getState().runs['main']!;
    const epochs = run.series.trainLossSum.count;
    expect(epochs).toBeGreaterThanOrEqual(9);
    await waitFor(() => expect(curve()).toHaveAttribute('data-points', String(epochs)));
    expect(curve()).toHaveAccessibleName(
      new RegExp(`Loss per epoch: ${epochs} epochs so far, the latest 0\\.\\d{4}\\.`),
    );
    expect(curve().querySelector('polyline')!.getAttribute('points')!.split(' ').length).toBe(
      epochs,
    );
    await waitFor(() => expect(outputs()).toEqual(Array.from(run.predictions!.outputs)));
    // The two devices labelled 1 climb towards their target.
    const after = outputs();
    expect(after[0]).toBeGreaterThan(before[0]!);
    expect(after[1]).toBeGreaterThan(before[1]!);
  });
});

describe('live view geometry', () => {
  const box = { width: 100, height: 24, pad: 2 };

  it('draws a falling loss from the top left to the bottom right of its box', () => {
    const points = sparklinePoints([0, 1, 2], [4, 2, 0], box)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toEqual([
      [2, 2],
      [50, 12],
      [98, 22],
    ]);
  });

  it('keeps each column’s lowest and highest point in order, and skips what is not finite', () => {
    const x = Float64Array.from({ length: 1000 }, (_, i) => i);
    const y = x.map((i) => (i === 500 ? 100 : 1));
    y[10] = NaN;
    const points = sparklinePoints(x, y, box).split(' ');
    expect(points.length).toBeLessThanOrEqual(2 * 97);
    // The spike survives.
    expect(points.some((p) => p.endsWith(',2.00'))).toBe(true);
    expect(sparklinePoints([0], [NaN], box)).toBe('');
    expect(sparklinePoints([3], [1], box).split(' ')).toHaveLength(2);
  });

  it('shows a classifier’s probability of the right class against a target of 1', () => {
    const { bars, low, high } = sampleBars({
      count: 2,
      width: 3,
      outputs: Float64Array.from([0.6, 0.25, 0.15, 0.1, 0.3, 0.6]),
      targets: Float64Array.from([1, 0, 0, 0, 1, 0]),
    });
    expect(bars).toEqual([
      { output: 0.6, target: 1 },
      { output: 0.3, target: 1 },
    ]);
    expect([low, high]).toEqual([0, 1]);
    expect(barHeight(2, 0, 1, 24)).toBe(24);
    expect(barHeight(NaN, 0, 1, 24)).toBe(0);
  });
});
