import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCliCaptured } from '../cli-harness';
import { buildRun } from '../../src/engine/build';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';

const cli = (argv: string[]) => runCliCaptured(argv);

describe('train --preset network', () => {
  it('trains with the given settings and matches the engine run epoch for epoch', () => {
    const argv = [
      'train',
      '--preset',
      'network',
      '--dataset',
      'xor',
      '--size',
      '80',
      '--hidden',
      '5',
      '--optimizer',
      'adam',
      '--lr',
      '0.05',
      '--batch',
      '8',
      '--epochs',
      '6',
      '--seed',
      '7',
      '--format',
      'jsonl',
    ];
    const { code, out } = cli(argv);
    expect(code).toBe(0);
    const lines = out.map(
      (line) => JSON.parse(line) as { epoch: number; loss: number; status: string },
    );
    const run = buildRun({
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp',
      dataset: 'xor',
      datasetSize: 80,
      hidden: [5],
      optimizer: 'adam',
      learningRate: 0.05,
      batchSize: 8,
      epochs: 6,
      seed: 7,
    });
    const expected: number[] = [];
    run.trainer.runEpochs(6, (s) => expected.push(s.trainLoss));
    expect(lines.map((l) => l.loss)).toEqual(expected);
    expect(lines.at(-1)?.status).toBe('finished');
  });

  it('applies switches and extra points', () => {
    const { code, out } = cli([
      'train',
      '--preset',
      'network',
      '--epochs',
      '2',
      '--no-shuffle',
      '--drop-last',
      '--add',
      '0.1,0.2,1',
    ]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^epoch/);
  });

  it('rejects out-of-range values with the schema message and exit code 2', () => {
    for (const argv of [
      ['--lr', '999'],
      ['--hidden', '1,2,999'],
      ['--dataset', 'moons'],
      ['--epochs', '-1'],
      ['--batch', 'abc'],
      ['--add', '1,2'],
      ['--frobnicate', '1'],
    ]) {
      const { code, err } = cli(['train', '--preset', 'network', ...argv]);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^error: /);
    }
  });

  it('never throws whatever the flag values are', () => {
    const flags = [
      '--lr',
      '--size',
      '--hidden',
      '--noise',
      '--dropout',
      '--patience',
      '--dataset',
      '--loss',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...flags), fc.string({ maxLength: 12 }), (flag, value) => {
        const { code } = cli([
          'train',
          '--preset',
          'network',
          '--epochs',
          '1',
          '--size',
          '8',
          flag,
          value,
        ]);
        return code === 0 || code === 2;
      }),
      { numRuns: 150 },
    );
  });
});
