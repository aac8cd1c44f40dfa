/**
 * "Export lab" and "Import lab": the overfitting lab's settings and data as one JSON file.
 * The data's rows are written in full, with the SHA-256 of their canonical CSV text, so a
 * file read back restores exactly what was exported, and one edited by hand or cut short is
 * refused with the reason rather than half-applied.
 */
import { MAX_CSV_ROWS } from '../../core/csv-data';
import { MAX_TABLE_CLASSES, tableClassCount, type TableData } from '../../core/table-data';
import type { PenguinMeasurement } from '../../core/penguins';
import type { RunConfig } from '../../engine/protocol';
import { PLAIN_FEATURES } from '../../core/features';
import { runKeys, runSettingsProblem } from '../../store/config-schema';
import { fitsFitLab, MAX_ADDED_POINTS } from '../../settings/fit';
import type { ImportedData, Point } from './fit-store';
import { importedPointFits } from './lab-data';

export const LAB_FORMAT = 'training-loop-lab-lab';
export const LAB_VERSION = 1;
const PENGUIN_NAMES: readonly string[] = [
  'beak_length',
  'beak_depth',
  'flipper_length',
  'body_mass',
] satisfies readonly PenguinMeasurement[];

export interface LabState {
  readonly config: RunConfig;
  readonly imported: ImportedData | null;
  readonly importedPoints: readonly Point[];
}

type Row = readonly [number, number, number];

interface LabFileData {
  readonly name: string;
  readonly task: TableData['task'];
  readonly featureNames: readonly string[];
  readonly labelName: string;
  readonly classNames: readonly string[];
  readonly penguins: readonly [PenguinMeasurement, PenguinMeasurement] | null;
  readonly sha256: string;
  readonly rows: readonly Row[];
  readonly added: readonly Row[];
}

export class LabFileError extends Error {}

function rowsOf(table: TableData): Row[] {
  return Array.from({ length: table.size }, (_, r) => [
    table.inputs[2 * r] as number,
    table.inputs[2 * r + 1] as number,
    table.labels[r] as number,
  ]);
}

/**
 * The table as canonical CSV text (a header, then `x1,x2,label` rows with each number in its
 * shortest exact form): what the content hash is taken of, so equal data has one hash.
 */
export function canonicalCsv(table: TableData): string {
  const header = [...table.featureNames, table.labelName].join(',');
  return [header, ...rowsOf(table).map((row) => row.map(String).join(','))].join('\n') + '\n';
}

/** SHA-256 of the data's canonical CSV text, in hex. */
export async function tableHash(table: TableData): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new LabFileError('this browser cannot compute SHA-256 here');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalCsv(table)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function labToJson(state: LabState): Promise<string> {
  const { imported } = state;
  const data: LabFileData | null =
    imported === null
      ? null
      : {
          name: imported.name,
          task: imported.table.task,
          featureNames: imported.table.featureNames,
          labelName: imported.table.labelName,
          classNames: imported.table.classNames,
          penguins: imported.penguins,
          sha256: await tableHash(imported.table),
          rows: rowsOf(imported.table),
          added: state.importedPoints,
        };
  const file = { format: LAB_FORMAT, version: LAB_VERSION, settings: state.config, data };
  return `${JSON.stringify(file, null, 1)}\n`;
}

// -------------------------------------------------------------------------------------------
// Strict reading

function fail(message: string): never {
  throw new LabFileError(message);
}

function record(value: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${what} must be an object`);
  }
  const object = value as Record<string, unknown>;
  const unknown = Object.keys(object).find((key) => !keys.includes(key));
  if (unknown !== undefined) fail(`${what} has an unknown field "${unknown}"`);
  const missing = keys.find((key) => !Object.hasOwn(object, key));
  if (missing !== undefined) fail(`${what} has no "${missing}"`);
  return object;
}

function names(value: unknown, what: string, count?: number): string[] {
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    fail(`${what} must be a list of names`);
  }
  if (count !== undefined && value.length !== count) fail(`${what} must name ${count} columns`);
  return value as string[];
}

function rows(value: unknown, what: string, limit: number): Row[] {
  if (!Array.isArray(value)) fail(`${what} must be a list of rows`);
  if (value.length > limit) fail(`${what} has ${value.length} rows, at most ${limit}`);
  value.forEach((row: unknown, k) => {
    if (!Array.isArray(row) || row.length !== 3 || !row.every((n) => Number.isFinite(n))) {
      fail(`${what}: row ${k + 1} must be three finite numbers`);
    }
  });
  return value as Row[];
}

/**
 * Settings that lab files may lack because they were added after version 1 was first written,
 * with the value such a file meant (before input features, every network was fed x1, x2).
 */
const LATER_SETTINGS: Readonly<Partial<RunConfig>> = { inputs: PLAIN_FEATURES };

function readSettings(value: unknown): RunConfig {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const settings = record(isObject ? { ...LATER_SETTINGS, ...value } : value, 'settings', runKeys);
  const problem = runSettingsProblem(settings);
  if (problem !== null) fail(`settings: ${problem}`);
  for (const key of ['hidden', 'epochs'] as const) {
    if (!fitsFitLab(key, settings[key])) fail(`settings: ${key} is beyond the lab's limits`);
  }
  return settings as unknown as RunConfig;
}

/** The two penguin measurements a table was made of, or null (a CSV). */
export function readPenguins(
  value: unknown,
  what: string,
): readonly [PenguinMeasurement, PenguinMeasurement] | null {
  if (value === null) return null;
  const penguins = names(value, `${what}: penguins`, 2) as [PenguinMeasurement, PenguinMeasurement];
  if (!penguins.every((name) => PENGUIN_NAMES.includes(name))) {
    fail(`${what}: penguins must name two penguin measurements`);
  }
  return penguins;
}

/**
 * A table from its plain parts (task, column names, class names and rows), checked as strictly
 * as a lab file: what the browser's kept copy of imported data is read back with too.
 */
export function readTable(value: unknown, what: string): TableData {
  const keys = ['task', 'featureNames', 'labelName', 'classNames', 'rows'];
  const data = record(value, what, keys);
  if (data.task !== 'classification' && data.task !== 'regression') {
    fail(`${what}: task must be classification or regression`);
  }
  if (typeof data.labelName !== 'string') fail(`${what}: labelName must be text`);
  const featureNames = names(data.featureNames, `${what}: featureNames`, 2);
  const classNames = names(data.classNames, `${what}: classNames`);
  return tableFrom(rows(data.rows, `${what}: rows`, MAX_CSV_ROWS), what, {
    task: data.task,
    featureNames,
    labelName: data.labelName,
    classNames,
  });
}

async function readData(value: unknown): Promise<{ data: ImportedData; added: Point[] }> {
  const keys = [
    'name',
    'task',
    'featureNames',
    'labelName',
    'classNames',
    'penguins',
    'sha256',
    'rows',
    'added',
  ];
  const data = record(value, 'data', keys);
  if (typeof data.name !== 'string') fail('data: name must be text');
  const { task, featureNames, labelName, classNames } = data;
  const table = readTable({ task, featureNames, labelName, classNames, rows: data.rows }, 'data');
  const penguins = readPenguins(data.penguins, 'data');
  if (typeof data.sha256 !== 'string' || data.sha256 !== (await tableHash(table))) {
    fail('data: the rows do not match their SHA-256 (the file was changed or cut short)');
  }
  const added = rows(data.added, 'data: added', MAX_ADDED_POINTS);
  const far = added.findIndex(([x1, x2, label]) => !importedPointFits(table, x1, x2, label));
  if (far !== -1) fail(`data: added point ${far + 1} does not fit the data (place or label)`);
  return { data: { table, name: data.name, penguins }, added: added.map((row) => [...row]) };
}

function tableFrom(
  list: readonly Row[],
  what: string,
  about: Pick<TableData, 'task' | 'featureNames' | 'labelName' | 'classNames'>,
): TableData {
  if (list.length === 0) fail(`${what}: rows must not be empty`);
  const table: TableData = {
    ...about,
    size: list.length,
    inputs: Float64Array.from(list.flatMap(([x1, x2]) => [x1, x2])),
    labels: Float64Array.from(list, (row) => row[2]),
  };
  if (about.task === 'classification') {
    const bad = list.findIndex(
      ([, , label]) => !Number.isInteger(label) || label < 0 || label >= MAX_TABLE_CLASSES,
    );
    if (bad !== -1) fail(`${what}: row ${bad + 1}'s label is not a class index 0 to 4`);
    if (tableClassCount(table) < 2) fail(`${what}: a classification needs at least two classes`);
  }
  return table;
}

/** The lab a file describes, or a LabFileError saying why the file cannot be used. */
export async function readLabFile(text: string): Promise<LabState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail('the file is not JSON');
  }
  const file = record(parsed, 'the file', ['format', 'version', 'settings', 'data']);
  if (file.format !== LAB_FORMAT) fail(`the file is not a lab file (format "${LAB_FORMAT}")`);
  if (file.version !== LAB_VERSION) fail(`the file's version must be ${LAB_VERSION}`);
  const config = readSettings(file.settings);
  if (file.data === null) return { config, imported: null, importedPoints: [] };
  if (config.extraPoints.length > 0) fail('settings: extraPoints must be empty with imported data');
  const { data, added } = await readData(file.data);
  return { config, imported: data, importedPoints: added };
}
