/**
 * The overfitting lab against the real engine, driven synchronously: a playing run trains to
 * its end inside the command that started it.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerOf, EngineCommand } from '../../src/engine/protocol';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { installEngine as installRealEngine, type Harness } from './harness';

/**
 * The harness's clock never advances, so the lab's tries play at full speed here: a playing
 * run trains to its end inside the command that started it.
 */
function installEngine(): Harness {
  const reset = () => {
    useFit.getState().reset();
    useFit.getState().setSpeed(Infinity);
  };
  return installRealEngine({ speed: Infinity, reset });
}

/** The engine's latest decision boundary of the lab's run. */
function lastBoundary(): AnswerOf<'boundary'> | undefined {
  const reply = harness.answers.filter((a) => a.kind === 'boundary').at(-1);
  return reply?.answer as AnswerOf<'boundary'> | undefined;
}

/** The numbers in the results table's training-loss column, oldest first. */
function finalTrainingLosses(): number[] {
  const table = screen.getByTestId('fit-results');
  return Array.from(table.querySelectorAll('td[data-column="train"]')).map((cell) =>
    Number(cell.textContent),
  );
}

let sent: EngineCommand[];
let harness: Harness;
beforeEach(() => {
  // jsdom has no canvas; the plot's picture is tested through its text and the engine's data.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  harness = installEngine();
  sent = harness.sent;
});

describe('overfitting lab', () => {
  it('configures its own run from the overfit preset and describes the boundary in words', async () => {
    render(<OverfittingLesson />);
    const configure = sent.find((c) => c.type === 'configure' && c.runId === 'fit');
    expect(configure).toMatchObject({
      config: { dataset: 'circle', datasetSize: 60, hidden: [24, 24] },
    });
    expect(screen.getByRole('button', { name: 'Overfit' })).toHaveAttribute('aria-pressed', 'true');
    const plot = screen.getByRole('img', { name: 'Decision boundary of the lab’s network' });
    expect(plot).toHaveAttribute('tabindex', '0');
    await waitFor(() => expect(lastBoundary()?.runId).toBe('fit'));
    expect(lastBoundary()?.resolution).toBe(64);
    expect(
      await screen.findByText(/30 training points \(filled\) and 30 validation points/),
    ).toBeVisible();
  });

  it('trains to the end, lists the final losses and shows the accuracy summary', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    expect(useRuns.getState().runs.fit?.status).toBe('finished');
    await waitFor(() => expect(finalTrainingLosses()).toHaveLength(1));
    expect(finalTrainingLosses()[0]).toBeLessThan(0.05);
    expect(await screen.findByText(/After epoch 199: \d+ % of the training points/)).toBeVisible();
    expect(screen.getByTestId('fit-status')).toHaveTextContent('finished');
  });

  it('a contradicting point typed into the form raises the training-loss floor', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    await user.click(screen.getByRole('radio', { name: 'outside' }));
    const form = screen.getByRole('form', { name: 'Add a point by its coordinates' });
    await user.clear(within(form).getByLabelText('x1'));
    await user.type(within(form).getByLabelText('x1'), '0');
    await user.click(within(form).getByRole('button', { name: 'Add point' }));
    expect(useFit.getState().config.extraPoints).toEqual([[0, 0, 0]]);
    expect(screen.getByTestId('added-count')).toHaveTextContent('1 / 20');
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    await waitFor(() => expect(finalTrainingLosses()).toHaveLength(2));
    const [before, after] = finalTrainingLosses();
    expect(after).toBeGreaterThan(3 * before!);

    await user.click(screen.getByRole('button', { name: 'Undo last point' }));
    expect(useFit.getState().config.extraPoints).toEqual([]);
  });

  it('a click on the plot adds a point of the chosen class at the clicked place', async () => {
    render(<OverfittingLesson />);
    await waitFor(() => expect(lastBoundary()?.runId).toBe('fit'));
    const plot = screen.getByRole('img', { name: 'Decision boundary of the lab’s network' });
    vi.spyOn(plot, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 380, 380));
    fireEvent.click(screen.getByRole('radio', { name: 'inside' }));
    // The plotting area spans x 44…370 and y 10…340 of the 380-pixel canvas.
    fireEvent.click(plot, { clientX: 44 + 326 / 2, clientY: 10 + 330 / 2 });
    const [[x1, x2, label]] = useFit.getState().config.extraPoints as [[number, number, number]];
    const [[x1Min, x1Max], [x2Min, x2Max]] = lastBoundary()!.ranges;
    expect(x1).toBeCloseTo((x1Min + x1Max) / 2, 2);
    expect(x2).toBeCloseTo((x2Min + x2Max) / 2, 2);
    expect(label).toBe(1);
    await user().click(screen.getByRole('button', { name: 'Clear added points' }));
    expect(useFit.getState().config.extraPoints).toEqual([]);
  });

  it('early stopping marks its epoch and keeps the best weights', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(screen.getByRole('button', { name: 'Use patience 20' }));
    await user.click(screen.getByRole('button', { name: 'Train the model' }));
    const run = useRuns.getState().runs.fit!;
    expect(run.status).toBe('early-stopped');
    expect(run.bestEpoch).toBe(40);
    expect(await screen.findByText(/put back the weights of epoch 40/)).toBeVisible();
    expect(screen.getByText('weights kept from epoch 40')).toBeInTheDocument();
  });

  it('rejects an out-of-range fix value with a message and keeps the last good one', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    const dropout = screen.getByLabelText('Dropout rate');
    await user.clear(dropout);
    await user.type(dropout, '0.95');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 0.9.');
    expect(useFit.getState().config.dropout).toBe(0.9);
    await user.clear(dropout);
    await user.type(dropout, '0.3');
    expect(useFit.getState().config.dropout).toBe(0.3);
    expect(screen.getByRole('button', { name: 'Overfit' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('compares batch sizes by running them, then frees their engine slots', async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    // Early stopping in the lab's settings must not cut the compared runs short.
    await user.click(screen.getByRole('button', { name: 'Use patience 20' }));
    // The comparison keeps a pace of its own; the harness's clock only allows full speed.
    await user.selectOptions(screen.getByLabelText('Speed of the comparison'), 'max');
    await user.click(screen.getByRole('button', { name: 'Compare batch sizes' }));
    const table = await screen.findByTestId('batch-results');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '30',
      '2',
      '1',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '200',
      '200',
      '200',
    ]);
    expect(screen.getByText(/all three ran the same number of epochs/)).toBeVisible();
    expect(screen.getByTestId('batch-finding')).toHaveTextContent(
      /lowest final validation loss came from batch/,
    );
    expect(Object.keys(useRuns.getState().runs).filter((id) => id.startsWith('batch-'))).toEqual(
      [],
    );
    expect(
      sent.filter((c) => c.type === 'remove').map((c) => (c as { runId: string }).runId),
    ).toEqual(expect.arrayContaining(['batch-1', 'batch-16', 'batch-all']));
  });

  it("adds the article's contradicting fifth device to the main run", async () => {
    const user = userEvent.setup();
    render(<OverfittingLesson />);
    await user.click(
      screen.getByRole('button', {
        name: 'Add a contradicting fifth device to the article’s neuron',
      }),
    );
    expect(useConfig.getState().run.extraPoints).toEqual([[0.5, 0.6, 0]]);
    expect(screen.getByRole('status')).toHaveTextContent(/higher floor/);
    await user.click(screen.getByRole('button', { name: 'Remove the fifth device' }));
    expect(useConfig.getState().run.extraPoints).toEqual([]);
  });
});

function user() {
  return userEvent.setup();
}
