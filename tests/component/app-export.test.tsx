import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPngButton } from '../../src/ui/export/ExportPngButton';
import { historyRows, historyToCsv, historyToJson } from '../../src/ui/export/history';
import { findChart, serializeSvg } from '../../src/ui/export/png';
import { BoundedSeries } from '../../src/store/history';
import { seriesNames, type SeriesName } from '../../src/store/runs';
import { captureDownloads, resetStores } from './harness';

vi.mock('../../src/ui/export/png', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/export/png')>()),
  // jsdom cannot draw, so these tests check the button's wiring (which chart, which file, what
  // it says) with a stand-in drawing. The real drawing of a real chart is decoded and checked
  // in Chromium: tests/e2e/png-export.test.ts.
  chartToPng: async (chart: Element) => new Blob([chart.tagName], { type: 'image/png' }),
}));

beforeEach(() => resetStores());
afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

function seriesOf(values: Partial<Record<SeriesName, [number, number][]>>) {
  const series = {} as Record<SeriesName, BoundedSeries>;
  for (const name of seriesNames) {
    series[name] = new BoundedSeries();
    for (const [x, y] of values[name] ?? []) series[name].push(x, y);
  }
  return series;
}

describe('history export', () => {
  it('joins the metrics on the epoch, keeps NaN, and leaves missing values empty', () => {
    const rows = historyRows(
      seriesOf({
        trainLoss: [
          [0, 0.5],
          [1, 0.25],
          [2, NaN],
        ],
        validationLoss: [[1, 0.3]],
        learningRate: [
          [0, 0.1],
          [1, 0.1],
          [2, 0.1],
        ],
      }),
    );
    expect(rows.map((row) => row.epoch)).toEqual([0, 1, 2]);
    expect(rows[1]).toMatchObject({ trainLoss: 0.25, validationLoss: 0.3, gradientNorm: null });
    const csv = historyToCsv(rows).split('\n');
    expect(csv[1]).toBe('0,0.5,,,,,,0.1');
    expect(csv[3]).toBe('2,NaN,,,,,,0.1');
    const json = JSON.parse(historyToJson(rows, { runId: 'r', settings: { lr: 0.1 } }));
    expect(json.rows[2]).toMatchObject({ epoch: 2, trainLoss: 'NaN', validationLoss: null });
    expect(json.settings).toEqual({ lr: 0.1 });
  });

  it('writes every digit, so the file reads back as the same numbers', () => {
    const value = 0.1 + 0.2;
    const rows = historyRows(seriesOf({ trainLoss: [[0, value]] }));
    expect(Number(historyToCsv(rows).split('\n')[1]!.split(',')[1])).toBe(value);
  });
});

describe('chart export', () => {
  it('writes the computed colours into the SVG, so it looks the same without the page CSS', () => {
    const style = document.createElement('style');
    style.textContent = '.line { stroke: rgb(1, 2, 3); stroke-width: 3px; }';
    document.head.append(style);
    const host = document.createElement('div');
    host.innerHTML =
      '<svg width="100" height="50"><path class="line" d="M0 0 L10 10"/><text>loss</text></svg>';
    document.body.append(host);
    const markup = serializeSvg(host.querySelector('svg')!);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toMatch(/<path class="line"[^>]*style="[^"]*stroke:\s*rgb\(1, 2, 3\)/);
    expect(markup).toMatch(/stroke-width:\s*3px/);
    host.remove();
  });

  it('finds a recharts drawing first, then a canvas', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<canvas></canvas><div class="recharts-wrapper"><svg class="recharts-surface"></svg></div>';
    expect(findChart(host)).toBe(host.querySelector('svg'));
    host.querySelector('.recharts-wrapper')!.remove();
    expect(findChart(host)).toBe(host.querySelector('canvas'));
    host.querySelector('canvas')!.remove();
    expect(findChart(host)).toBeNull();
  });

  it('ExportPngButton saves the chart it is pointed at, and says when there is none', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    function Chart({ withCanvas }: { withCanvas: boolean }) {
      const ref = useRef<HTMLDivElement>(null);
      return (
        <div ref={ref}>
          {withCanvas && <canvas />}
          <ExportPngButton target={ref} filename="loss curve" />
        </div>
      );
    }
    const { rerender } = render(<Chart withCanvas />);
    await user.click(screen.getByRole('button', { name: 'Chart as PNG' }));
    expect(downloads.files).toEqual([{ name: 'loss-curve.png', blob: expect.any(Blob) }]);
    expect(await downloads.files[0]!.blob.text()).toBe('CANVAS');
    expect(screen.getByRole('status')).toHaveTextContent('Saved loss-curve.png');

    rerender(<Chart withCanvas={false} />);
    await user.click(screen.getByRole('button', { name: 'Chart as PNG' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'This lesson shows no chart to export yet.',
    );
    expect(downloads.files).toHaveLength(1);
  });
});
