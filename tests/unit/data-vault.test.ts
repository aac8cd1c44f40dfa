/**
 * Imported data kept in the browser under its content hash (data-vault.ts), against an
 * in-memory IndexedDB: kept data comes back exactly; the hash follows the content (equal data,
 * one hash, whatever its name; one changed value, another hash); a damaged kept copy is
 * reported and never used; the penguins, and the regression sets for the lab's settings, are
 * found without a kept copy; and no `data=` value
 * in an address, however odd, crashes the reading of the address or the lookup.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/app/url-state';
import { penguinTable } from '../../src/core/penguins';
import type { TableData } from '../../src/core/table-data';
import {
  canonicalTable,
  clearKept,
  findData,
  keepData,
  linkHash,
  MAX_KEPT,
  tableSha256,
} from '../../src/lessons/overfitting/data-vault';
import type { ImportedData } from '../../src/lessons/overfitting/fit-store';
import { importCsvText } from '../../src/lessons/overfitting/import-data';
import {
  builtInRegression,
  labRegressionSets,
  regressionSetOf,
} from '../../src/lessons/overfitting/lab-data';
import { DEFAULT_APP_SETTINGS, DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';

const CSV = 'width,height,kind\n1.5,200,0\n2.5,210,1\n3,190,2\n4.25,205,0\n';

function csvData(text: string, name = 'corners.csv'): ImportedData {
  const outcome = importCsvText(text, name);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('; '));
  return outcome.data;
}

/** The vault's own store, written directly to play a damaged or foreign entry. */
const rawStore = () => createStore('training-loop-lab', 'imported-data');

beforeEach(async () => {
  await clearKept();
});

describe('content hash', () => {
  it('is the same for the same data, whatever its name or how it was read', async () => {
    const a = csvData(CSV, 'corners.csv');
    const b = csvData(CSV.replace('1.5', '1.50').replaceAll('\n', '\r\n'), 'pasted CSV');
    expect(canonicalTable(b.table)).toBe(canonicalTable(a.table));
    expect(await tableSha256(b.table)).toBe(await tableSha256(a.table));
    expect(await tableSha256(a.table)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any one value changes (generated tables and edits)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.integer({ min: 0, max: 2 }),
          ),
          { minLength: 3, maxLength: 30 },
        ),
        fc.nat(),
        fc.constantFrom(0, 1, 2),
        async (rows, pick, column) => {
          // Three classes present, so the labels are classes whichever row is edited.
          const labelled = rows.map(([x1, x2], r) => [x1, x2, r % 3] as const);
          const table = tableOf(labelled);
          const r = pick % labelled.length;
          const edited = labelled.map((row, k) => {
            if (k !== r) return row;
            const copy: [number, number, number] = [...row];
            copy[column] = column === 2 ? (row[2] + 1) % 3 : row[column]! + 1;
            return copy;
          });
          const other = tableOf(edited);
          // Adding 1 to a huge value may round back to it: then the data did not change.
          const same = canonicalTable(other) === canonicalTable(table);
          expect((await tableSha256(other)) === (await tableSha256(table))).toBe(same);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('covers the column and class names, not only the rows', async () => {
    const table = csvData(CSV).table;
    const renamed: TableData = { ...table, classNames: ['a', 'b', 'c'] };
    expect(await tableSha256(renamed)).not.toBe(await tableSha256(table));
    const relabelled: TableData = { ...table, featureNames: ['w', 'height'] };
    expect(await tableSha256(relabelled)).not.toBe(await tableSha256(table));
  });
});

function tableOf(rows: readonly (readonly [number, number, number])[]): TableData {
  return {
    task: 'classification',
    featureNames: ['x1', 'x2'],
    labelName: 'label',
    classNames: ['0', '1', '2'],
    size: rows.length,
    inputs: Float64Array.from(rows.flatMap(([x1, x2]) => [x1, x2])),
    labels: Float64Array.from(rows, (row) => row[2]),
  };
}

describe('keeping and finding', () => {
  it('gives back exactly the data that was kept, under the hash the URL carries', async () => {
    const data = csvData(CSV);
    const hash = await keepData(data);
    expect(hash).toBe(linkHash(await tableSha256(data.table)));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const lookup = await findData(hash, 'Palmer penguins');
    expect(lookup).toEqual({ found: true, data, builtIn: false });
  });

  it('says the data is absent when nothing was kept under the hash', async () => {
    expect(await findData('0123456789abcdef', 'Palmer penguins')).toEqual({
      found: false,
      reason: 'absent',
    });
  });

  it('finds the penguins without a kept copy, with the measurements they were made of', async () => {
    const table = penguinTable('flipper_length', 'body_mass');
    const hash = linkHash(await tableSha256(table));
    const lookup = await findData(hash, 'Palmer penguins');
    expect(lookup.found && lookup.builtIn).toBe(true);
    expect(lookup.found && lookup.data.penguins).toEqual(['flipper_length', 'body_mass']);
    expect(lookup.found && lookup.data.table).toEqual(table);
  });

  it('gives a built-in regression table back as that table, its set remembered', async () => {
    for (const set of labRegressionSets) {
      const data = builtInRegression(set, DEFAULT_RUN_CONFIG, `built-in ${set}`);
      const lookup = await findData(await keepData(data), 'Palmer penguins');
      expect(lookup.found && lookup.data).toEqual(data);
      expect(lookup.found && regressionSetOf(lookup.data)).toBe(set);
    }
  });

  it("makes a regression set again for the lab's settings when nothing was kept (a link from elsewhere)", async () => {
    const config = { ...DEFAULT_RUN_CONFIG, seed: 1234, datasetSize: 150, noise: 0.4 };
    const name = (set: string) => `the ${set}`;
    for (const set of labRegressionSets) {
      const made = builtInRegression(set, config, name(set));
      const hash = linkHash(await tableSha256(made.table));
      // Nothing kept in this browser: the link's own settings make the same table again.
      const lookup = await findData(hash, 'Palmer penguins', { config, name });
      expect(lookup).toEqual({ found: true, data: made, builtIn: true });
      expect(lookup.found && regressionSetOf(lookup.data)).toBe(set);
      // Another seed, size or noise makes another table: not the link's data.
      for (const other of [{ seed: 1235 }, { datasetSize: 151 }, { noise: 0.41 }]) {
        const elsewhere = { config: { ...config, ...other }, name };
        expect(await findData(hash, 'Palmer penguins', elsewhere)).toEqual({
          found: false,
          reason: 'absent',
        });
      }
      // Without the lab's settings the lookup does not try.
      expect((await findData(hash, 'Palmer penguins')).found).toBe(false);
    }
  });

  it('keeps at most MAX_KEPT data sets, dropping the oldest', async () => {
    const hashes: string[] = [];
    for (let k = 0; k <= MAX_KEPT; k++) {
      hashes.push(await keepData(csvData(`${CSV}${k},${k},1\n`), 1000 + k));
    }
    expect((await findData(hashes[0]!, 'p')).found).toBe(false);
    expect((await findData(hashes[1]!, 'p')).found).toBe(true);
    expect((await findData(hashes[MAX_KEPT]!, 'p')).found).toBe(true);
  });
});

describe('a damaged kept copy is reported, never used', () => {
  async function keptThenSpoiled(spoil: (record: Record<string, unknown>) => unknown) {
    const data = csvData(CSV);
    const hash = await keepData(data);
    const { get } = await import('idb-keyval');
    const record = (await get(hash, rawStore())) as Record<string, unknown>;
    await set(hash, spoil({ ...record }), rawStore());
    return findData(hash, 'Palmer penguins');
  }

  const spoilers: [string, (record: Record<string, unknown>) => unknown, RegExp][] = [
    ['not an object', () => 'garbage', /not a record/],
    ['null', () => null, /not a record/],
    ['another version', (r) => ({ ...r, version: 2 }), /version/],
    ['a changed row', (r) => ({ ...r, table: String(r.table).replace('1.5', '1.6') }), /hash/],
    ['a cut table', (r) => ({ ...r, table: String(r.table).slice(0, 40) }), /hash/],
    ['no name', (r) => ({ ...r, name: 7 }), /name/],
    ['bad penguins', (r) => ({ ...r, penguins: ['beak', 'tail'] }), /penguin/],
    ['an unknown built-in set', (r) => ({ ...r, regressionSet: 'moons' }), /built-in/],
  ];
  for (const [what, spoil, message] of spoilers) {
    it(`${what}`, async () => {
      const lookup = await keptThenSpoiled(spoil);
      expect(lookup.found).toBe(false);
      expect(!lookup.found && lookup.reason).toBe('damaged');
      expect(!lookup.found && lookup.reason === 'damaged' && lookup.detail).toMatch(message);
    });
  }

  it('a table that matches its hash but is not a valid table (generated)', async () => {
    // Rewritten with its own new hash: only the strict reading can refuse it.
    const sha256Of = async (text: string) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.constant('{"task":"classification","featureNames":["a","b"],"labelName":"l"}'),
          fc.constant(
            '{"task":"classification","featureNames":["a","b"],"labelName":"l","classNames":[],"rows":[[1,2,9]]}',
          ),
        ),
        async (table) => {
          const sha = await sha256Of(table);
          const key = linkHash(sha);
          const record = { version: 1, sha256: sha, name: 'x', penguins: null, table, savedAt: 1 };
          await set(key, record, rawStore());
          const lookup = await findData(key, 'Palmer penguins');
          expect(lookup.found).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('odd `data=` values', () => {
  it('never crash the address, and only 16 hex digits are kept (generated)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.stringMatching(/^[0-9a-fA-F]{0,20}$/),
          fc.string({ maxLength: 20 }).map(encodeURIComponent),
          fc.constantFrom('%', '%zz', '0123456789ABCDEF', '0123456789abcdef', 'x'.repeat(3000)),
        ),
        (value) => {
          const { app, notices } = readUrlState(`?ls=overfitting&data=${value}`);
          let decoded: string | null;
          try {
            decoded = decodeURIComponent(value);
          } catch {
            decoded = null;
          }
          if (decoded !== null && /^[0-9a-f]{16}$/.test(decoded)) {
            expect(app.data).toBe(decoded);
            expect(notices).toEqual([]);
            // Written back as it was read.
            expect(writeUrlState(DEFAULT_RUN_CONFIG, app)).toBe(`?ls=overfitting&data=${decoded}`);
          } else {
            expect(app.data).toBeUndefined();
            expect(notices.map((n) => n.key)).toContain('data');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says what a data hash must look like', () => {
    const { notices } = readUrlState('?data=nope');
    expect(notices).toEqual([
      {
        key: 'data',
        value: 'nope',
        message: 'data must be 16 hexadecimal digits (0-9, a-f)',
      },
    ]);
    expect(writeUrlState(DEFAULT_RUN_CONFIG, DEFAULT_APP_SETTINGS)).toBe('');
  });

  it('never make the lookup throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (value) => {
        const lookup = await findData(value, 'Palmer penguins');
        expect(lookup.found).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
