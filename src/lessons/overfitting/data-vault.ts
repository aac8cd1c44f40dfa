/**
 * Imported data kept in this browser (IndexedDB), so a link can name the data instead of
 * carrying it: the URL's `data` setting holds the first 16 hex digits of the data's SHA-256.
 *
 * What is hashed is the table's canonical JSON (task, column names, class names and every row,
 * each number in its shortest exact form), not its name: the same rows pasted, opened as a file
 * or restored from a lab file have one hash, whatever language named them "pasted CSV".
 *
 * Every imported table is kept, the built-in ones too (a few kilobytes; a built-in regression
 * table keeps which set it is). The built-in tables are also found without a kept copy, by
 * making them again and hashing them: the Palmer penguins with any two measurements, and each
 * regression set for the lab's seed, size and noise (which the link carries in its `f.` keys),
 * so a link to them works in any browser. The kept copy is checked when read back (its hash,
 * then every field as strictly as a lab file); a damaged one is reported, never used.
 *
 * idb-keyval is imported only here and only when data is kept or looked up, so it adds
 * nothing to the first load.
 */
import type { RegressionSetName } from '../../core/regression-data';
import type { TableData } from '../../core/table-data';
import type { RunConfig } from '../../engine/protocol';
import { DATA_HASH } from '../../settings/schema';
import type { PenguinMeasurement } from '../../core/penguins';
import type { ImportedData } from './fit-store';
import { readPenguins, readTable } from './lab-file';
import { builtInRegression, labRegressionSets, regressionSetOf } from './lab-data';

/** Hex digits of the hash that the URL carries (64 bits: no two data sets share them by chance). */
export const LINK_HASH_LENGTH = 16;
export const LINK_HASH = DATA_HASH;
/** Distinct data sets kept; the oldest go first (a CSV of 5,000 rows is about 150 kB). */
export const MAX_KEPT = 40;
const RECORD_VERSION = 1;
const DATABASE = 'training-loop-lab';
const STORE = 'imported-data';

/** What one IndexedDB entry holds, under the key `linkHash(sha256)`. */
interface KeptRecord {
  readonly version: typeof RECORD_VERSION;
  readonly sha256: string;
  readonly name: string;
  readonly penguins: readonly [PenguinMeasurement, PenguinMeasurement] | null;
  /** Which built-in regression table it is (lab-data.ts), or null. */
  readonly regressionSet: string | null;
  /** The canonical JSON itself: hashing it again proves the copy is whole. */
  readonly table: string;
  /** When it was last kept (ms since 1970), for dropping the oldest. */
  readonly savedAt: number;
}

export type Lookup =
  | { readonly found: true; readonly data: ImportedData; readonly builtIn: boolean }
  | { readonly found: false; readonly reason: 'absent' }
  | { readonly found: false; readonly reason: 'damaged' | 'unavailable'; readonly detail: string };

export class VaultError extends Error {}

/** The table as canonical JSON: one text for one content, fixed key order, rows as [x1, x2, label]. */
export function canonicalTable(table: TableData): string {
  const rows = Array.from({ length: table.size }, (_, r) => [
    table.inputs[2 * r],
    table.inputs[2 * r + 1],
    table.labels[r],
  ]);
  const { task, featureNames, labelName, classNames } = table;
  return JSON.stringify({ task, featureNames, labelName, classNames, rows });
}

async function sha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  // Absent outside secure contexts (a page served over plain http from another machine).
  if (subtle === undefined) throw new VaultError('this page cannot compute SHA-256 here');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The full SHA-256 (64 hex digits) of the table's canonical JSON. */
export function tableSha256(table: TableData): Promise<string> {
  return sha256(canonicalTable(table));
}

/** The part of a hash that the URL carries. */
export function linkHash(sha: string): string {
  return sha.slice(0, LINK_HASH_LENGTH);
}

type Keyval = typeof import('idb-keyval');
let opened: Promise<{ kv: Keyval; store: ReturnType<Keyval['createStore']> }> | null = null;

function vault() {
  opened ??= import('idb-keyval').then((kv) => ({ kv, store: kv.createStore(DATABASE, STORE) }));
  return opened;
}

/**
 * Keeps the data under its hash and returns the link hash. Throws a VaultError when the data
 * cannot be hashed, and whatever IndexedDB throws when it cannot be kept (the caller says so).
 */
export async function keepData(data: ImportedData, now = Date.now()): Promise<string> {
  const table = canonicalTable(data.table);
  const sha = await sha256(table);
  const key = linkHash(sha);
  const record: KeptRecord = {
    version: RECORD_VERSION,
    sha256: sha,
    name: data.name,
    penguins: data.penguins,
    regressionSet: regressionSetOf(data),
    table,
    savedAt: now,
  };
  const { kv, store } = await vault();
  await kv.set(key, record, store);
  await dropOldest(kv, store, key);
  return key;
}

async function dropOldest(kv: Keyval, store: ReturnType<Keyval['createStore']>, keep: string) {
  const keys = await kv.keys(store);
  if (keys.length <= MAX_KEPT) return;
  const entries = await kv.entries(store);
  const age = (value: unknown) => {
    const savedAt = (value as Partial<KeptRecord> | null)?.savedAt;
    return typeof savedAt === 'number' ? savedAt : -Infinity; // damaged entries go first
  };
  const oldest = entries
    .filter(([key]) => key !== keep)
    .sort((a, b) => age(a[1]) - age(b[1]))
    .slice(0, keys.length - MAX_KEPT)
    .map(([key]) => key);
  await kv.delMany(oldest, store);
}

/** The regression sets a link may name: made for the lab's settings, named in the learner's language. */
export interface RegressionLookup {
  readonly config: Pick<RunConfig, 'seed' | 'datasetSize' | 'noise'>;
  readonly name: (set: RegressionSetName) => string;
}

/**
 * The data a link names: the kept copy, else a built-in table with that hash, else why not.
 * Never throws; `penguinsName` names the penguins in the learner's language; `regression`
 * (when given) lets the regression sets be made again for the lab's settings.
 */
export async function findData(
  hash: string,
  penguinsName: string,
  regression?: RegressionLookup,
): Promise<Lookup> {
  if (!LINK_HASH.test(hash)) return { found: false, reason: 'damaged', detail: 'not a data hash' };
  let kept: unknown;
  try {
    const { kv, store } = await vault();
    kept = await kv.get(hash, store);
  } catch (error) {
    return { found: false, reason: 'unavailable', detail: reason(error) };
  }
  if (kept !== undefined) {
    try {
      return { found: true, data: await readKept(hash, kept), builtIn: false };
    } catch (error) {
      return { found: false, reason: 'damaged', detail: reason(error) };
    }
  }
  try {
    const builtIn =
      (await findPenguins(hash, penguinsName)) ??
      (regression === undefined ? null : await findRegression(hash, regression));
    if (builtIn !== null) return { found: true, data: builtIn, builtIn: true };
  } catch (error) {
    return { found: false, reason: 'unavailable', detail: reason(error) };
  }
  return { found: false, reason: 'absent' };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readKept(key: string, value: unknown): Promise<ImportedData> {
  if (typeof value !== 'object' || value === null) throw new VaultError('not a record');
  const record = value as Partial<Record<keyof KeptRecord, unknown>>;
  if (record.version !== RECORD_VERSION) throw new VaultError('unknown record version');
  if (typeof record.table !== 'string' || typeof record.sha256 !== 'string') {
    throw new VaultError('the table or its hash is missing');
  }
  const sha = await sha256(record.table);
  if (sha !== record.sha256 || linkHash(sha) !== key) {
    throw new VaultError('the kept table does not match its hash');
  }
  if (typeof record.name !== 'string') throw new VaultError('the name is missing');
  let parts: unknown;
  try {
    parts = JSON.parse(record.table);
  } catch {
    throw new VaultError('the kept table is not JSON');
  }
  const table = readTable(parts, 'kept data');
  const data = { table, name: record.name, penguins: readPenguins(record.penguins, 'kept data') };
  const set = record.regressionSet ?? null;
  if (set === null) return data;
  if (!labRegressionSets.some((name) => name === set)) {
    throw new VaultError('unknown built-in regression table');
  }
  return { ...data, regressionSet: set } as ImportedData;
}

/** The penguins with each pair of measurements, hashed again (their rows load only now). */
async function findPenguins(hash: string, penguinsName: string): Promise<ImportedData | null> {
  const { PENGUIN_MEASUREMENTS, penguinTable } = await import('../../core/penguins');
  for (const x of PENGUIN_MEASUREMENTS) {
    for (const y of PENGUIN_MEASUREMENTS) {
      if (x === y) continue;
      const table = penguinTable(x, y);
      if (linkHash(await tableSha256(table)) === hash) {
        return { table, name: penguinsName, penguins: [x, y] };
      }
    }
  }
  return null;
}

/** Each regression set made again for the lab's seed, size and noise, and hashed. */
async function findRegression(
  hash: string,
  { config, name }: RegressionLookup,
): Promise<ImportedData | null> {
  for (const set of labRegressionSets) {
    const data = builtInRegression(set, config, name(set));
    if (linkHash(await tableSha256(data.table)) === hash) return data;
  }
  return null;
}

/** Forgets every kept table (tests; a learner clearing the site's data does the same). */
export async function clearKept(): Promise<void> {
  const { kv, store } = await vault();
  await kv.clear(store);
}
