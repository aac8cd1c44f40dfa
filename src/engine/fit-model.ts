/**
 * The 'fit-model' request: a run's trained network as a model file (core/model-export.ts),
 * so the page can save the weights the worker really trained, with the standardisation and
 * class names needed to use them outside the lab.
 */
import type { Dataset } from '../core/dataset';
import { classCount } from '../core/datasets';
import { PLAIN_FEATURES, type InputFeature } from '../core/features';
import { exportModel, type ExportDescription } from '../core/model-export';
import { noStandardisation } from '../core/table-data';
import type { AnswerOf } from './request-protocol';
import type { EngineRun } from './run';
import type { BuiltTableRun } from './table-run';

export function fitModelAnswer(run: EngineRun): AnswerOf<'fit-model'> {
  const { model } = run.built;
  if (run.config.model !== 'mlp' || plane(run).inputSize !== 2) {
    throw new RangeError('only a network on two inputs can be exported as a model');
  }
  return {
    runId: run.id,
    epoch: run.built.trainer.epoch,
    model: exportModel(model, describe(run)),
  };
}

/** The run's 2-D training set (before its input features were computed). */
function plane(run: EngineRun): Dataset {
  return run.built.plane?.train ?? run.built.train;
}

/** What the network was really fed: a model file must compute the same from a point. */
function features(run: EngineRun): readonly InputFeature[] {
  return run.built.inputFeatures ?? PLAIN_FEATURES;
}

function describe(run: EngineRun): ExportDescription {
  if (run.table !== null && 'prepared' in run.built) {
    const { prepared } = run.built as BuiltTableRun;
    const table = run.table.data;
    return {
      task: table.task,
      data: run.table.name,
      inputNames: table.featureNames,
      inputScale: prepared.inputScale,
      features: features(run),
      classes: prepared.dataset.classNames,
      targetScale: prepared.targetScale,
    };
  }
  const data = plane(run);
  return {
    task: 'classification',
    data: run.config.dataset,
    inputNames: data.featureNames,
    inputScale: noStandardisation(data.inputSize),
    features: features(run),
    classes: Array.from({ length: classCount(data) }, (_, k) => data.classNames[k] ?? `class ${k}`),
    targetScale: null,
  };
}
