/**
 * The link's data in the overfitting lab (data-link.ts), against the real engine and an
 * in-memory IndexedDB: imported data is named in the URL settings and kept; a link naming data
 * this browser has restores it; a link naming data that is not here shows what is missing
 * instead of the plot and trains nothing, until the learner brings the same data (used, said
 * to match) or other data (used, said not to match, and the link then names it).
 */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineCommand } from '../../src/engine/protocol';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import {
  clearKept,
  keepData,
  linkHash,
  tableSha256,
} from '../../src/lessons/overfitting/data-vault';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import { importCsvText } from '../../src/lessons/overfitting/import-data';
import { useConfig } from '../../src/store/config';
import { installEngine, type Harness } from './harness';

const CSV = ['a,b,kind', '1.5,200,0', '2.5,210,1', '3,190,2', '4.25,205,0', '5,220,1', '6,180,2'];
const OTHER = CSV.map((line, k) => (k === 1 ? '1.5,201,0' : line));
// Each test has data of its own: a kept copy written late by one test (its keeping is not
// awaited) must not be found by the next.
const FRESH = CSV.map((line, k) => (k === 1 ? '1.5,202,0' : line));
const ELSEWHERE = CSV.map((line, k) => (k === 1 ? '1.5,203,0' : line));

let harness: Harness;
beforeEach(async () => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  harness = installEngine({ reset: () => useFit.getState().reset() });
  await clearKept();
});

async function hashOf(lines: readonly string[]): Promise<string> {
  const outcome = importCsvText(lines.join('\n'), 'x');
  if (!outcome.ok) throw new Error('bad test CSV');
  return linkHash(await tableSha256(outcome.data.table));
}

function fitConfigures(): Extract<EngineCommand, { type: 'configure' }>[] {
  return harness.sent.filter(
    (c): c is Extract<EngineCommand, { type: 'configure' }> =>
      c.type === 'configure' && c.runId === 'fit',
  );
}

function paste(lines: readonly string[]): void {
  fireEvent.change(screen.getByLabelText('CSV text'), { target: { value: lines.join('\n') } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this CSV' }));
}

describe('the link names the data', () => {
  it('names imported data in the URL settings, keeps it, and drops the name on generated data', async () => {
    render(<OverfittingLesson />);
    paste(CSV);
    const hash = await hashOf(CSV);
    await waitFor(() => expect(useConfig.getState().app.data).toBe(hash));
    expect(screen.getByTestId('data-hash')).toHaveTextContent(
      `The address names this data as ${hash}.`,
    );
    await waitFor(() => expect(fitConfigures().at(-1)?.table?.name).toBe('pasted CSV'));
    fireEvent.click(screen.getByRole('button', { name: 'Back to generated data' }));
    expect(useConfig.getState().app.data).toBeUndefined();
    expect(fitConfigures().at(-1)?.table).toBeUndefined();
  });

  it('restores data kept in this browser when the link names it', async () => {
    const outcome = importCsvText(CSV.join('\n'), 'corners.csv');
    if (!outcome.ok) throw new Error('bad test CSV');
    const hash = await keepData(outcome.data);
    useConfig.getState().setAppField('data', hash);
    render(<OverfittingLesson />);
    expect(await screen.findByTestId('data-note')).toHaveTextContent(
      `This is the data the link names (${hash}), kept in this browser.`,
    );
    expect(screen.getByTestId('import-status')).toHaveTextContent(
      'Training on corners.csv: classification with 3 classes, 6 rows.',
    );
    expect(useFit.getState().imported?.table).toEqual(outcome.data.table);
    // The first run built is on the link's data: never on generated data first.
    expect(fitConfigures()[0]?.table?.name).toBe('corners.csv');
    expect(useConfig.getState().app.data).toBe(hash);
  });

  it('puts the link’s added points on its data, and writes points added later back', async () => {
    const outcome = importCsvText(CSV.join('\n'), 'corners.csv');
    if (!outcome.ok) throw new Error('bad test CSV');
    const hash = await keepData(outcome.data);
    useConfig.getState().setAppField('data', hash);
    // The second point lies far outside the data's columns, the third names a missing class.
    const added = [
      [2, 205, 1],
      [90, 205, 0],
      [3, 200, 7],
    ] as const;
    useConfig.getState().setLab({ config: useFit.getState().config, base: 'overfit', added });
    render(<OverfittingLesson />);
    await screen.findByTestId('data-note');
    expect(useFit.getState().importedPoints).toEqual([[2, 205, 1]]);
    await waitFor(() => expect(fitConfigures().at(-1)?.table?.added).toEqual([[2, 205, 1]]));
    expect(useConfig.getState().notices.at(-1)).toMatchObject({
      key: 'f.add',
      message: expect.stringContaining('2 of the link') as unknown,
    });
    // A point added by hand joins the link; a fresh page with that link puts both back.
    useFit.getState().setLabel(0);
    expect(useFit.getState().addPoint(4, 190)).toBe(true);
    expect(useConfig.getState().lab?.added).toEqual([
      [2, 205, 1],
      [4, 190, 0],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to generated data' }));
    expect(useConfig.getState().lab?.added).toBeUndefined();
  });

  it('says the data is not here, trains nothing, then uses the same data brought in', async () => {
    const hash = await hashOf(FRESH);
    useConfig.getState().setAppField('data', hash);
    render(<OverfittingLesson />);
    const missing = await screen.findByTestId('missing-data');
    await waitFor(() =>
      expect(within(missing).getByRole('alert')).toHaveTextContent(
        `This link trains on imported data that is not in this browser. The link names it by the fingerprint ${hash}`,
      ),
    );
    // No plot, no Train button, no run: nothing trains under a link that names other data.
    expect(screen.queryByRole('button', { name: 'Train the model' })).toBeNull();
    expect(fitConfigures()).toEqual([]);
    expect(within(missing).getByRole('button', { name: 'Import lab' })).toBeInTheDocument();
    expect(within(missing).getByLabelText('Open a CSV file')).toBeInTheDocument();

    paste(FRESH);
    expect(await screen.findByTestId('data-note')).toHaveTextContent(
      `This is the data the link named (${hash}).`,
    );
    expect(screen.queryByTestId('missing-data')).toBeNull();
    expect(screen.getByRole('button', { name: 'Train the model' })).toBeInTheDocument();
    expect(fitConfigures().at(-1)?.table?.name).toBe('pasted CSV');
    expect(useConfig.getState().app.data).toBe(hash);
  });

  it('uses other data brought in, says it is not the link’s, and the link then names it', async () => {
    const wanted = await hashOf(ELSEWHERE);
    const other = await hashOf(OTHER);
    expect(other).not.toBe(wanted);
    useConfig.getState().setAppField('data', wanted);
    render(<OverfittingLesson />);
    await screen.findByText(/is not in this browser/);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Open a CSV file'),
      new File([OTHER.join('\n')], 'other.csv', { type: 'text/csv' }),
    );
    const note = await screen.findByTestId('data-note');
    expect(note).toHaveAttribute('role', 'alert');
    expect(note).toHaveTextContent(
      `This is not the data the link named: the link named ${wanted}, this data is ${other}.`,
    );
    expect(useConfig.getState().app.data).toBe(other);
    expect(fitConfigures().at(-1)?.table?.name).toBe('other.csv');
  });

  it('can leave the link’s data for generated data, which drops its name', async () => {
    useConfig.getState().setAppField('data', '0123456789abcdef');
    render(<OverfittingLesson />);
    await screen.findByText(/is not in this browser/);
    expect(fitConfigures()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Train on generated data instead' }));
    expect(useConfig.getState().app.data).toBeUndefined();
    expect(screen.queryByTestId('missing-data')).toBeNull();
    await waitFor(() => expect(fitConfigures()).toHaveLength(1));
    expect(fitConfigures()[0]?.table).toBeUndefined();
  });
});
