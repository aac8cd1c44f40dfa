/**
 * Runs the command line in-process and keeps what it printed, line by line; and the article
 * preset's JSON lines, which the lossless-export tests hold the lab's exports to.
 */
import { expect } from 'vitest';
import { runCli } from '../src/cli/run';
import { HISTORY_COLUMNS } from '../src/ui/export/history';

export function runCliCaptured(argv: readonly string[]): {
  code: number;
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    [...argv],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

/** One epoch of `train --format jsonl`, as far as the export tests read it. */
export interface CliEpochLine {
  readonly epoch: number;
  /** The program's total_loss over the article's four points. */
  readonly loss: number;
  readonly status: string;
}

/** The article preset trained for `epochs` epochs on the command line: its JSON lines, parsed. */
export function articleCliEpochs(epochs: number): CliEpochLine[] {
  const cli = runCliCaptured([
    'train',
    '--preset',
    'article',
    '--format',
    'jsonl',
    '--epochs',
    String(epochs),
  ]);
  expect(cli.code).toBe(0);
  const lines = cli.out.join('\n').trimEnd().split('\n');
  expect(lines).toHaveLength(epochs);
  return lines.map((line) => JSON.parse(line) as CliEpochLine);
}

/**
 * Checks an export's CSV lines (the header first) against the command line's epochs, row by
 * row: the same epoch, and the same loss as the same text (both write the shortest exact
 * digits), the sum as the program prints it and the mean over its four points.
 */
export function expectCsvMatchesCli(csv: readonly string[], epochs: readonly CliEpochLine[]): void {
  const column = (name: string) => HISTORY_COLUMNS.indexOf(name as never);
  const [epochAt, sumAt, meanAt] = [column('epoch'), column('trainLossSum'), column('trainLoss')];
  epochs.forEach((json, k) => {
    const cells = (csv[k + 1] as string).split(',');
    expect(Number(cells[epochAt])).toBe(json.epoch);
    expect(cells[sumAt]).toBe(String(json.loss));
    expect(cells[meanAt]).toBe(String(json.loss / 4));
  });
}
