/**
 * The shared loss chart: legend, log toggle, keyboard read-out, the stop-and-say-why mark for
 * non-finite values, text alternatives, and the cap on drawn points.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useConfig } from '../../src/store/config';
import fc from 'fast-check';
import {
  epochExtent,
  epochUnion,
  lastEpochs,
  logAxis,
  valueAxis,
} from '../../src/ui/charts/chart-data';
import { decimate, MAX_CHART_POINTS } from '../../src/ui/charts/decimate';
import { LossChart, type ChartSeries } from '../../src/ui/charts/LossChart';

function series(id: string, label: string, f: (epoch: number) => number, epochs = 50): ChartSeries {
  const x = Float64Array.from({ length: epochs }, (_, i) => i);
  return { id, label, color: 'var(--series-1)', points: { x, y: x.map(f) } };
}

const train = series('train', 'train', (i) => 1 / (i + 1));
const validation = { ...series('val', 'validation', (i) => 1.5 / (i + 1)), dashed: true };

beforeEach(() => useConfig.getState().reset());

describe('LossChart', () => {
  it('names every series in the legend and draws them as lines', () => {
    const { container } = render(<LossChart title="Loss" series={[train, validation]} />);
    const legend = screen.getByRole('list', { name: 'Lines' });
    expect(within(legend).getByText('train')).toBeInTheDocument();
    expect(within(legend).getByText('validation')).toBeInTheDocument();
    // The dashed series shows its dash in the legend too, so colour is not the only signal.
    expect(legend.querySelectorAll('line')[1]).toHaveAttribute('stroke-dasharray', '6 4');
    expect(container.querySelectorAll('path.loss-chart-line')).toHaveLength(2);
  });

  it('switches between a linear and a logarithmic loss axis', async () => {
    const user = userEvent.setup();
    render(<LossChart title="Loss" series={[train]} />);
    const toggle = screen.getByRole('checkbox', { name: 'Logarithmic loss axis' });
    expect(toggle).not.toBeChecked();
    // Tick labels arrive a moment after the first paint (recharts lays out the axes first).
    expect(await screen.findByText('0.4')).toBeInTheDocument();
    expect(screen.queryByText('10⁻¹')).toBeNull();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    // 1/(i+1) spans 0.02 … 1: whole decades 10⁻² to 10⁰.
    for (const tick of ['10⁻²', '10⁻¹', '10⁰'])
      expect(await screen.findAllByText(tick)).not.toHaveLength(0);
    expect(screen.queryByText('0.4')).toBeNull();
  });

  it('reads out the epoch and every value from the keyboard', async () => {
    const user = userEvent.setup();
    render(<LossChart title="Loss" series={[train, validation]} />);
    const region = screen.getByRole('group', { name: /Loss\. Use the left and right arrow keys/ });
    region.focus();
    await user.keyboard('{ArrowRight}');
    const readout = screen.getByTestId('chart-readout');
    expect(readout).toHaveAttribute('aria-live', 'polite');
    expect(readout).toHaveTextContent('epoch 0: train 1.0000, validation 1.5000');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(readout).toHaveTextContent('epoch 2: train 0.3333, validation 0.5000');
    await user.keyboard('{End}');
    expect(readout).toHaveTextContent('epoch 49: train 0.0200, validation 0.0300');
    await user.keyboard('{ArrowLeft}');
    expect(readout).toHaveTextContent('epoch 48:');
  });

  it('stops the line at a non-finite value and says it diverged there', () => {
    const exploding = series('lr', '1.6', (i) => (i >= 30 ? NaN : 2 ** i));
    render(<LossChart title="Loss" series={[exploding]} />);
    const marks = screen.getByRole('list', { name: 'Marks on the chart' });
    expect(marks).toHaveTextContent(
      '1.6: diverged at epoch 30 (its loss overflowed or grew to a million times its start)',
    );
  });

  it('keeps the axis of the finite runs when one diverges, and marks where it went in its colour', async () => {
    const blowUp: ChartSeries = {
      ...series('big', '3', (i) => 143 * 100 ** i, 3),
      color: 'var(--series-4)',
      dash: '10 3 2 3',
      divergedAt: 2,
    };
    // The loss axis' ticks are decades (10⁻¹, 10⁰ …); the epoch axis' are plain numbers.
    const ticks = (container: HTMLElement) =>
      [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .map((tick) => tick.textContent ?? '')
        .filter((text) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(text));
    const alone = render(<LossChart title="Loss" series={[train]} log />);
    await waitFor(() => expect(ticks(alone.container)).not.toHaveLength(0));
    const finiteTicks = ticks(alone.container);
    alone.unmount();

    const { container } = render(<LossChart title="Loss" series={[train, blowUp]} log />);
    await waitFor(() => expect(ticks(container)).toEqual(finiteTicks));
    const exit = container.querySelector('text.loss-chart-exit');
    expect(exit).toHaveTextContent('3 → ∞ at epoch 2');
    expect(exit).toHaveAttribute('fill', 'var(--series-4)');
    const marks = screen.getByRole('list', { name: 'Marks on the chart' });
    const item = within(marks).getByText(/3: diverged at epoch 2/);
    expect(item.style.borderColor).toBe('var(--series-4)');
    expect(item.style.borderInlineStartStyle).toBe('dashed');
    // Its reference line on the plot takes the series' colour and dash too.
    const line = container.querySelector('.loss-chart-marker line');
    expect(line).toHaveAttribute('stroke', 'var(--series-4)');
    expect(line).toHaveAttribute('stroke-dasharray', '10 3 2 3');
  });

  it('writes the end mark of a diverged run right to left on an Arabic page, growing into the plot', () => {
    const blowUp: ChartSeries = {
      ...series('big', '3', (i) => 143 * 100 ** i, 3),
      divergedAt: 2,
    };
    const before = document.documentElement.dir;
    document.documentElement.dir = 'rtl';
    try {
      const { container } = render(<LossChart title="Loss" series={[train, blowUp]} log />);
      const exit = container.querySelector('text.loss-chart-exit');
      // The plot is laid out left to right: near its left edge, the mark's right-to-left text
      // is anchored by its end (its left side), so it runs rightwards into the plot.
      expect(exit).toHaveAttribute('direction', 'rtl');
      expect(exit).toHaveAttribute('text-anchor', 'end');
    } finally {
      document.documentElement.dir = before;
    }
  });

  it('breaks the line where a value is not finite, and draws series with different epochs', () => {
    const holed = series('holed', 'holed', (i) => (i === 20 ? NaN : 1 / (i + 1)));
    const { container, unmount } = render(<LossChart title="Loss" series={[holed, validation]} />);
    const curves = container.querySelectorAll('path.loss-chart-line');
    expect(curves[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    unmount();
    // A series with every other epoch only is drawn next to one with every epoch.
    const sparse = {
      ...series('sparse', 'sparse', (i) => 2 / (i + 1)),
      points: { x: Float64Array.from([0, 2, 4, 6]), y: Float64Array.from([2, 1, 0.5, 0.25]) },
    };
    const mixed = render(<LossChart title="Loss" series={[train, sparse]} />);
    expect(mixed.container.querySelectorAll('path.loss-chart-line')).toHaveLength(2);
  });

  it('shows the markers it is given, numbered on the chart and listed in words', () => {
    render(
      <LossChart
        title="Loss"
        series={[train]}
        markers={[{ x: 12, kind: 'early-stop', label: 'stopped early at epoch 12' }]}
      />,
    );
    expect(screen.getByText('stopped early at epoch 12')).toBeInTheDocument();
  });

  it('offers a summary and a table of the last epochs as text', async () => {
    const user = userEvent.setup();
    render(<LossChart title="Loss" series={[train]} />);
    const region = screen.getByRole('group', { name: /Loss\./ });
    const summary = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(summary).toHaveTextContent(
      'train: first 1.0000 at epoch 0, last 0.0200 at epoch 49, lowest 0.0200 at epoch 49.',
    );
    await user.click(screen.getByText('Show values as a table'));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).getByRole('rowheader', { name: '49' })).toBeInTheDocument();
  });

  it('redraws the lines as a run streams in, and re-lays the epoch axis once it outgrows it', async () => {
    const lineOf = (container: HTMLElement) =>
      container.querySelector('path.loss-chart-line')?.getAttribute('d') ?? '';
    const epochTicks = (container: HTMLElement) =>
      [
        ...container.querySelectorAll(
          '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
        ),
      ].map((tick) => tick.textContent);
    const early = series('train', 'train', (i) => 1 / (i + 1), 45);
    const { container, rerender } = render(<LossChart title="Loss" series={[early]} />);
    await waitFor(() => expect(epochTicks(container)).toEqual(['0', '10', '20', '30', '40', '50']));
    const before = lineOf(container);
    // Five more epochs fit the axis' round range (0 to 50): only the line changes.
    rerender(<LossChart title="Loss" series={[train]} />);
    expect(lineOf(container)).not.toBe(before);
    expect(lineOf(container).match(/L/g)).toHaveLength(49);
    expect(epochTicks(container).at(-1)).toBe('50');
    // Past 50 the axis grows to a new round range.
    rerender(
      <LossChart title="Loss" series={[series('train', 'train', (i) => 1 / (i + 1), 75)]} />,
    );
    await waitFor(() => expect(epochTicks(container).at(-1)).toBe('80'));
    expect(lineOf(container).match(/L/g)).toHaveLength(74);
  });

  it('keeps a fixed epoch axis for a run of known length, whatever the data so far', async () => {
    const ticks = (container: HTMLElement) =>
      [
        ...container.querySelectorAll(
          '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
        ),
      ].map((tick) => tick.textContent);
    const early = series('train', 'train', (i) => 1 / (i + 1), 45);
    const { container, rerender } = render(
      <LossChart title="Loss" series={[early]} epochRange={[0, 999]} />,
    );
    await waitFor(() => expect(ticks(container).at(-1)).toBe('1000'));
    rerender(<LossChart title="Loss" series={[train]} epochRange={[0, 999]} />);
    expect(ticks(container).at(-1)).toBe('1000');
  });

  it('draws no more than the point budget however long the run', () => {
    const long = series('long', 'long', (i) => 1 + Math.sin(i / 7) + (i === 1234 ? 50 : 0), 20_000);
    const { container } = render(<LossChart title="Loss" series={[long]} />);
    const path = container.querySelector('path.loss-chart-line')?.getAttribute('d') ?? '';
    const vertices = path.match(/[ML]/g)?.length ?? 0;
    expect(vertices).toBeGreaterThan(100);
    expect(vertices).toBeLessThanOrEqual(MAX_CHART_POINTS);
  });
});

describe('epoch helpers', () => {
  const ascending = fc
    .uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 40 })
    .map((xs) => Float64Array.from(xs.sort((a, b) => a - b)));
  const manySeries = fc.array(
    ascending.map((x) => ({ x, y: x })),
    { maxLength: 6 },
  );

  it('finds the last epochs of the union from the series tails alone', () => {
    fc.assert(
      fc.property(manySeries, fc.integer({ min: 1, max: 12 }), (all, count) => {
        expect(lastEpochs(all, count)).toEqual(epochUnion(all).slice(-count));
      }),
    );
  });

  it('finds the first and the last epoch of any series', () => {
    fc.assert(
      fc.property(manySeries, (all) => {
        const union = epochUnion(all);
        const extent = epochExtent(all);
        if (union.length === 0) expect(extent).toBeNull();
        else expect(extent).toEqual([union[0], union.at(-1)]);
      }),
    );
  });
});

describe('decimate', () => {
  it('keeps short series whole, turning non-finite values into gaps', () => {
    const points = decimate([0, 1, 2], [1, NaN, 3]);
    expect(points).toEqual([
      { x: 0, y: 1 },
      { x: 1, y: null },
      { x: 2, y: 3 },
    ]);
  });

  it('never returns more than the budget, and keeps the extremes, the ends and the first gap', () => {
    const n = 50_000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = x.map((i) => Math.cos(i / 100) + (i === 31_337 ? 100 : 0) - (i === 777 ? 100 : 0));
    y[40_000] = NaN;
    const points = decimate(x, y);
    expect(points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(points.length).toBeGreaterThan(MAX_CHART_POINTS / 2);
    expect(points).toContainEqual({ x: 31_337, y: y[31_337] });
    expect(points).toContainEqual({ x: 777, y: y[777] });
    expect(points).toContainEqual({ x: 40_000, y: null });
    expect(points[0]?.x).toBe(0);
    expect(points.at(-1)?.x).toBe(n - 1);
    const xs = points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('respects any smaller budget', () => {
    const x = Float64Array.from({ length: 1000 }, (_, i) => i);
    for (const budget of [10, 50, 99])
      expect(decimate(x, x, budget).length).toBeLessThanOrEqual(budget);
  });
});

describe('logAxis', () => {
  it('a linear axis starts at 0 and ends on a round step above the data', () => {
    const axis = valueAxis(
      [
        [
          { x: 0, y: 0.73 },
          { x: 1, y: 0.2 },
        ],
      ],
      false,
    );
    expect(axis.domain).toEqual([0, 0.8]);
    expect(axis.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(axis.floor).toBeNull();
  });

  it('covers the data in whole decades and puts zeros on the floor', () => {
    const axis = logAxis([
      [
        { x: 0, y: 0.5 },
        { x: 1, y: 0 },
        { x: 2, y: 0.0004 },
      ],
    ]);
    expect(axis.domain).toEqual([1e-4, 1]);
    expect(axis.floor).toBe(1e-4);
    expect(axis.clampedZero).toBe(true);
  });
});
