// @vitest-environment node
/**
 * The overfitting lab's presets and fixes, measured on seeded engine runs: each preset must
 * behave as its name says, and each fix must improve on the overfit preset. The figures are
 * printed so they can be quoted.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/trainer';
import { buildRun } from '../../src/engine/build';
import type { RunConfig } from '../../src/engine/protocol';
import {
  BATCH_RUNS,
  batchRunConfig,
  fixNames,
  presets,
  suggestedFix,
  withFix,
} from '../../src/lessons/overfitting/presets';

interface Trace {
  readonly train: number[];
  readonly validation: number[];
  readonly params: Float64Array[];
  readonly status: string;
  /** Validation loss of the weights the run ends with. */
  readonly finalWeightsValidation: number;
  readonly finalParams: Float64Array;
  readonly updatesPerEpoch: number;
}

function trace(config: RunConfig): Trace {
  const built = buildRun(config);
  const train: number[] = [];
  const validation: number[] = [];
  const params: Float64Array[] = [];
  let updates = 0;
  built.trainer.runEpochs(config.epochs, (summary) => {
    train.push(summary.trainLoss);
    validation.push(summary.validationLoss);
    params.push(Float64Array.from(built.model.params));
    if (summary.epoch === 0) updates = summary.updates;
  });
  if (built.validation === null) throw new Error('the lab always holds out a validation set');
  return {
    train,
    validation,
    params,
    status: built.trainer.status,
    finalWeightsValidation: evaluate(built.model, built.validation, built.loss).loss,
    finalParams: Float64Array.from(built.model.params),
    updatesPerEpoch: updates,
  };
}

const last = (values: readonly number[]) => values[values.length - 1] as number;
const argmin = (values: readonly number[]) =>
  values.reduce((best, v, i) => (v < (values[best] as number) ? i : best), 0);
const f = (v: number) => v.toFixed(4);

const overfit = trace(presets.overfit);

describe('presets behave as named', () => {
  it('underfit: both losses stay near the coin-toss loss ln 2', () => {
    const run = trace(presets.underfit);
    console.log(
      `underfit: train ${f(run.train[0] as number)} → ${f(last(run.train))}, ` +
        `validation ${f(run.validation[0] as number)} → ${f(last(run.validation))} (ln 2 = 0.6931)`,
    );
    expect(last(run.train)).toBeGreaterThan(0.6);
    expect(last(run.validation)).toBeGreaterThan(0.6);
    expect(Math.min(...run.train)).toBeGreaterThan(0.6);
  });

  it('overfit: validation loss climbs well above its minimum while training loss keeps falling', () => {
    const best = argmin(overfit.validation);
    const minimum = overfit.validation[best] as number;
    console.log(
      `overfit: validation min ${f(minimum)} at epoch ${best}, final ${f(last(overfit.validation))} ` +
        `(×${(last(overfit.validation) / minimum).toFixed(2)}); ` +
        `train ${f(overfit.train[best] as number)} at that epoch → ${f(last(overfit.train))}`,
    );
    expect(best).toBeGreaterThan(5);
    expect(last(overfit.validation)).toBeGreaterThanOrEqual(1.3 * minimum);
    expect(last(overfit.train)).toBeLessThan(overfit.train[best] as number);
    expect(last(overfit.train)).toBeLessThan(0.05);
  });

  it('just right: validation ends close to training and near its own minimum', () => {
    const run = trace(presets['just-right']);
    const minimum = Math.min(...run.validation);
    console.log(
      `just right: train ${f(last(run.train))}, validation ${f(last(run.validation))} ` +
        `(min ${f(minimum)})`,
    );
    expect(Math.abs(last(run.validation) - last(run.train))).toBeLessThan(0.1);
    expect(last(run.validation)).toBeLessThan(1.1 * minimum);
    expect(last(run.validation)).toBeLessThan(
      0.5 * Math.min(...trace(presets.underfit).validation),
    );
  });
});

describe('each fix lowers the final validation loss of the overfit preset', () => {
  const baseline = last(overfit.validation);

  it.each(fixNames.filter((fix) => fix !== 'earlyStopping'))('%s', (fix) => {
    const run = trace(withFix(fix));
    console.log(
      `fix ${fix} = ${suggestedFix[fix]}: final validation ${f(baseline)} → ${f(last(run.validation))}, ` +
        `final train ${f(last(overfit.train))} → ${f(last(run.train))}`,
    );
    expect(last(run.validation)).toBeLessThan(0.75 * baseline);
  });

  it('earlyStopping: stops early and ends with the weights of its best validation epoch', () => {
    const run = trace(withFix('earlyStopping'));
    const best = argmin(run.validation);
    console.log(
      `fix earlyStopping patience ${suggestedFix.earlyStopping}: stopped after ${run.validation.length} ` +
        `of ${presets.overfit.epochs} epochs, kept epoch ${best}; validation of the kept weights ` +
        `${f(run.finalWeightsValidation)} (overfit preset ends at ${f(baseline)})`,
    );
    expect(run.status).toBe('early-stopped');
    expect(run.validation.length).toBeLessThan(presets.overfit.epochs);
    expect(run.validation.length - 1 - best).toBe(suggestedFix.earlyStopping);
    expect(Array.from(run.finalParams)).toEqual(Array.from(run.params[best] as Float64Array));
    expect(run.finalWeightsValidation).toBeCloseTo(run.validation[best] as number, 12);
    expect(run.finalWeightsValidation).toBeLessThan(0.75 * baseline);
  });
});

describe('learner-added points', () => {
  it('a point that contradicts the pattern raises the training-loss floor', () => {
    // The circle's centre is "inside"; this point says "outside".
    const run = trace({ ...presets.overfit, extraPoints: [[0, 0, 0]] });
    console.log(
      `contradicting point: final train ${f(last(overfit.train))} → ${f(last(run.train))}`,
    );
    expect(last(run.train)).toBeGreaterThan(3 * last(overfit.train));
  });
});

describe('batch-size comparison runs', () => {
  it('make ⌈n / batch⌉ updates per epoch, one for the whole set', () => {
    const [one, sixteen, all] = BATCH_RUNS.map((id) => trace(batchRunConfig(presets.overfit, id)));
    for (const [name, run] of [
      ['1', one],
      ['16', sixteen],
      ['all', all],
    ] as const) {
      const best = argmin(run!.validation);
      console.log(
        `batch ${name}: ${run!.updatesPerEpoch} updates/epoch, best validation ` +
          `${f(run!.validation[best] as number)} at epoch ${best}, final ${f(last(run!.validation))}`,
      );
    }
    expect(one!.updatesPerEpoch).toBe(30);
    expect(sixteen!.updatesPerEpoch).toBe(2);
    expect(all!.updatesPerEpoch).toBe(1);
  });
});
