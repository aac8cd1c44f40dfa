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

  it('--inputs feeds the network input features; a circle needs no hidden layer then', () => {
    const argv = ['train', '--preset', 'network', '--dataset', 'circle', '--hidden', ''];
    const rest = ['--optimizer', 'adam', '--lr', '0.03', '--batch', '10', '--epochs', '60'];
    const jsonl = ['--format', 'jsonl'];
    const squared = cli([...argv, '--inputs', 'x1^2,x2^2', ...rest, ...jsonl]);
    expect(squared.code).toBe(0);
    const lines = squared.out.map(
      (line) => JSON.parse(line) as { loss: number; validationAccuracy: number; params: number[] },
    );
    // One neuron on two features: two weights and a bias.
    expect(lines[0]!.params).toHaveLength(3);
    const run = buildRun({
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp',
      dataset: 'circle',
      hidden: [],
      inputs: ['x1^2', 'x2^2'],
      optimizer: 'adam',
      learningRate: 0.03,
      batchSize: 10,
      epochs: 60,
    });
    const expected: number[] = [];
    run.trainer.runEpochs(60, (s) => expected.push(s.trainLoss));
    expect(lines.map((l) => l.loss)).toEqual(expected);
    const plain = cli([...argv, ...rest, ...jsonl]).out.map(
      (line) => JSON.parse(line) as { validationAccuracy: number },
    );
    expect(lines.at(-1)!.validationAccuracy).toBeGreaterThan(0.9);
    expect(plain.at(-1)!.validationAccuracy).toBeLessThan(lines.at(-1)!.validationAccuracy - 0.1);
  });

  it('--help lists the input feature names; a repeated or unknown one is refused', () => {
    const help = cli(['help']).out.join('\n');
    expect(help).toMatch(/--inputs .*x1, x2, x1\^2, x2\^2, x1\*x2, sin\(x1\), sin\(x2\)/);
    for (const bad of ['x1,x1', 'x3', '']) {
      const { code, err } = cli(['train', '--preset', 'network', '--inputs', bad]);
      expect(code, bad).toBe(2);
      expect(err[0]).toMatch(/^error: .*input features must be a list of 1 to 7 different items/);
    }
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
