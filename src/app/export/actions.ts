/**
 * What the shell's Export menu does: the main run's every epoch as CSV or JSON, the first chart
 * of a lesson as PNG, and the overfitting lab's trained network as a model file, a Python
 * script or a JavaScript module. Loaded on first use, so none of it weighs on the first screen.
 */
import { modelSource } from '../../core/model-codegen';
import type { FullHistory } from '../../engine/full-history';
import { modelToJson } from '../../core/model-export';
import { FIT_RUN } from '../../lessons/overfitting/presets';
import { requestFromEngine } from '../../store/commands';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { downloadBlob } from '../../ui/export/download';
import { fullHistoryCsvParts, fullHistoryJsonParts } from '../../ui/export/history';
import { chartToPng, findChart } from '../../ui/export/png';
import type { LessonId } from '../lessons';
import { MAIN_RUN } from '../main-run';

export type ExportResult =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'no-chart' }
  | { readonly ok: false; readonly reason: 'no-model' }
  | { readonly ok: false; readonly reason: 'no-full-history' }
  | { readonly ok: false; readonly reason: 'error'; readonly message: string };

/**
 * Every epoch of the main run, as the worker kept it (the 'full-history' request), written as
 * CSV or JSON: the page's own history is thinned for the charts and is never written instead.
 */
export async function exportMainHistory(format: 'csv' | 'json'): Promise<ExportResult> {
  const run = useRuns.getState().runs[MAIN_RUN];
  if (run === undefined || run.counters.epoch === 0) return { ok: false, reason: 'empty' };
  let history: FullHistory | null;
  try {
    ({ history } = await requestFromEngine('full-history', { runId: MAIN_RUN }));
  } catch (error) {
    return { ok: false, reason: 'error', message: (error as Error).message };
  }
  if (history === null) return { ok: false, reason: 'no-full-history' };
  if (history.epochs === 0) return { ok: false, reason: 'empty' };
  const file = `training-loop-lab-${MAIN_RUN}-epoch-${history.epochs}.${format}`;
  const blob =
    format === 'csv'
      ? new Blob(fullHistoryCsvParts(history), { type: 'text/csv;charset=utf-8' })
      : new Blob(
          fullHistoryJsonParts(history, {
            runId: MAIN_RUN,
            settings: useConfig.getState().run,
            divergedAt: useRuns.getState().runs[MAIN_RUN]?.milestones?.divergedAt ?? null,
          }),
          { type: 'application/json' },
        );
  downloadBlob(blob, file);
  return { ok: true, file };
}

export async function exportLessonChart(lesson: LessonId): Promise<ExportResult> {
  const section = document.getElementById(lesson);
  const chart = section === null ? null : findChart(section);
  if (chart === null) return { ok: false, reason: 'no-chart' };
  try {
    const file = `training-loop-lab-${lesson}.png`;
    downloadBlob(await chartToPng(chart), file);
    return { ok: true, file };
  } catch (error) {
    return { ok: false, reason: 'error', message: (error as Error).message };
  }
}

export type ModelFormat = 'model-json' | 'model-python' | 'model-js';

const MODEL_FILES: Readonly<Record<ModelFormat, { file: string; type: string }>> = {
  'model-json': { file: 'training-loop-lab-model.json', type: 'application/json' },
  'model-python': { file: 'model.py', type: 'text/x-python;charset=utf-8' },
  'model-js': { file: 'model.mjs', type: 'text/javascript;charset=utf-8' },
};

/**
 * The overfitting lab's network as the worker holds it now (the 'fit-model' request), written
 * as a model file or as code that predicts with those exact weights (core/model-codegen.ts).
 * Nothing to export until the lab's network has trained at least one epoch.
 */
export async function exportFitModel(format: ModelFormat): Promise<ExportResult> {
  const run = useRuns.getState().runs[FIT_RUN];
  if (run === undefined || run.counters.epoch === 0) return { ok: false, reason: 'no-model' };
  try {
    const { model } = await requestFromEngine('fit-model', { runId: FIT_RUN });
    const text =
      format === 'model-json'
        ? modelToJson(model)
        : modelSource(model, format === 'model-python' ? 'python' : 'js');
    const { file, type } = MODEL_FILES[format];
    downloadBlob(new Blob([text], { type }), file);
    return { ok: true, file };
  } catch (error) {
    return { ok: false, reason: 'error', message: (error as Error).message };
  }
}
