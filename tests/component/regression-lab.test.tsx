/**
 * The built-in regression tables in the overfitting lab, against the real engine: choosing
 * "Plane (regression)" trains a regression on the lab's size and noise (made again when they
 * change), and the plot's legend is a colour bar over the value range (predictions and true
 * values), shown only for a regression.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerOf, EngineCommand } from '../../src/engine/protocol';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import { regressionSetOf } from '../../src/lessons/overfitting/lab-data';
import { useRuns } from '../../src/store/runs';
import { BoundaryPlot, type BoundaryPicture } from '../../src/ui/boundary/BoundaryPlot';
import { shortNumber } from '../../src/ui/boundary/ValueLegend';
import { installEngine, type Harness } from './harness';

function lastConfigure(): Extract<EngineCommand, { type: 'configure' }> | undefined {
  return harness.sent
    .filter(
      (c): c is Extract<EngineCommand, { type: 'configure' }> =>
        c.type === 'configure' && c.runId === 'fit',
    )
    .at(-1);
}

function lastBoundary(): AnswerOf<'boundary'> | undefined {
  const reply = harness.answers.filter((a) => a.kind === 'boundary').at(-1);
  return reply?.answer as AnswerOf<'boundary'> | undefined;
}

const legend = { training: 'training', validation: 'validation', added: 'added' };

function picture(values: Float64Array | null, pointValues: Float64Array | null): BoundaryPicture {
  return {
    resolution: 2,
    ranges: [
      [0, 1],
      [0, 1],
    ],
    classes: new Int32Array([0, 1, 0, 1]),
    confidence: new Float64Array([0.9, 0.9, 0.9, 0.9]),
    points: new Float64Array([0.5, 0.5]),
    labels: new Int32Array([1]),
    isValidation: new Uint8Array([0]),
    values,
    pointValues,
  };
}

let harness: Harness;
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  harness = installEngine({
    speed: Infinity,
    reset: () => {
      useFit.getState().reset();
      useFit.getState().setSpeed(Infinity);
      useFit.getState().setField('epochs', 40);
    },
  });
});

describe('the value legend of the boundary plot', () => {
  it('shows the range of predictions and true values together, for a regression', () => {
    render(
      <BoundaryPlot
        picture={picture(new Float64Array([-3.21, 0, 2, 5.4]), new Float64Array([10.55]))}
        label="plot"
        summary="summary"
        classNames={['below', 'above']}
        axisLabels={['x1', 'x2']}
        legend={legend}
        valueLabel="y: predicted and true"
      />,
    );
    expect(screen.getByTestId('value-legend')).toHaveTextContent('y: predicted and true');
    const range = screen.getByTestId('value-range');
    expect(range).toHaveTextContent('−3.21');
    expect(range).toHaveTextContent('10.6');
    // Round ticks along the bar, within the range.
    expect(screen.getByTestId('value-legend')).toHaveTextContent('5');
    // No class swatches: the colours are values here.
    expect(screen.queryByText('below')).toBeNull();
  });

  it('is absent for a classifier, whose classes are listed instead', () => {
    render(
      <BoundaryPlot
        picture={picture(null, null)}
        label="plot"
        summary="summary"
        classNames={['red', 'blue']}
        axisLabels={['x1', 'x2']}
        legend={legend}
        valueLabel="unused"
      />,
    );
    expect(screen.queryByTestId('value-legend')).toBeNull();
    expect(screen.getByText('red')).toBeInTheDocument();
    expect(screen.getByText('blue')).toBeInTheDocument();
  });

  it('writes numbers short and with a true minus sign', () => {
    expect(shortNumber(-0.04213)).toBe('−0.0421');
    expect(shortNumber(1250.4)).toBe('1250');
    expect(shortNumber(13.2)).toBe('13.2');
  });
});

describe('built-in regression tables in the lab', () => {
  it('trains on the plane with the lab size, remade when the size changes', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    const select = screen.getByLabelText('Data set');
    await user.selectOptions(select, 'Plane (regression)');
    expect(regressionSetOf(useFit.getState().imported)).toBe('plane');
    const size = useFit.getState().config.datasetSize;
    const table = lastConfigure()?.table;
    expect(table?.data.task).toBe('regression');
    expect(table?.data.size).toBe(size);
    expect(screen.getByTestId('import-status')).toHaveTextContent(
      `Training on Plane (regression): regression of y, ${size} rows.`,
    );

    // The colour bar spans the map's predictions and the points' true values.
    await waitFor(() => expect(lastBoundary()?.values).not.toBeNull());
    await waitFor(() =>
      expect(
        screen.getByText(/training points \(round\) and \d+ validation points \(square\)/),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText('validation point (square)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    expect(useRuns.getState().runs.fit!.status).toBe('finished');
    await waitFor(() => expect(screen.getByTestId('value-legend')).toBeInTheDocument());
    const answer = lastBoundary()!;
    const all = [...Array.from(answer.values!), ...Array.from(answer.pointValues!)];
    const range = screen.getByTestId('value-range');
    expect(range).toHaveTextContent(shortNumber(Math.min(...all)));
    expect(range).toHaveTextContent(shortNumber(Math.max(...all)));
    expect(screen.getByTestId('value-legend')).toHaveTextContent(
      'y: predicted (background) and true (points)',
    );

    // A new size makes the table again, with that many rows.
    fireEvent.change(screen.getByLabelText('Data set size (before the split)'), {
      target: { value: '90' },
    });
    expect(useFit.getState().imported?.table.size).toBe(90);
    expect(lastConfigure()?.table?.data.size).toBe(90);
    expect(regressionSetOf(useFit.getState().imported)).toBe('plane');

    // Back to a generated classification set: no colour bar.
    await user.selectOptions(select, 'circle');
    expect(useFit.getState().imported).toBeNull();
    await waitFor(() => expect(lastBoundary()?.values).toBeNull());
    await waitFor(() => expect(screen.queryByTestId('value-legend')).toBeNull());
  });
});
