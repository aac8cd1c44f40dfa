/**
 * What the shell's Export menu does: the main run's history as CSV or JSON, and the first chart
 * of a lesson as PNG. Loaded on first use, so none of it weighs on the first screen.
 */
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { downloadBlob } from '../../ui/export/download';
import { historyRows, historyToCsv, historyToJson } from '../../ui/export/history';
import { chartToPng, findChart } from '../../ui/export/png';
import type { LessonId } from '../lessons';
import { MAIN_RUN } from '../main-run';

export type ExportResult =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'no-chart' }
  | { readonly ok: false; readonly reason: 'error'; readonly message: string };

export function exportMainHistory(format: 'csv' | 'json'): ExportResult {
  const run = useRuns.getState().runs[MAIN_RUN];
  const rows = run === undefined ? [] : historyRows(run.series);
  if (run === undefined || rows.length === 0) return { ok: false, reason: 'empty' };
  const file = `training-loop-lab-${MAIN_RUN}-epoch-${run.counters.epoch}.${format}`;
  const blob =
    format === 'csv'
      ? new Blob([historyToCsv(rows)], { type: 'text/csv;charset=utf-8' })
      : new Blob(
          [
            historyToJson(rows, {
              runId: MAIN_RUN,
              settings: useConfig.getState().run,
              divergedAt: run.milestones?.divergedAt ?? null,
            }),
          ],
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
