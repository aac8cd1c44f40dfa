/**
 * The exported programs predict what the lab predicts: a network trained here (fixed seed)
 * is exported as Python and as JavaScript, both are run (python3 with numpy, node) on the
 * same points, and every number they print must equal the lab's own to 1e-9.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv-data';
import { modelSource } from '../../src/core/model-codegen';
import {
  exportModel,
  formatPrediction,
  interpretOutput,
  INPUT_FEATURES,
  predictPoints,
  readModel,
  modelToJson,
  type ExportedModel,
} from '../../src/core/model-export';
import { Rng } from '../../src/core/rng';
import { standardise, type TableData } from '../../src/core/table-data';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import type { RunConfig } from '../../src/engine/protocol';
import { buildTableRun } from '../../src/engine/table-run';
import type { BuiltRun } from '../../src/engine/build';
import { fitModelAnswer } from '../../src/engine/fit-model';
import { EngineRun } from '../../src/engine/run';
import { expandDataset } from '../../src/core/features';

const work = mkdtempSync(join(tmpdir(), 'model-agreement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fixture(name: string): TableData {
  const result = parseCsv(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.data;
}

function config(overrides: Partial<RunConfig>): RunConfig {
  return { ...DEFAULT_RUN_CONFIG, model: 'mlp', epochs: 30, seed: 7, ...overrides } as RunConfig;
}

/** Points inside and well outside the data, in the data's own units. */
function probePoints(table: TableData): number[][] {
  const rng = new Rng(99);
  const points: number[][] = [];
  for (let k = 0; k < 25; k++) {
    const r = rng.int(table.size);
    points.push([
      (table.inputs[2 * r] as number) * rng.uniform(0.5, 1.5) + rng.normal(),
      (table.inputs[2 * r + 1] as number) * rng.uniform(0.5, 1.5) + rng.normal(),
    ]);
  }
  points.push([0, 0], [1e3, -1e3]);
  return points;
}

function numbersOf(lines: string): number[][] {
  return lines
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));
}

/** Runs the exported Python and JS on `points` (through standard input); returns their lines. */
function runExports(model: ExportedModel, points: number[][], tag: string): number[][][] {
  const py = join(work, `${tag}.py`);
  const js = join(work, `${tag}.mjs`);
  writeFileSync(py, modelSource(model, 'python'));
  writeFileSync(js, modelSource(model, 'js'));
  const input = `x1,x2\n${points.map((p) => p.join(',')).join('\n')}\n`;
  const python = execFileSync('python3', [py], { input, encoding: 'utf8' });
  const node = execFileSync(process.execPath, [js], { input, encoding: 'utf8' });
  return [numbersOf(python), numbersOf(node)];
}

function expectClose(actual: number[][], expected: number[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, r) => {
    expect(row).toHaveLength((expected[r] as number[]).length);
    row.forEach((value, k) => {
      expect(Math.abs(value - (expected[r] as number[])[k]!)).toBeLessThanOrEqual(1e-9);
    });
  });
}

/** What the run feeds its network for one standardised point: its own expansion, if any. */
function networkInput(built: BuiltRun, point: Float64Array): Float64Array {
  if (built.inputFeatures === undefined) return point;
  const one = { ...built.train, size: 1, inputSize: 2, inputs: point };
  return expandDataset(one, built.inputFeatures).inputs;
}

const cases: readonly { name: string; file: string; overrides: Partial<RunConfig> }[] = [
  { name: '3 classes, tanh', file: 'three-blobs.csv', overrides: { hidden: [6, 5] } },
  {
    name: '3 classes, relu, adam',
    file: 'three-blobs.csv',
    overrides: { hidden: [8], hiddenActivation: 'relu', optimizer: 'adam', learningRate: 0.01 },
  },
  {
    name: '3 classes, input features x1², x2², x1·x2, sin x2',
    file: 'three-blobs.csv',
    overrides: { hidden: [5], inputs: ['x1^2', 'x2^2', 'x1*x2', 'sin(x2)'] },
  },
  {
    name: 'regression, input features sin x1, x2',
    file: 'plane.csv',
    overrides: { hidden: [4], inputs: ['sin(x1)', 'x2'], loss: 'mse', learningRate: 0.05 },
  },
  {
    name: 'regression, sigmoid',
    file: 'plane.csv',
    overrides: { hidden: [5], hiddenActivation: 'sigmoid', loss: 'mse', learningRate: 0.05 },
  },
];

describe('exported Python and JS agree with the lab to 1e-9', () => {
  it.each(cases)('$name', ({ file, overrides }) => {
    const table = fixture(file);
    const built = buildTableRun(config(overrides), table, file);
    built.trainer.runEpochs(30);
    const { inputScale, targetScale, dataset } = built.prepared;
    const model = exportModel(built.model, {
      task: table.task,
      data: file,
      inputNames: table.featureNames,
      inputScale,
      features: built.inputFeatures ?? ['x1', 'x2'],
      classes: dataset.classNames,
      targetScale,
    });
    const points = probePoints(table);
    // The lab's own prediction: the trained network itself, on the run's features of the
    // standardised points (computed here by the run's own expansion of a one-point set).
    const lab = points.map((point) => {
      const output = built.model.predict(networkInput(built, standardise(point, inputScale)));
      return formatPrediction(interpretOutput(model, output)).split(',').map(Number);
    });
    // The model file, read back, predicts exactly the same.
    const reread = readModel(modelToJson(model));
    expect(predictPoints(reread, points).map(formatPrediction)).toEqual(
      lab.map((row) => row.map(String).join(',')),
    );
    const [python, node] = runExports(reread, points, file.replace('.csv', ''));
    expectClose(python!, lab);
    expectClose(node!, lab);
    // Probabilities or values that vary: the test is not comparing constants.
    expect(new Set(lab.map((row) => row[row.length - 1])).size).toBeGreaterThan(10);
  });

  it("a generated-data run's model file (the 'fit-model' request) carries its features", () => {
    const run = new EngineRun(
      'fit',
      config({ dataset: 'circle', hidden: [3], inputs: ['x2^2', 'x1^2', 'sin(x1)'] }),
    );
    run.built.trainer.runEpochs(30);
    const model = readModel(modelToJson(fitModelAnswer(run).model));
    expect(model.features).toEqual(['x2^2', 'x1^2', 'sin(x1)']);
    const rng = new Rng(11);
    const points = Array.from({ length: 25 }, () => [rng.uniform(-6, 6), rng.uniform(-6, 6)]);
    const lab = points.map(([x1, x2]) => {
      const input = new Float64Array([x2! * x2!, x1! * x1!, Math.sin(x1!)]);
      return formatPrediction(interpretOutput(model, run.built.model.predict(input)))
        .split(',')
        .map(Number);
    });
    const [python, node] = runExports(model, points, 'generated');
    expectClose(python!, lab);
    expectClose(node!, lab);
    expect(new Set(lab.map((row) => row[row.length - 1])).size).toBeGreaterThan(10);
  });

  it('every input feature is computed alike (random weights over all seven)', () => {
    const rng = new Rng(5);
    const features = [...INPUT_FEATURES];
    const row = (n: number): number[] => Array.from({ length: n }, () => rng.normal());
    const model = readModel(
      JSON.stringify({
        format: 'training-loop-lab-model',
        version: 1,
        task: 'classification',
        data: 'random',
        inputs: { names: ['a', 'b'], mean: [0.5, -1], std: [2, 0.5] },
        features,
        classes: ['no', 'yes'],
        target: null,
        layers: [
          { activation: 'tanh', weights: [row(7), row(7), row(7)], biases: row(3) },
          { activation: 'clip', weights: [row(3), row(3)], biases: row(2) },
          { activation: 'sigmoid', weights: [row(2)], biases: row(1) },
        ],
      }),
    );
    const points = Array.from({ length: 20 }, () => [rng.uniform(-4, 4), rng.uniform(-4, 4)]);
    const lab = predictPoints(model, points).map((p) => formatPrediction(p).split(',').map(Number));
    const [python, node] = runExports(model, points, 'features');
    expectClose(python!, lab);
    expectClose(node!, lab);
  });

  it('the programs also predict one point given on the command line', () => {
    const model = readModel(
      readFileSync(join(__dirname, '..', 'fixtures', 'tiny-model.json'), 'utf8'),
    );
    const py = join(work, 'one.py');
    const js = join(work, 'one.mjs');
    writeFileSync(py, modelSource(model, 'python'));
    writeFileSync(js, modelSource(model, 'js'));
    const lab = formatPrediction(predictPoints(model, [[0.3, -1.2]])[0]!);
    const python = execFileSync('python3', [py, '0.3', '-1.2'], { encoding: 'utf8' });
    const node = execFileSync(process.execPath, [js, '0.3', '-1.2'], { encoding: 'utf8' });
    expectClose(numbersOf(python), numbersOf(lab));
    expectClose(numbersOf(node), numbersOf(lab));
    // A row that is not two numbers stops both with a line-numbered message and status 2.
    for (const [command, file] of [
      ['python3', py],
      [process.execPath, js],
    ] as const) {
      const bad = spawnSync(command, [file], { input: 'a,b\n1,2\n3\n', encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/^line 3: expected two numbers/);
      expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    }
  });
});
