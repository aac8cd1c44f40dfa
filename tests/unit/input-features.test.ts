// @vitest-environment node
/**
 * Input features (TensorFlow Playground's x1², sin x1, …): the values are the formulas, a run
 * fed them trains on them while its pictures stay on the plane, a circle becomes a straight
 * line for a network with no hidden layer, the neuron maps and the boundary are computed
 * through the same features, and every list of names the settings allow builds and trains.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv-data';
import {
  expandDataset,
  expandFeatures,
  featureValue,
  inputFeatureNames,
  isPlain,
  type InputFeature,
} from '../../src/core/features';
import { predictPoints } from '../../src/core/model-export';
import { boundaryAnswer } from '../../src/engine/boundary';
import { buildRun } from '../../src/engine/build';
import { checkRunConfig } from '../../src/engine/config-checks';
import { fitModelAnswer } from '../../src/engine/fit-model';
import { neuronMapsAnswer } from '../../src/engine/neuron-maps';
import type { RunConfig } from '../../src/engine/protocol';
import { EngineRun } from '../../src/engine/run';
import { buildTableRun } from '../../src/engine/table-run';
import { DEFAULT_RUN_CONFIG } from '../../src/settings/schema';

const circle = (overrides: Partial<RunConfig>): RunConfig => ({
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  dataset: 'circle',
  datasetSize: 300,
  noise: 0.05,
  validationSplit: 0.3,
  optimizer: 'adam',
  learningRate: 0.03,
  batchSize: 10,
  epochs: 150,
  seed: 3,
  ...overrides,
});

describe('feature values', () => {
  it('computes each named feature of a point', () => {
    const [x1, x2] = [1.5, -0.25];
    const expected: Record<InputFeature, number> = {
      x1: 1.5,
      x2: -0.25,
      'x1^2': 2.25,
      'x2^2': 0.0625,
      'x1*x2': -0.375,
      'sin(x1)': Math.sin(1.5),
      'sin(x2)': Math.sin(-0.25),
    };
    for (const name of inputFeatureNames) expect(featureValue(name, x1, x2)).toBe(expected[name]);
    const out = new Float64Array(5).fill(9);
    expandFeatures(['sin(x2)', 'x1^2'], x1, x2, out, 2);
    expect(Array.from(out)).toEqual([9, 9, Math.sin(-0.25), 2.25, 9]);
    expect(isPlain(['x1', 'x2'])).toBe(true);
    expect(isPlain(['x2', 'x1'])).toBe(false);
    expect(isPlain(['x1', 'x2', 'x1^2'])).toBe(false);
  });

  it('expands a 2-D data set column by column, targets and labels unchanged', () => {
    const built = buildRun(circle({ validationSplit: 0 }));
    const data = built.train;
    const expanded = expandDataset(data, ['x1*x2', 'x1', 'sin(x1)']);
    expect(expanded.inputSize).toBe(3);
    expect(expanded.size).toBe(data.size);
    expect(expanded.targets).toBe(data.targets);
    expect(expanded.labels).toBe(data.labels);
    for (let s = 0; s < data.size; s++) {
      const x1 = data.inputs[2 * s]!;
      const x2 = data.inputs[2 * s + 1]!;
      expect(Array.from(expanded.inputs.subarray(3 * s, 3 * s + 3))).toEqual([
        x1 * x2,
        x1,
        Math.sin(x1),
      ]);
    }
    expect(() => expandDataset({ ...data, inputSize: 3 }, ['x1'])).toThrow(/two inputs/);
  });
});

describe('a run fed input features', () => {
  it('trains on the features and keeps the 2-D sets for pictures of the plane', () => {
    const plain = buildRun(circle({}));
    const fed = buildRun(circle({ inputs: ['x1^2', 'x2^2', 'x1'] }));
    // The plain run is built exactly as before features existed: no extra fields.
    expect(plain.inputFeatures).toBeUndefined();
    expect(plain.plane).toBeUndefined();
    expect(fed.inputFeatures).toEqual(['x1^2', 'x2^2', 'x1']);
    expect(fed.model.layers[0]!.inputSize).toBe(3);
    // Same draws in the same order: the same points are split the same way.
    expect(fed.plane!.train.inputs).toEqual(plain.train.inputs);
    expect(fed.plane!.validation!.inputs).toEqual(plain.validation!.inputs);
    const x1 = plain.train.inputs[0]!;
    const x2 = plain.train.inputs[1]!;
    expect(Array.from(fed.train.inputs.subarray(0, 3))).toEqual([x1 * x1, x2 * x2, x1]);
    expect(fed.validation!.inputSize).toBe(3);
  });

  it('extra points are expanded too (they join the training set before expansion)', () => {
    const fed = buildRun(circle({ inputs: ['x1*x2'], extraPoints: [[2, -3, 1]] }));
    expect(fed.plane!.train.inputs.slice(-2)).toEqual(new Float64Array([2, -3]));
    expect(fed.train.inputs.at(-1)).toBe(-6);
  });

  it('x1², x2² with no hidden layer separates the circle; x1, x2 with no hidden layer cannot', () => {
    const squared = buildRun(circle({ hidden: [], inputs: ['x1^2', 'x2^2'] }));
    const plain = buildRun(circle({ hidden: [] }));
    const last = (built: typeof squared) => built.trainer.runEpochs(150)!;
    const s = last(squared);
    const p = last(plain);
    console.log(
      `circle, no hidden layer: x1²,x2² val acc ${s.validationAccuracy.toFixed(3)} loss ${s.validationLoss.toFixed(4)}; ` +
        `x1,x2 val acc ${p.validationAccuracy.toFixed(3)} loss ${p.validationLoss.toFixed(4)}`,
    );
    // A circle is a straight line in (x1², x2²): one neuron draws it.
    expect(s.validationAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(s.validationLoss).toBeLessThan(0.15);
    // A straight line in (x1, x2) cannot enclose the inner class: no better than guessing
    // "outside" (a quarter of the disc's area is inside), and the loss stays high.
    expect(p.validationAccuracy).toBeLessThanOrEqual(0.85);
    expect(p.validationLoss).toBeGreaterThan(0.45);
  });

  it('a table run computes the features of the standardised columns', () => {
    const rows = Array.from({ length: 30 }, (_, k) => `${100 + 7 * k},${(k * 13) % 11},${k % 2}`);
    const parsed = parseCsv(`a,b,kind\n${rows.join('\n')}`);
    if (!parsed.ok) throw new Error('bad table');
    const config = circle({ inputs: ['x2', 'sin(x1)'], validationSplit: 0.2 });
    const built = buildTableRun(config, parsed.data, 'table', [[150, 4, 1]]);
    const plain = buildTableRun({ ...config, inputs: ['x1', 'x2'] }, parsed.data, 'table', [
      [150, 4, 1],
    ]);
    expect(built.plane!.train.inputs).toEqual(plain.train.inputs);
    for (let s = 0; s < plain.train.size; s++) {
      const x1 = plain.train.inputs[2 * s]!;
      const x2 = plain.train.inputs[2 * s + 1]!;
      expect([built.train.inputs[2 * s], built.train.inputs[2 * s + 1]]).toEqual([
        x2,
        Math.sin(x1),
      ]);
    }
  });
});

describe('pictures of a run with features', () => {
  function trained(overrides: Partial<RunConfig>): EngineRun {
    const run = new EngineRun('fit', circle({ epochs: 20, ...overrides }));
    run.built.trainer.runEpochs(20);
    return run;
  }

  it('neuron maps: the first layer is the features, the last the prediction', () => {
    const inputs: InputFeature[] = ['x1^2', 'sin(x2)', 'x1*x2'];
    const run = trained({ hidden: [4, 3], inputs });
    const { answer } = neuronMapsAnswer(run, { runId: 'fit', resolution: 12 });
    expect(answer.layerSizes).toEqual([3, 4, 3, 1]);
    expect(answer.features).toEqual(inputs);
    const { resolution, ranges, maps } = answer;
    const cells = resolution * resolution;
    expect(maps).toHaveLength((3 + 4 + 3 + 1) * cells);
    const at = (range: readonly [number, number], k: number) =>
      range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
    const outputMap = (3 + 4 + 3) * cells;
    let spread = 0;
    for (let row = 0; row < resolution; row++) {
      for (let column = 0; column < resolution; column++) {
        const cell = row * resolution + column;
        const x1 = at(ranges[0], column);
        const x2 = at(ranges[1], row);
        inputs.forEach((feature, k) => {
          expect(maps[k * cells + cell]).toBe(Math.fround(featureValue(feature, x1, x2)));
        });
        const features = Float64Array.from(inputs, (f) => featureValue(f, x1, x2));
        const predicted = run.built.model.predict(features)[0]!;
        expect(maps[outputMap + cell]).toBe(Math.fround(predicted));
        spread = Math.max(spread, Math.abs(predicted - maps[outputMap]!));
      }
    }
    // The output varies over the plane: the comparison is not between constants.
    expect(spread).toBeGreaterThan(0.05);
  });

  it('the boundary classifies each cell by the prediction on its features', () => {
    const inputs: InputFeature[] = ['x1^2', 'x2^2'];
    const run = trained({ hidden: [], inputs, epochs: 80 });
    run.built.trainer.runEpochs(60);
    const { answer } = boundaryAnswer(run, { runId: 'fit', resolution: 16 });
    const { resolution, ranges, classes } = answer;
    const at = (range: readonly [number, number], k: number) =>
      range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
    let inside = 0;
    for (let row = 0; row < resolution; row++) {
      for (let column = 0; column < resolution; column++) {
        const x1 = at(ranges[0], column);
        const x2 = at(ranges[1], row);
        const p = run.built.model.predict(new Float64Array([x1 * x1, x2 * x2]))[0]!;
        expect(classes[row * resolution + column]).toBe(p > 0.5 ? 1 : 0);
        if (p > 0.5) inside++;
      }
    }
    // A disc in the middle: some cells inside, most outside, the centre inside.
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan((resolution * resolution) / 2);
    // The points come back in the plane's units (two coordinates each), not as features.
    const plane = run.built.plane!;
    expect(answer.points).toEqual(
      Float64Array.from([...plane.train.inputs, ...plane.validation!.inputs]),
    );
  });

  it("a model file of the run names the run's features and predicts as the run does", () => {
    const inputs: InputFeature[] = ['x1*x2', 'x2^2', 'sin(x1)'];
    const run = trained({ hidden: [5], inputs });
    const { model } = fitModelAnswer(run);
    expect(model.features).toEqual(inputs);
    const points = [
      [0.5, -2],
      [3, 1],
      [-4, -4],
    ];
    const predicted = predictPoints(model, points);
    points.forEach(([x1, x2], k) => {
      const p = run.built.model.predict(
        Float64Array.from(inputs, (f) => featureValue(f, x1!, x2!)),
      )[0]!;
      expect(predicted[k]).toEqual({
        kind: 'class',
        classIndex: p > 0.5 ? 1 : 0,
        probabilities: [1 - p, p],
      });
    });
  });
});

describe('any inputs list the settings allow', () => {
  const valid = fc.shuffledSubarray([...inputFeatureNames], { minLength: 1 });

  it('builds and trains one epoch, and the network takes one input per feature', () => {
    fc.assert(
      fc.property(
        valid,
        fc.constantFrom('circle', 'xor', 'spiral3', 'devices'),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
        (inputs, dataset, hidden) => {
          const config = circle({ inputs, dataset, hidden, datasetSize: 40, epochs: 1 });
          const built = buildRun(config);
          expect(built.model.layers[0]!.inputSize).toBe(inputs.length);
          const summary = built.trainer.runEpochs(1)!;
          expect(Number.isFinite(summary.trainLoss)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the article model ignores them (its neuron takes the plain pair)', () => {
    const built = buildRun({ ...DEFAULT_RUN_CONFIG, inputs: ['sin(x1)'] });
    expect(built.model.layers[0]!.inputSize).toBe(2);
    expect(built.inputFeatures).toBeUndefined();
  });

  it('refuses any other list with a message naming the setting', () => {
    const name = fc.oneof(
      fc.constantFrom(...inputFeatureNames),
      fc.string({ maxLength: 8 }),
      fc.constantFrom(1, null, undefined, {}, ['x1']),
    );
    const invalid = fc
      .oneof(fc.array(name, { maxLength: 10 }), fc.constantFrom('x1,x2', 'x1', null, 2, {}))
      .filter(
        (value) =>
          !(
            Array.isArray(value) &&
            value.length >= 1 &&
            value.length <= inputFeatureNames.length &&
            new Set(value).size === value.length &&
            value.every((v) => (inputFeatureNames as readonly unknown[]).includes(v))
          ),
      );
    fc.assert(
      fc.property(invalid, (inputs) => {
        const config = circle({ inputs: inputs as unknown as InputFeature[] });
        expect(() => checkRunConfig(config)).toThrow(/^input features must be a list of 1 to 7/);
        expect(() => buildRun(config)).toThrow(RangeError);
      }),
      { numRuns: 200 },
    );
  });
});
