// @vitest-environment node
/**
 * `train --preset article` against the numpy fixtures: the article format must equal what
 * the (edited) Python program prints, byte for byte; jsonl must carry the same numbers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCliCaptured } from '../cli-harness';
import { formatJsonlEpoch } from '../../src/cli/article-command';
import { DivergenceWatch } from '../../src/core/divergence';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${ROOT}tests/fixtures/article/`;
const TSX = `${ROOT}node_modules/.bin/tsx`;

interface Variant {
  name: string;
  epochs: number;
  args: string[];
}
type Exact = number | 'NaN' | 'Infinity' | '-Infinity';

const variants = (
  JSON.parse(readFileSync(`${FIXTURES}variants.json`, 'utf8')) as { variants: Variant[] }
).variants;
const expectedOut = (name: string): string => readFileSync(`${FIXTURES}${name}.out`, 'utf8');
const expectedEpochs = (name: string): [Exact, Exact, Exact, Exact][] =>
  (
    JSON.parse(readFileSync(`${FIXTURES}${name}.epochs.json`, 'utf8')) as {
      epochs: [Exact, Exact, Exact, Exact][];
    }
  ).epochs;

const cli = (...argv: string[]) => runCliCaptured(argv);

/** The program's printed text: every line followed by a newline, as Python's print does. */
const printed = (lines: string[]): string => lines.map((line) => `${line}\n`).join('');

interface JsonlLine {
  epoch: number;
  loss: Exact;
  weights: [Exact, Exact];
  bias: Exact;
  status: 'running' | 'finished' | 'diverged';
}

describe('train --preset article --format article', () => {
  it.each(variants.map((v) => [v.name, v] as const))(
    '%s prints exactly what numpy printed',
    (_name, variant) => {
      const result = cli('train', '--preset', 'article', ...variant.args);
      expect(result.err).toEqual([]);
      expect(result.code).toBe(0);
      expect(printed(result.out)).toBe(expectedOut(variant.name));
    },
  );

  it('uses the article defaults when no flags are given', () => {
    const result = cli('train', '--preset', 'article');
    expect(result.code).toBe(0);
    expect(printed(result.out)).toBe(expectedOut('default'));
  });

  it('accepts --name=value, sigmoid, and several --add rows', () => {
    const result = cli(
      'train',
      '--preset=article',
      '--activation=sigmoid',
      '--add',
      '0.5,0.6,0',
      '--add=-0.1, 0.9, 1',
      '--epochs',
      '3',
      '--print-every',
      '1',
    );
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(4);
    expect(result.out[3]).toMatch(/^Prediction: \d\.\d\d → (Glasses ✅|Ring ❌)$/);
  });

  it('reads a whole number written with an exponent, as a shared link does', () => {
    const result = cli('train', '--preset', 'article', '--epochs', '3e0', '--print-every', '1');
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(4);
  });
});

describe('train --preset article --format jsonl', () => {
  it.each(variants.map((v) => [v.name, v] as const))(
    '%s: one line per epoch with the fixture numbers',
    (_name, variant) => {
      const result = cli('train', '--preset', 'article', ...variant.args, '--format', 'jsonl');
      expect(result.code).toBe(0);
      const lines = result.out.map((line) => JSON.parse(line) as JsonlLine);
      const fixture = expectedEpochs(variant.name);
      // The lab's divergence rule: a parameter that is not finite, or the loss grown a
      // million-fold (core/divergence.ts), whichever comes first.
      const watch = new DivergenceWatch();
      const firstBad = fixture.findIndex(
        (row, epoch) =>
          watch.add(epoch, Number(row[0])) || row.slice(1).some((v) => typeof v === 'string'),
      );
      const expectedCount = firstBad === -1 ? variant.epochs : firstBad + 1;
      expect(lines).toHaveLength(expectedCount);
      lines.forEach((line, i) => {
        const [, w0, w1, bias] = fixture[i] ?? [];
        expect(line.epoch).toBe(i);
        // Weights and bias bit for bit; the loss is checked in article.test.ts (see the
        // note there on libm pow), here only that it is present.
        expect(line.weights).toEqual([w0, w1]);
        expect(line.bias).toBe(bias);
        expect(line.loss).toBeDefined();
        const last = i === lines.length - 1;
        expect(line.status).toBe(last ? (firstBad === -1 ? 'finished' : 'diverged') : 'running');
      });
    },
  );

  it('stops the diverging run where its loss has grown a million-fold, as the lab does', () => {
    const result = cli(
      'train',
      '--preset',
      'article',
      '--lr',
      '3',
      '--activation',
      'linear',
      '--epochs',
      '300',
      '--format',
      'jsonl',
    );
    expect(result.code).toBe(0);
    const last = JSON.parse(result.out.at(-1) ?? '{}') as JsonlLine;
    const losses = result.out.map((line) => (JSON.parse(line) as JsonlLine).loss as number);
    // Epoch 0 ends at about 143 (the first samples already overshoot); epoch 2 passes 1.43e8.
    expect(last.epoch).toBe(2);
    expect(last.status).toBe('diverged');
    expect(losses[2]).toBeGreaterThanOrEqual(1e6 * (losses[0] as number));
    expect(losses[1]).toBeLessThan(1e6 * (losses[0] as number));
  });

  it('writes non-finite numbers as the strings NaN, Infinity and -Infinity', () => {
    const { line, diverged } = formatJsonlEpoch(
      { epoch: 7, totalLoss: NaN, weights: [-Infinity, Infinity], bias: NaN },
      9,
    );
    expect(diverged).toBe(true);
    expect(line).toBe(
      '{"epoch":7,"loss":"NaN","weights":["-Infinity","Infinity"],"bias":"NaN","status":"diverged"}',
    );
    const finished = formatJsonlEpoch({ epoch: 9, totalLoss: 0.5, weights: [1, 2], bias: -3 }, 9);
    expect(finished).toEqual({
      line: '{"epoch":9,"loss":0.5,"weights":[1,2],"bias":-3,"status":"finished"}',
      diverged: false,
    });
  });
});

describe('bad command lines', () => {
  const bad: readonly (readonly string[])[] = [
    [],
    ['fly'],
    ['train'],
    ['train', '--preset'],
    ['train', '--preset', 'mnist'],
    ['train', '--preset', 'article', '--bogus', '1'],
    ['train', '--preset', 'article', '--lr'],
    ['train', '--preset', 'article', '--lr', '--epochs', '5'],
    ['train', '--preset', 'article', '--lr', 'abc'],
    ['train', '--preset', 'article', '--lr', '0'],
    ['train', '--preset', 'article', '--lr', '-0.1'],
    ['train', '--preset', 'article', '--lr', '101'],
    ['train', '--preset', 'article', '--lr', '1e999'],
    ['train', '--preset', 'article', '--lr', 'NaN'],
    ['train', '--preset', 'article', '--lr', '0.1', '--lr', '0.2'],
    ['train', '--preset', 'article', '--epochs', '-5'],
    ['train', '--preset', 'article', '--epochs', '2.5'],
    ['train', '--preset', 'article', '--epochs', '0'],
    ['train', '--preset', 'article', '--epochs', '10000001'],
    ['train', '--preset', 'article', '--epochs', '1e-3'],
    ['train', '--preset', 'article', '--activation', 'relu'],
    ['train', '--preset', 'article', '--format', 'csv'],
    ['train', '--preset', 'article', '--print-every', '0'],
    ['train', '--preset', 'article', '--add', '0.5,0.6'],
    ['train', '--preset', 'article', '--add', '0.5,0.6,2'],
    ['train', '--preset', 'article', '--add', '0.5,x,1'],
    ['train', '--preset', 'article', '--add', '1e999,0.6,1'],
    ['train', '--preset', 'article', 'extra'],
    ['train', '--preset', 'article', '-x'],
  ];

  it.each(bad.map((argv) => [argv.join(' ') || '(nothing)', argv] as const))(
    '%s → exit 2 with one error line',
    (_label, argv) => {
      const result = cli(...argv);
      expect(result.code).toBe(2);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(/^error: \S/);
      expect(result.err[0]).not.toContain('\n');
    },
  );

  it('--help prints usage to stdout and exits 0', () => {
    for (const argv of [['--help'], ['train', '--help'], ['-h']]) {
      const result = cli(...argv);
      expect(result.code).toBe(0);
      expect(result.err).toEqual([]);
      expect(result.out.join('\n')).toContain('train --preset article');
    }
  });

  it('never throws on junk --lr / --epochs values: exit 0 or 2', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -20, max: 20 }).map(String),
      fc.constantFrom('', '-', '--', '1e', '.', '0x10', 'Infinity', ' 1', '1,5', '+3', '٣'),
    );
    fc.assert(
      fc.property(fc.constantFrom('--lr', '--epochs'), junk, (flag, value) => {
        const epochs = flag === '--lr' ? ['--epochs', '2'] : [];
        const result = cli('train', '--preset', 'article', ...epochs, flag, value);
        expect([0, 2]).toContain(result.code);
        if (result.code === 2) {
          expect(result.err).toHaveLength(1);
          expect(result.err[0]).toMatch(/^error: /);
        } else {
          expect(result.err).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the real command line', () => {
  it('prints the default fixture', () => {
    const stdout = execFileSync(TSX, ['src/cli/main.ts', 'train', '--preset', 'article'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(stdout).toBe(expectedOut('default'));
  }, 60_000);

  it('exits 2 on a bad flag with one error line and no stack trace', () => {
    const result = spawnSync(
      TSX,
      ['src/cli/main.ts', 'train', '--preset', 'article', '--epochs', '-3'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: --epochs .*\n$/);
    expect(result.stderr).not.toContain('    at ');
  }, 60_000);
});
