/**
 * The overfitting lab on the learner's own data, against the real engine: a pasted CSV and an
 * opened file train through the worker's table runs (plot in the data's units, hand-added
 * points in those units), the trained network leaves as a model file predicting what the
 * engine's network predicts, a refused import (generated bad texts) never touches the data or
 * settings, and the Palmer penguins load when chosen.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { predictPoints } from '../../src/core/model-export';
import type { AnswerOf, EngineCommand, TableInput } from '../../src/engine/protocol';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import { requestFromEngine } from '../../src/store/commands';
import { useRuns } from '../../src/store/runs';
import { installEngine as installRealEngine, type Harness } from './harness';

function installEngine(): Harness {
  const reset = () => {
    useFit.getState().reset();
    useFit.getState().setSpeed(Infinity);
    // A short try: the network and settings are the preset's, only the epochs are fewer.
    useFit.getState().setField('epochs', 40);
  };
  return installRealEngine({ speed: Infinity, reset });
}

/** Three classes in three corners of a plane measured in hundreds (not standardised units). */
function threeClassCsv(rows = 30): string {
  const lines = ['width,height,kind'];
  for (let k = 0; k < rows; k++) {
    const label = k % 3;
    const x = 100 + label * 50 + (k % 7);
    const y = 500 + (label === 1 ? 80 : 0) + ((k * 3) % 5);
    lines.push(`${x},${y},${label}`);
  }
  return lines.join('\n');
}

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

async function paste(text: string): Promise<void> {
  fireEvent.change(screen.getByLabelText('CSV text'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this CSV' }));
  await waitFor(() =>
    expect(screen.getByRole('group', { name: 'Your own data' })).not.toHaveAttribute(
      'aria-busy',
      'true',
    ),
  );
}

let harness: Harness;
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  harness = installEngine();
});

describe('own data in the overfitting lab', () => {
  it('imports a pasted CSV, trains on it in the engine, and plots in its units', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await paste(threeClassCsv());
    expect(screen.getByTestId('import-status')).toHaveTextContent(
      'Training on pasted CSV: classification with 3 classes, 30 rows.',
    );
    const table = lastConfigure()?.table as TableInput;
    expect(table.data.size).toBe(30);
    expect(table.data.featureNames).toEqual(['width', 'height']);
    // The plot's axes are the data's, in its units (x from about 100 to 206).
    await waitFor(() => expect(lastBoundary()?.ranges[0][0]).toBeGreaterThan(90));
    expect(lastBoundary()?.ranges[0][1]).toBeLessThan(220);
    expect(lastBoundary()?.ranges[1][0]).toBeGreaterThan(480);
    expect(screen.getByText('→ width')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'class 2' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    const run = useRuns.getState().runs.fit!;
    expect(run.status).toBe('finished');
    expect(run.lastEpoch!.trainAccuracy).toBeGreaterThan(0.9);

    // The model file holds the worker's weights: it predicts the engine's boundary classes.
    const { model } = await requestFromEngine('fit-model', { runId: 'fit' });
    expect(model.task).toBe('classification');
    expect(model.inputs.names).toEqual(['width', 'height']);
    expect(model.inputs.mean[0]).toBeCloseTo(
      Array.from({ length: 30 }, (_, k) => 100 + (k % 3) * 50 + (k % 7)).reduce((a, b) => a + b) /
        30,
      9,
    );
    const boundary = lastBoundary()!;
    const n = boundary.resolution;
    const [[x0, x1], [y0, y1]] = boundary.ranges;
    for (const [row, column] of [
      [0, 0],
      [n - 1, n - 1],
      [n >> 1, n >> 2],
    ] as const) {
      const point = [x0 + ((x1 - x0) * column) / (n - 1), y0 + ((y1 - y0) * row) / (n - 1)];
      const [prediction] = predictPoints(model, [point]);
      expect(prediction).toMatchObject({ classIndex: boundary.classes[row * n + column] });
    }
  });

  it('adds a point in the data units, which joins the training set', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await paste(threeClassCsv());
    await user.click(screen.getByRole('radio', { name: 'class 1' }));
    const form = screen.getByRole('form', { name: 'Add a point by its coordinates' });
    fireEvent.change(within(form).getByLabelText('x1'), { target: { value: '120' } });
    fireEvent.change(within(form).getByLabelText('x2'), { target: { value: '530' } });
    await user.click(within(form).getByRole('button', { name: 'Add point' }));
    expect(useFit.getState().importedPoints).toEqual([[120, 530, 1]]);
    expect(lastConfigure()?.table?.added).toEqual([[120, 530, 1]]);
    expect(lastConfigure()?.config.extraPoints).toEqual([]);
    // The picture holds every row (training and validation) and the added point.
    await waitFor(() => expect(lastBoundary()?.points.length).toBe(2 * 31));
    // A point far from the data is refused with a reason.
    fireEvent.change(within(form).getByLabelText('x1'), { target: { value: '9000' } });
    await user.click(within(form).getByRole('button', { name: 'Add point' }));
    expect(useFit.getState().importedPoints).toHaveLength(1);
    expect(screen.getByText(/That point was not added: it must lie near the data/)).toBeVisible();
  });

  it('trains a regression with squared error and says how its map is coloured', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    const rows = Array.from(
      { length: 40 },
      (_, k) => `${k},${k % 5},${(2 * k + 3 + (k % 5)) / 10}`,
    );
    await paste(rows.join('\n'));
    expect(screen.getByTestId('import-status')).toHaveTextContent(
      'Training on pasted CSV: regression of label, 40 rows.',
    );
    expect(
      screen.getByText(
        /Regression: each place on the plot has the colour of the label the network/,
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Value of the next point')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    const last = useRuns.getState().runs.fit!.lastEpoch!;
    expect(last.trainLoss).toBeLessThan(0.2);
    const { model } = await requestFromEngine('fit-model', { runId: 'fit' });
    expect(model.task).toBe('regression');
    expect(model.layers.at(-1)?.activation).toBe('linear');
  });

  it('refuses a bad file with every problem by line, keeping the data and settings (generated bad texts)', async () => {
    render(<OverfittingLesson />);
    await paste(threeClassCsv());
    const before = useFit.getState();
    const configures = harness.sent.filter((c) => c.type === 'configure').length;
    // A good table, then one corruption on one of its lines.
    const corruption = fc.oneof(
      fc.constantFrom('cat', 'NaN', 'Infinity', '-inf', '', '1e999', '0x10', '"x"'),
      fc
        .string({ minLength: 1, maxLength: 6 })
        .filter(
          (s) => !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s) && !/[,\n\r]/.test(s),
        ),
    );
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2 }),
        corruption,
        fc.boolean(),
        async (row, column, bad, dropValue) => {
          tried++;
          const lines = threeClassCsv().split('\n');
          const fields = (lines[row] as string).split(',');
          if (dropValue) fields.splice(column, 1);
          else fields[column] = bad;
          lines[row] = fields.join(',');
          await paste(lines.join('\n'));
          const alert = screen.getByRole('alert');
          expect(alert).toHaveTextContent('Nothing was imported from pasted CSV');
          expect(alert).toHaveTextContent(`line ${row + 1}:`);
          const state = useFit.getState();
          expect(state.imported).toBe(before.imported);
          expect(state.config).toBe(before.config);
          expect(state.importedPoints).toBe(before.importedPoints);
          expect(harness.sent.filter((c) => c.type === 'configure')).toHaveLength(configures);
        },
      ),
      { numRuns: 30, seed: 15 },
    );
    expect(tried).toBeGreaterThanOrEqual(30);
    // Whole-file problems: empty text, a label out of the classes, over 5,000 rows.
    for (const [text, reason] of [
      ['   ', 'the file is empty'],
      ['1,2,0\n3,4,0', 'a classifier needs at least two classes'],
      [
        Array.from({ length: 5_001 }, (_, k) => `${k},1,${k % 2}`).join('\n'),
        'row 5,001: more than 5,000 rows',
      ],
    ] as const) {
      await paste(text);
      expect(screen.getByRole('alert')).toHaveTextContent(reason);
      expect(useFit.getState().imported).toBe(before.imported);
    }
    expect(screen.getByTestId('import-status')).toHaveTextContent('30 rows');
  }, 120_000);

  it('opens a CSV file, and refuses a binary one before reading it as text', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<OverfittingLesson />);
    const input = screen.getByLabelText('Open a CSV file');
    await user.upload(input, new File([threeClassCsv(12)], 'corners.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-status')).toHaveTextContent(
        'Training on corners.csv: classification with 3 classes, 12 rows.',
      ),
    );
    const imported = useFit.getState().imported;
    await user.upload(input, new File([new Uint8Array([49, 44, 50, 0, 51])], 'image.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent('this is a binary file');
    expect(useFit.getState().imported).toBe(imported);
  });

  it('loads the Palmer penguins with two chosen measurements, credits them, and trains', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    expect(
      screen.getByText(/Allison Horst \(palmerpenguins\), released under CC0 1\.0/),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Measurement for x1'), 'flipper_length');
    await user.selectOptions(screen.getByLabelText('Measurement for x2'), 'beak_length');
    await user.click(screen.getByRole('button', { name: 'Use the penguins' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-status')).toHaveTextContent(
        'Training on Palmer penguins: classification with 3 classes, 342 rows.',
      ),
    );
    expect(useFit.getState().imported?.penguins).toEqual(['flipper_length', 'beak_length']);
    expect(lastConfigure()?.table?.data.featureNames).toEqual([
      'flipper length (mm)',
      'beak length (mm)',
    ]);
    expect(screen.getByRole('radio', { name: 'Gentoo' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    // Three species: chance is a third.
    expect(useRuns.getState().runs.fit!.lastEpoch!.validationAccuracy).toBeGreaterThan(0.8);

    // Back to generated data: the preset's data set again.
    await user.click(screen.getByRole('button', { name: 'Back to generated data' }));
    expect(useFit.getState().imported).toBeNull();
    expect(lastConfigure()?.table).toBeUndefined();
  });
});
