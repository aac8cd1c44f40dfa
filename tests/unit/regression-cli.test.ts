/**
 * `train --preset network --dataset plane|bumps`: the built-in regression tables on the command
 * line, shaped by --size, --noise and --seed. The trained model is checked on new points of the
 * noiseless function (R² in the table's units), not only by its own validation loss.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predictPoints, readModel } from '../../src/core/model-export';
import { regressionTable, type RegressionSetName } from '../../src/core/regression-data';
import { runCli } from '../../src/cli/run';

const work = mkdtempSync(join(tmpdir(), 'cli-regression-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
    () => '',
  );
  return { code, out, err };
}

/** The command the README quotes (with --size 400); `set` is plane or bumps. */
function regressionCommand(
  set: RegressionSetName,
  { size = '400', epochs = '200' } = {},
): string[] {
  return [
    'train',
    '--preset',
    'network',
    '--dataset',
    set,
    '--size',
    size,
    '--hidden',
    '8',
    '--optimizer',
    'adam',
    '--lr',
    '0.01',
    '--epochs',
    epochs,
    '--seed',
    '1',
  ];
}

/** 1 − SSE/SST of a saved model on 500 new, noiseless points of the set's function. */
function heldOutR2(set: RegressionSetName, modelPath: string): number {
  const model = readModel(readFileSync(modelPath, 'utf8'));
  const truth = regressionTable(set, { seed: 12345, size: 500, noise: 0 });
  const points = Array.from({ length: truth.size }, (_, r) => [
    truth.inputs[2 * r]!,
    truth.inputs[2 * r + 1]!,
  ]);
  const predicted = predictPoints(model, points).map((p) => (p.kind === 'value' ? p.value : NaN));
  const mean = truth.labels.reduce((a, b) => a + b, 0) / truth.size;
  let residual = 0;
  let total = 0;
  predicted.forEach((value, r) => {
    residual += (value - truth.labels[r]!) ** 2;
    total += (truth.labels[r]! - mean) ** 2;
  });
  return 1 - residual / total;
}

function lastEpoch(out: string[]): { epoch: number; validationLoss: number } {
  return JSON.parse(out[out.length - 1]!) as { epoch: number; validationLoss: number };
}

describe('train on the built-in regression tables', () => {
  // Measured (seed 1): validation loss 0.0015, R² 0.9990 on new points.
  it('fits the plane: low validation loss, and R² above 0.99 on new points', () => {
    const model = join(work, 'plane.json');
    const table = cli([...regressionCommand('plane'), '--save-model', model]);
    expect(table.err).toEqual([]);
    expect(table.code).toBe(0);
    expect(table.out[0]).toContain('plane (seed 1, 400 rows, noise 0.1): 400 rows');
    expect(table.out[0]).toContain('regression of y');
    const jsonl = cli([...regressionCommand('plane'), '--format', 'jsonl']);
    const last = lastEpoch(jsonl.out);
    expect(last.epoch).toBe(199);
    // Squared error on the standardised value: 1 would be no better than the mean.
    expect(last.validationLoss).toBeLessThan(0.01);
    expect(heldOutR2('plane', model)).toBeGreaterThan(0.99);
  });

  // Measured (seed 1): R² 0.964 on new points.
  it('fits the bumps less well with 8 neurons, but far better than the mean', () => {
    const model = join(work, 'bumps.json');
    const { code, err } = cli([...regressionCommand('bumps'), '--save-model', model]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(heldOutR2('bumps', model)).toBeGreaterThan(0.9);
  });

  it('takes --size and --noise, and refuses flags that do not apply', () => {
    const small = cli(regressionCommand('plane', { size: '50', epochs: '1' }));
    expect(small.err).toEqual([]);
    expect(small.out[0]).toContain('50 rows');
    const noisy = cli([...regressionCommand('bumps', { epochs: '1' }), '--noise', '2']);
    expect(noisy.err).toEqual([]);
    expect(noisy.out[0]).toContain('noise 2');
    for (const extra of [
      ['--data', 'x.csv'],
      ['--dataset', 'penguins'],
      ['--features', 'beak_length,beak_depth'],
      ['--task', 'regression'],
      ['--add', '1,2,0'],
    ]) {
      const refused = cli([...regressionCommand('plane'), ...extra]);
      expect(refused.code, extra.join(' ')).toBe(2);
      expect(refused.err).toHaveLength(1);
    }
  });
});
