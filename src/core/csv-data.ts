/**
 * Reads a learner's CSV into a TableData, strictly. The format: three columns `x1,x2,label`,
 * an optional header line, at most 5,000 rows. The label is a class index 0–4
 * (classification) or any real number (regression); which one is detected, or can be fixed
 * by the caller. Blank lines and lines starting with `#` are skipped.
 *
 * A file is either taken whole or refused with the list of its problems, each with its line
 * number and reason, so a bad file can never half-replace the data the learner had.
 */
import { MAX_TABLE_CLASSES, type TableData, type TaskKind } from './table-data';

export const MAX_CSV_ROWS = 5_000;
/** Generous for 5,000 rows of full-precision numbers; anything larger is refused unread. */
export const MAX_CSV_BYTES = 1_000_000;
/** A bad file is reported by its first problems; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 20;

const COLUMNS = ['x1', 'x2', 'label'] as const;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;
/**
 * Where the first character that no CSV text holds sits: a control character other than
 * tab, line feed and carriage return, or U+FFFD (what bytes that are not UTF-8 decode to).
 * Returns −1 when there is none.
 */
function firstNonText(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (control || code === 0xfffd) return k;
  }
  return -1;
}

export interface CsvProblem {
  /** The 1-based line of the file, or null for a problem of the whole file. */
  readonly line: number | null;
  /** The reason, in words, with the line number when there is one. */
  readonly message: string;
}

export type CsvResult =
  | { readonly ok: true; readonly data: TableData; readonly hasHeader: boolean }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

export interface CsvOptions {
  /** Fix the task instead of detecting it from the labels. */
  readonly task?: TaskKind;
}

/** 5001 → "5,001". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The problem of a file of `size` bytes over the limit (for a caller that knows the size unread). */
export function tooLarge(size: number): CsvProblem {
  return {
    line: null,
    message: `the file is ${megabytes(size)}; a CSV may be at most ${megabytes(MAX_CSV_BYTES)} (${formatCount(MAX_CSV_ROWS)} rows)`,
  };
}

/**
 * Checks raw bytes before they are decoded: the size (so a 50 MB file is refused without
 * being read as text) and a NUL byte, which no CSV text holds but nearly every binary does.
 */
export function checkCsvBytes(bytes: Uint8Array): CsvProblem | null {
  if (bytes.length === 0) return { line: null, message: 'the file is empty' };
  if (bytes.length > MAX_CSV_BYTES) return tooLarge(bytes.length);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { line: null, message: `this is a binary file, not CSV text (a zero byte at ${nul})` };
  }
  return null;
}

/** A number written in decimal; anything else is described as a problem. */
function readNumber(text: string, column: string): { value: number } | { problem: string } {
  const field = unquote(text);
  if (field === '') return { problem: `${column} is empty` };
  if (NOT_FINITE.test(field)) {
    return { problem: `${column} is ${field}; every value must be a finite number` };
  }
  if (!DECIMAL.test(field)) return { problem: `${column} '${shorten(field)}' is not a number` };
  const value = Number(field);
  if (!Number.isFinite(value)) return { problem: `${column} '${shorten(field)}' is too large` };
  return { value };
}

function unquote(field: string): string {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

function looksNumeric(field: string): boolean {
  const value = unquote(field);
  return DECIMAL.test(value) || NOT_FINITE.test(value);
}

function valuesWord(count: number): string {
  return count === 1 ? '1 value' : `${count} values`;
}

/** Collects problems, keeping the first MAX_REPORTED_PROBLEMS and counting the rest. */
class ProblemList {
  readonly kept: CsvProblem[] = [];
  private dropped = 0;

  add(line: number | null, reason: string): void {
    if (this.kept.length < MAX_REPORTED_PROBLEMS) {
      this.kept.push({ line, message: line === null ? reason : `line ${line}: ${reason}` });
    } else {
      this.dropped++;
    }
  }

  get any(): boolean {
    return this.kept.length > 0;
  }

  result(): CsvProblem[] {
    if (this.dropped === 0) return this.kept;
    const more =
      this.dropped === 1 ? '1 more problem' : `${formatCount(this.dropped)} more problems`;
    return [...this.kept, { line: null, message: `… and ${more}` }];
  }
}

interface Row {
  readonly line: number;
  readonly x1: number;
  readonly x2: number;
  readonly label: number;
}

/** Parses CSV text (already decoded). Returns the table, or every problem found. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  const problems = new ProblemList();
  const whole = wholeFileProblem(text);
  if (whole !== null) return { ok: false, problems: [whole] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let header: string[] | null = null;
  let seenContent = false;
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const content = (lines[i] as string).trim();
    if (content === '' || content.startsWith('#')) continue;
    const fields = content.split(',');
    if (!seenContent) {
      seenContent = true;
      if (!fields.some(looksNumeric)) {
        header = fields.map(unquote);
        if (fields.length !== COLUMNS.length) {
          problems.add(line, `the header has ${fields.length} names, expected 3 (x1,x2,label)`);
        }
        continue;
      }
    }
    if (rows.length === MAX_CSV_ROWS) {
      problems.add(
        line,
        `row ${formatCount(MAX_CSV_ROWS + 1)}: more than ${formatCount(MAX_CSV_ROWS)} rows`,
      );
      break;
    }
    const row = readRow(fields, line, problems);
    if (row !== null) rows.push(row);
  }
  if (!problems.any && rows.length === 0) {
    problems.add(
      null,
      header === null ? 'the file has no rows' : 'the file has a header but no rows',
    );
  }
  const task = problems.any ? 'classification' : (options.task ?? detectTask(rows));
  if (!problems.any) checkLabels(rows, task, problems);
  if (problems.any) return { ok: false, problems: problems.result() };
  return { ok: true, data: toTable(rows, task, header), hasHeader: header !== null };
}

function wholeFileProblem(text: string): CsvProblem | null {
  if (text.length > MAX_CSV_BYTES) return tooLarge(text.length);
  if (text.trim() === '') return { line: null, message: 'the file is empty' };
  const odd = firstNonText(text);
  if (odd !== -1) {
    const line = text.slice(0, odd).split(/\r\n|\n|\r/).length;
    return {
      line,
      message: `line ${line}: a control character or invalid text; this does not look like a CSV text file`,
    };
  }
  return null;
}

/** One data line as a Row, or null after reporting what is wrong with it. */
function readRow(fields: string[], line: number, problems: ProblemList): Row | null {
  if (fields.length !== COLUMNS.length) {
    problems.add(line, `${valuesWord(fields.length)}, expected 3 (x1,x2,label)`);
    return null;
  }
  const values: number[] = [];
  let bad = false;
  fields.forEach((field, c) => {
    const read = readNumber(field, COLUMNS[c] as string);
    if ('problem' in read) {
      problems.add(line, read.problem);
      bad = true;
    } else {
      values.push(read.value);
    }
  });
  if (bad) return null;
  const [x1, x2, label] = values as [number, number, number];
  return { line, x1, x2, label };
}

function isClassIndex(label: number): boolean {
  return Number.isInteger(label) && label >= 0 && label < MAX_TABLE_CLASSES;
}

/** Classification when every label is a class index 0–4; regression otherwise. */
function detectTask(rows: readonly Row[]): TaskKind {
  return rows.every((row) => isClassIndex(row.label)) ? 'classification' : 'regression';
}

function checkLabels(rows: readonly Row[], task: TaskKind, problems: ProblemList): void {
  if (task === 'regression') return;
  for (const row of rows) {
    if (!isClassIndex(row.label)) {
      problems.add(
        row.line,
        `label '${row.label}' is not a class index (a whole number from 0 to ${MAX_TABLE_CLASSES - 1})`,
      );
    }
  }
  if (problems.any) return;
  const classes = new Set(rows.map((row) => row.label));
  if (classes.size < 2) {
    const only = rows[0]?.label ?? 0;
    problems.add(
      null,
      `every row has label ${only}; a classifier needs at least two classes (or use regression)`,
    );
  }
}

function toTable(rows: readonly Row[], task: TaskKind, header: string[] | null): TableData {
  const inputs = new Float64Array(rows.length * 2);
  const labels = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    inputs[2 * r] = row.x1;
    inputs[2 * r + 1] = row.x2;
    labels[r] = row.label;
  });
  const name = (index: number): string => {
    const given = header?.[index];
    return given === undefined || given === '' ? (COLUMNS[index] as string) : given;
  };
  return {
    task,
    featureNames: [name(0), name(1)],
    labelName: name(2),
    size: rows.length,
    inputs,
    labels,
    classNames:
      task === 'classification'
        ? Array.from({ length: MAX_TABLE_CLASSES }, (_, k) => `class ${k}`)
        : [],
  };
}

export type PointsResult =
  | { readonly ok: true; readonly points: readonly (readonly number[])[] }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/**
 * Points to predict: one per line, the first `width` numbers of each line (a label column
 * after them is ignored); a first line without numbers is a header. Same size limits.
 */
export function parsePoints(text: string, width: number): PointsResult {
  const problems = new ProblemList();
  if (text.length > MAX_CSV_BYTES) return { ok: false, problems: [tooLarge(text.length)] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const points: number[][] = [];
  let seenContent = false;
  lines.forEach((raw, i) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const fields = content.split(',');
    const first = !seenContent;
    seenContent = true;
    if (first && !fields.some(looksNumeric)) return;
    if (fields.length < width) {
      problems.add(i + 1, `${valuesWord(fields.length)}, expected at least ${width}`);
      return;
    }
    const point: number[] = [];
    for (let c = 0; c < width; c++) {
      const read = readNumber(fields[c] as string, COLUMNS[c] ?? `column ${c + 1}`);
      if ('problem' in read) {
        problems.add(i + 1, read.problem);
        return;
      }
      point.push(read.value);
    }
    points.push(point);
  });
  if (points.length > MAX_CSV_ROWS) {
    const message = `${formatCount(points.length)} points; at most ${formatCount(MAX_CSV_ROWS)} at a time`;
    return { ok: false, problems: [{ line: null, message }] };
  }
  return problems.any ? { ok: false, problems: problems.result() } : { ok: true, points };
}
