/**
 * The chosen model's run as the step-by-step lessons see it: its settings and parameters now,
 * and the detail of the last stage — but only while that detail is current. After playing,
 * the last detail describes an older state of the run, so it is dropped until the next step.
 */
import type { RunConfig, StepDetail } from '../../engine/protocol';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { paramCount } from '../../ui/network';
import { useLessonModel, useLessonRun, type LessonModel } from './lesson-model';
import { modelInfo, type ModelInfo } from './model-info';

export interface StepView {
  readonly model: LessonModel;
  readonly runId: string;
  readonly config: RunConfig;
  readonly info: ModelInfo;
  /** [inputs, layer 1, …, outputs]. */
  readonly layerSizes: readonly number[];
  /** The parameters now. */
  readonly params: Float64Array;
  /** The last stage's detail; null when no stage has run since the run was built or played. */
  readonly detail: StepDetail | null;
  /** The sample the last stage worked on (or, before any, the next one); null after playing. */
  readonly input: Float64Array | null;
  readonly target: Float64Array | null;
}

function isCurrent(detail: StepDetail, counters: StepDetail['counters']): boolean {
  return detail.counters.updates === counters.updates && detail.counters.epoch === counters.epoch;
}

/** Null until the engine has described the run (or while its shape is changing). */
export function useStepView(): StepView | null {
  const { model, runId } = useLessonRun();
  const mainConfig = useConfig((state) => state.run);
  const threeConfig = useLessonModel((state) => state.threeConfig);
  const detail = useRuns((state) => state.steps[runId] ?? null);
  const run = useRuns((state) => state.runs[runId] ?? null);
  if (detail === null || run === null) return null;
  const layerSizes = detail.activations.map((layer) => layer.length);
  // A new shape whose detail has not arrived yet: draw nothing rather than mix the two.
  if (paramCount(layerSizes) !== run.params.length) return null;
  const config = model === 'article' ? mainConfig : threeConfig;
  const current = isCurrent(detail, run.counters);
  return {
    model,
    runId,
    config,
    info: modelInfo(config, layerSizes),
    layerSizes,
    params: run.params,
    detail: current && detail.idle !== true ? detail : null,
    input: current ? detail.input : null,
    target: current ? detail.target : null,
  };
}
