/**
 * A run's per-epoch history as rows, CSV and JSON. Each metric is its own bounded series (old
 * epochs may be decimated differently per metric), so rows are joined on the epoch number and
 * a metric with no point at an epoch is left empty rather than guessed.
 *
 * The worker's full history (engine/full-history.ts) has every epoch: it is written with the
 * same columns and the same text, in parts (a Blob takes them as they are), since ten million
 * epochs make a text longer than one string can be.
 */
import { fullHistoryValue, type FullHistory } from '../../engine/full-history';
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
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\n')}\n`;
}

function csvLine(row: HistoryRow): string {
  return HISTORY_COLUMNS.map((column) => cell(row[column])).join(',');
}

/** Epoch `epoch` of a full history as an export row (every metric has a value). */
export function fullHistoryRow(history: FullHistory, epoch: number): HistoryRow {
  const row: Record<string, number> = { epoch };
  for (const name of seriesNames) row[name] = fullHistoryValue(history, name, epoch);
  return row as HistoryRow;
}

/** Rows per part of a full export: big enough to be cheap, small enough to build at once. */
export const EXPORT_PART_ROWS = 4096;

/** Parts of a full history's export, each built from `EXPORT_PART_ROWS` epochs. */
function* fullHistoryParts(
  history: FullHistory,
  line: (row: HistoryRow) => string,
  separator: string,
): Generator<string> {
  for (let from = 0; from < history.epochs; from += EXPORT_PART_ROWS) {
    const to = Math.min(history.epochs, from + EXPORT_PART_ROWS);
    const lines: string[] = [];
    for (let epoch = from; epoch < to; epoch++) lines.push(line(fullHistoryRow(history, epoch)));
    yield (from === 0 ? '' : separator) + lines.join(separator);
  }
}

/** Every epoch as CSV, in parts whose concatenation is what `historyToCsv` writes. */
export function fullHistoryCsvParts(history: FullHistory): string[] {
  const parts = [`${HISTORY_COLUMNS.join(',')}\n`];
  for (const part of fullHistoryParts(history, csvLine, '\n')) parts.push(part);
  if (history.epochs > 0) parts.push('\n');
  return parts;
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

export interface HistoryMeta {
  readonly runId: string;
  readonly settings: unknown;
  readonly divergedAt?: number | null;
}

function jsonRow(row: HistoryRow): Readonly<Record<string, number | string | null>> {
  return Object.fromEntries(HISTORY_COLUMNS.map((column) => [column, jsonNumber(row[column])]));
}

/** The document around its rows (any rows: the full export puts a placeholder there). */
function jsonDocument<Row>(
  meta: HistoryMeta,
  rows: readonly Row[],
): Omit<HistoryDocument, 'rows'> & { readonly rows: readonly Row[] } {
  return {
    runId: meta.runId,
    settings: meta.settings,
    divergedAt: meta.divergedAt ?? null,
    columns: HISTORY_COLUMNS,
    rows,
  };
}

export function historyToJson(rows: readonly HistoryRow[], meta: HistoryMeta): string {
  return `${JSON.stringify(jsonDocument(meta, rows.map(jsonRow)), null, 2)}\n`;
}

/** A row as it sits inside the document's "rows" array (two levels deep). */
function indentedJsonRow(row: HistoryRow): string {
  return JSON.stringify(jsonRow(row), null, 2).replace(/^/gm, '    ');
}

/** Every epoch as JSON, in parts whose concatenation is what `historyToJson` writes. */
export function fullHistoryJsonParts(history: FullHistory, meta: HistoryMeta): string[] {
  if (history.epochs === 0) return [historyToJson([], meta)];
  // The document with one placeholder row, split where the rows go.
  const placeholder = 'rows go here';
  const skeleton = JSON.stringify(jsonDocument(meta, [placeholder]), null, 2);
  const written = `    ${JSON.stringify(placeholder)}`;
  const at = skeleton.lastIndexOf(written);
  const parts = [skeleton.slice(0, at)];
  for (const part of fullHistoryParts(history, indentedJsonRow, ',\n')) parts.push(part);
  parts.push(`${skeleton.slice(at + written.length)}\n`);
  return parts;
}
