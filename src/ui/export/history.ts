/**
 * A run's per-epoch history as rows, CSV and JSON. Each metric is its own bounded series (old
 * epochs may be decimated differently per metric), so rows are joined on the epoch number and
 * a metric with no point at an epoch is left empty rather than guessed.
 */
import type { BoundedSeries } from '../../store/history';
import { seriesNames, type SeriesName } from '../../store/runs';

export const HISTORY_COLUMNS: readonly ['epoch', ...SeriesName[]] = ['epoch', ...seriesNames];

/** `null` = no value recorded for that epoch; NaN and infinities are kept (a diverged run). */
export type HistoryRow = { readonly epoch: number } & Readonly<Record<SeriesName, number | null>>;

export function historyRows(series: Readonly<Record<SeriesName, BoundedSeries>>): HistoryRow[] {
  const byEpoch = new Map<number, Record<string, number | null>>();
  for (const name of seriesNames) {
    const { x, y } = series[name].points();
    for (let i = 0; i < x.length; i++) {
      const epoch = x[i] as number;
      let row = byEpoch.get(epoch);
      if (row === undefined) {
        row = { epoch };
        for (const other of seriesNames) row[other] = null;
        byEpoch.set(epoch, row);
      }
      row[name] = y[i] as number;
    }
  }
  return [...byEpoch.values()]
    .sort((a, b) => (a.epoch as number) - (b.epoch as number))
    .map((row) => row as HistoryRow);
}

/** Full precision (`String(n)` reads back as the same double); empty cell for no value. */
function cell(value: number | null): string {
  return value === null ? '' : String(value);
}

export function historyToCsv(rows: readonly HistoryRow[]): string {
  const lines = [HISTORY_COLUMNS.join(',')];
  for (const row of rows) lines.push(HISTORY_COLUMNS.map((column) => cell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON has no NaN or Infinity: those are written as the strings "NaN", "Infinity", "-Infinity". */
function jsonNumber(value: number | null): number | string | null {
  return value === null || Number.isFinite(value) ? value : String(value);
}

export interface HistoryDocument {
  readonly runId: string;
  /** The settings that reproduce the run (the lab's RunConfig). */
  readonly settings: unknown;
  /** The epoch the run diverged by the lab's rule (core/divergence.ts), or null. */
  readonly divergedAt: number | null;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, number | string | null>>[];
}

export function historyToJson(
  rows: readonly HistoryRow[],
  meta: { readonly runId: string; readonly settings: unknown; readonly divergedAt?: number | null },
): string {
  const document: HistoryDocument = {
    runId: meta.runId,
    settings: meta.settings,
    divergedAt: meta.divergedAt ?? null,
    columns: HISTORY_COLUMNS,
    rows: rows.map((row) =>
      Object.fromEntries(HISTORY_COLUMNS.map((column) => [column, jsonNumber(row[column])])),
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
