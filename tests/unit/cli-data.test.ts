/**
 * The command line's data and model commands: train on a CSV or the penguins, save the
 * model, export it as code, predict with it, and refuse bad files with one error line and
 * exit code 2.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkModel,
  ModelFileError,
  predictPoints,
  readModel,
  type ExportedModel,
} from '../../src/core/model-export';
import { runCli } from '../../src/cli/run';

const work = mkdtempSync(join(tmpdir(), 'cli-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixtures = join(__dirname, '..', 'fixtures');

function cli(argv: string[], input = ''): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
    () => input,
  );
  return { code, out, err };
}

/** The command the README quotes for the penguins' validation accuracy. */
const PENGUIN_COMMAND = [
  'train',
  '--preset',
  'network',
  '--dataset',
  'penguins',
  '--features',
  'beak_length,flipper_length',
  '--hidden',
  '8',
  '--optimizer',
  'adam',
  '--lr',
  '0.01',
  '--epochs',
  '100',
  '--seed',
  '1',
];

describe('train on the penguins', () => {
  it('reaches a validation accuracy above 0.95 with two measurements', () => {
    const model = join(work, 'penguins.json');
    const { code, out, err } = cli([...PENGUIN_COMMAND, '--save-model', model]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toContain('342 rows');
    expect(out[0]).toContain('3 classes (Adelie, Chinstrap, Gentoo)');
    const last = out[out.length - 2]!.trim().split(/\s+/);
    expect(last[0]).toBe('99');
    const accuracy = Number(last[4]);
    expect(accuracy).toBeGreaterThan(0.95);
    expect(out[out.length - 1]).toBe(
      `model saved to ${model} (validation accuracy ${accuracy.toFixed(3)})`,
    );
    const saved = readModel(readFileSync(model, 'utf8'));
    expect(saved.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(saved.inputs.names).toEqual(['beak length (mm)', 'flipper length (mm)']);
    // A typical Gentoo: long beak, long flippers.
    const gentoo = predictPoints(saved, [[48, 220]])[0]!;
    expect(gentoo.kind === 'class' && gentoo.classIndex).toBe(2);
  });

  it('--inputs trains on features of the standardised measurements and saves them', () => {
    const model = join(work, 'penguins-features.json');
    const { code, err } = cli([
      ...PENGUIN_COMMAND,
      '--inputs',
      'x1,x2,x1*x2',
      '--save-model',
      model,
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const saved = readModel(readFileSync(model, 'utf8'));
    expect(saved.features).toEqual(['x1', 'x2', 'x1*x2']);
    expect(saved.layers[0]!.weights[0]).toHaveLength(3);
    expect(saved.inputs.names).toEqual(['beak length (mm)', 'flipper length (mm)']);
  });

  it('refuses a measurement it does not have', () => {
    const { code, err } = cli([...PENGUIN_COMMAND, '--features', 'beak_length,wing_span']);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
  });
});

describe('train on a CSV, save, export, predict', () => {
  const model = join(work, 'blobs.json');

  it('trains, saves, and predicts one line per point', () => {
    const trained = cli([
      'train',
      '--preset',
      'network',
      '--data',
      join(fixtures, 'three-blobs.csv'),
      '--hidden',
      '6',
      '--epochs',
      '40',
      '--save-model',
      model,
    ]);
    expect(trained.err).toEqual([]);
    expect(trained.code).toBe(0);
    expect(trained.out[0]).toMatch(/90 rows, x1 and x2 → 3 classes/);
    const predicted = cli(['predict', '--model', model], 'x1,x2\n-2,0\n2,1\n0,-2.5\n');
    expect(predicted.code).toBe(0);
    const rows = predicted.out.map((line) => line.split(',').map(Number));
    expect(rows.map((row) => row[0])).toEqual([0, 1, 2]);
    rows.forEach((row) => expect(row[1]! + row[2]! + row[3]!).toBeCloseTo(1, 12));
    expect(cli(['predict', '--model', model, '--point', '-2,0']).out).toEqual([predicted.out[0]]);
  });

  it('prints the model as Python, JS and checked JSON', () => {
    const python = cli(['export', '--model', model, '--format', 'python']);
    expect(python.out[0]).toBe('#!/usr/bin/env python3');
    expect(python.out).toContain('import numpy as np');
    const js = cli(['export', '--model', model, '--format', 'js']);
    expect(js.out.some((line) => line.startsWith('export const MODEL = {'))).toBe(true);
    const json = cli(['export', '--model', model, '--format', 'json']);
    expect(readModel(json.out.join('\n'))).toEqual(readModel(readFileSync(model, 'utf8')));
    expect(cli(['export', '--model', model, '--format', 'rust']).code).toBe(2);
  });

  it('predicts a value for a regression model', () => {
    const { out, code } = cli(
      ['predict', '--model', join(fixtures, 'tiny-model.json')],
      '20,6\n10,2\n',
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    // sales ≈ 120 + 8·temperature − 5·hours in the fixture.
    expect(Number(out[0])).toBeGreaterThan(200);
    expect(Number(out[0])).toBeLessThan(290);
  });
});

describe('bad files: one error line, exit code 2', () => {
  function refused(argv: string[], input = ''): string {
    const { code, out, err } = cli(argv, input);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain('internal failure');
    return err[0]!;
  }

  function file(name: string, content: string | Uint8Array): string {
    const path = join(work, name);
    writeFileSync(path, content);
    return path;
  }

  const train = (path: string): string[] => ['train', '--preset', 'network', '--data', path];

  it('a CSV with a bad label, a short row, a binary file, a 50 MB file', () => {
    const csv = file('bad.csv', 'x1,x2,label\n1,2,0\n3,4,1\n5,6,cat\n7,8\n');
    expect(refused(train(csv))).toBe(
      `error: ${JSON.stringify(csv.length > 40 ? `${csv.slice(0, 40)}…` : csv)}: ` +
        "line 4: label 'cat' is not a number; line 5: 2 values, expected 3 (x1,x2,label)",
    );
    const binary = file('image.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    expect(refused(train(binary))).toContain('this is a binary file, not CSV text');
    const huge = file('huge.csv', '');
    truncateSync(huge, 50_000_000);
    expect(refused(train(huge))).toContain('the file is 50.0 MB; a CSV may be at most 1.0 MB');
    expect(refused(train(join(work, 'missing.csv')))).toContain('cannot read');
    const latin1 = file('latin1.csv', Uint8Array.from([0x31, 0x2c, 0xe9, 0x2c, 0x30, 0x0a]));
    expect(refused(train(latin1))).toContain('this is not UTF-8 text');
  });

  it('flags that do not fit the data', () => {
    const csv = join(fixtures, 'three-blobs.csv');
    expect(refused([...train(csv), '--size', '100'])).toContain('--size shapes a generated');
    expect(refused([...train(csv), '--features', 'beak_length,beak_depth'])).toContain(
      'use it with --dataset penguins',
    );
    expect(refused([...train(csv), '--dataset', 'penguins'])).toContain('not both');
  });

  it('unreadable and hand-edited model files', () => {
    const good = JSON.parse(readFileSync(join(fixtures, 'tiny-model.json'), 'utf8'));
    const predict = (path: string): string[] => ['predict', '--model', path, '--point', '1,2'];
    expect(refused(predict(join(work, 'none.json')))).toMatch(/cannot be read \(ENOENT\)$/);
    expect(refused(predict(file('junk.json', '{"format": ')))).toMatch(/is not valid JSON$/);
    const edited = structuredClone(good);
    edited.layers[0].weights[1].pop();
    expect(refused(predict(file('edited.json', JSON.stringify(edited))))).toMatch(
      /layers\[0\]\.weights\[1\] has 1 numbers, expected 2$/,
    );
    const wrongTask = { ...good, task: 'classification' };
    expect(refused(predict(file('task.json', JSON.stringify(wrongTask))))).toMatch(
      /classes must name at least 2 classes$/,
    );
    expect(refused(['export', '--model', file('array.json', '[]'), '--format', 'js'])).toMatch(
      /the file does not hold a JSON object$/,
    );
    expect(refused(['predict', '--model', join(fixtures, 'tiny-model.json')], '1,x\n')).toBe(
      `error: standard input: line 1: x2 'x' is not a number`,
    );
  });
});

/** Every leaf and container of a JSON value, as paths. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, k) => paths(v, [...prefix, k])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  }
  return here;
}

function edit(
  root: unknown,
  path: (string | number)[],
  replacement: unknown,
  drop: boolean,
): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (drop && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (drop) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('hand-edited model files (fast-check)', () => {
  const good = JSON.parse(readFileSync(join(fixtures, 'tiny-model.json'), 'utf8')) as ExportedModel;
  const all = paths(good);

  it('either loads a model that runs, or refuses with a ModelFileError', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.constant(null)),
        fc.boolean(),
        (at, replacement, drop) => {
          const edited = edit(good, all[at % all.length]!, replacement, drop);
          let model: ExportedModel;
          try {
            model = checkModel(JSON.parse(JSON.stringify(edited)));
          } catch (error) {
            return error instanceof ModelFileError && error.message.length > 0;
          }
          // An edit can leave a valid model (another weight, another mean): it must still run.
          const [prediction] = predictPoints(model, [[20, 6]]);
          return prediction !== undefined;
        },
      ),
      { numRuns: 500 },
    );
  });
});
