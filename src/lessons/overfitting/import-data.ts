/**
 * Bringing data into the lab: CSV text (pasted or from a file) and the Palmer penguins. Each
 * function gives the data whole or the list of its problems, and changes nothing itself: the
 * caller stores the data only when it came in cleanly, so a bad file never costs the learner
 * what they had.
 */
import {
  checkCsvBytes,
  MAX_CSV_BYTES,
  parseCsv,
  tooLarge,
  type CsvProblem,
} from '../../core/csv-data';
import type { PenguinMeasurement } from '../../core/penguins';
import type { ImportedData } from './fit-store';

export type ImportOutcome =
  | { readonly ok: true; readonly data: ImportedData }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/** CSV text already in hand (pasted, or a file read as text). */
export function importCsvText(text: string, name: string): ImportOutcome {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, data: { table: parsed.data, name, penguins: null } };
}

/**
 * A CSV file: its size is checked before it is read (a 50 MB file is refused unread), its
 * bytes before they are decoded (a zero byte means a binary file), then the text is parsed.
 * Bytes that are not UTF-8 decode to U+FFFD, which the parser refuses with its line.
 */
export async function importCsvFile(file: Blob, name: string): Promise<ImportOutcome> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, problems: [tooLarge(file.size)] };
  const bytes = new Uint8Array(await readBytes(file));
  const problem = checkCsvBytes(bytes);
  if (problem !== null) return { ok: false, problems: [problem] };
  return importCsvText(new TextDecoder('utf-8').decode(bytes), name);
}

/** A file's text, decoded as UTF-8. */
export async function readFileText(file: Blob): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(file));
}

/** Blob.arrayBuffer where the browser has it, else a FileReader (older engines, jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** The penguins with two measurements; their rows load only now, on first use. */
export async function importPenguins(
  x: PenguinMeasurement,
  y: PenguinMeasurement,
  name: string,
): Promise<ImportOutcome> {
  if (x === y) {
    return { ok: false, problems: [{ line: null, message: 'choose two different measurements' }] };
  }
  const { penguinTable } = await import('../../core/penguins');
  return { ok: true, data: { table: penguinTable(x, y), name, penguins: [x, y] } };
}
