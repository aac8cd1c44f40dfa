/**
 * The "Run the article's program" form: reading and checking what the learner typed, the
 * matching command line, and reading numbers back out of the program's printed lines.
 */
import type { NeuronKind } from '../../engine/protocol';
import {
  MAX_ARTICLE_EPOCHS,
  MAX_ARTICLE_EXTRA_POINTS,
  MAX_ARTICLE_LEARNING_RATE,
} from '../../engine/article-program';
import { articleFieldRange } from '../../settings/article';
import { parseNumber, type NumberRange } from '../../ui/parse-number';

export interface ExampleRow {
  readonly x1: string;
  readonly x2: string;
  readonly label: 0 | 1;
}

/** The form as typed: text fields stay text until Run, so a half-typed number is allowed. */
export interface ProgramForm {
  readonly learningRate: string;
  readonly epochs: string;
  readonly activation: NeuronKind;
  readonly printEvery: string;
  readonly extra: readonly ExampleRow[];
}

/** The settings of the article's own program. */
export const ARTICLE_FORM: ProgramForm = {
  learningRate: '0.1',
  epochs: '100',
  activation: 'clip',
  printEvery: '25',
  extra: [],
};

/** A new row starts as a device like a glasses example but labelled ring: a contradiction. */
export const NEW_EXAMPLE: ExampleRow = { x1: '0.5', x2: '0.6', label: 0 };

export interface ProgramSettings {
  readonly learningRate: number;
  readonly epochs: number;
  readonly activation: NeuronKind;
  readonly printEvery: number;
  readonly extraPoints: readonly (readonly [number, number, number])[];
}

export type FormProblem =
  | { readonly field: 'learningRate' | 'epochs' | 'printEvery' | 'tooMany' }
  | { readonly field: 'example'; readonly index: number };

export const LIMITS = {
  maxLearningRate: MAX_ARTICLE_LEARNING_RATE,
  maxEpochs: MAX_ARTICLE_EPOCHS,
  maxExamples: MAX_ARTICLE_EXTRA_POINTS,
} as const;

/** What the browser's worker accepts (src/settings/article.ts), read by the fields' one parser. */
const RANGES = {
  learningRate: articleFieldRange('learningRate', 'browser'),
  epochs: articleFieldRange('epochs', 'browser'),
  printEvery: articleFieldRange('printEvery', 'browser'),
} as const;
const ANY_FINITE: NumberRange = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };

function read(text: string, range: NumberRange): number | null {
  const reading = parseNumber(text, range);
  return reading.ok ? reading.value : null;
}

/** The settings to send, or the first field that is not acceptable. */
export function readForm(
  form: ProgramForm,
): { ok: true; settings: ProgramSettings } | { ok: false; problem: FormProblem } {
  const learningRate = read(form.learningRate, RANGES.learningRate);
  if (learningRate === null) return { ok: false, problem: { field: 'learningRate' } };
  const epochs = read(form.epochs, RANGES.epochs);
  if (epochs === null) return { ok: false, problem: { field: 'epochs' } };
  const printEvery = read(form.printEvery, RANGES.printEvery);
  if (printEvery === null) return { ok: false, problem: { field: 'printEvery' } };
  if (form.extra.length > LIMITS.maxExamples) return { ok: false, problem: { field: 'tooMany' } };
  const extraPoints: (readonly [number, number, number])[] = [];
  for (const [index, row] of form.extra.entries()) {
    const x1 = read(row.x1, ANY_FINITE);
    const x2 = read(row.x2, ANY_FINITE);
    if (x1 === null || x2 === null) return { ok: false, problem: { field: 'example', index } };
    extraPoints.push([x1, x2, row.label]);
  }
  return {
    ok: true,
    settings: { learningRate, epochs, activation: form.activation, printEvery, extraPoints },
  };
}

/** The form that reads back as these settings (for a run started by a button, not typing). */
export function formFor(settings: ProgramSettings): ProgramForm {
  return {
    learningRate: String(settings.learningRate),
    epochs: String(settings.epochs),
    activation: settings.activation,
    printEvery: String(settings.printEvery),
    extra: settings.extraPoints.map(([x1, x2, label]) => ({
      x1: String(x1),
      x2: String(x2),
      label: label === 1 ? 1 : 0,
    })),
  };
}

/** The same run on the command line (its output is identical, byte for byte). */
export function commandLineFor(settings: ProgramSettings): string {
  const parts = [
    'npm run --silent cli -- train --preset article --format article',
    `--lr ${settings.learningRate}`,
    `--epochs ${settings.epochs}`,
    `--activation ${settings.activation}`,
    `--print-every ${settings.printEvery}`,
    ...settings.extraPoints.map(([x1, x2, label]) => `--add ${x1},${x2},${label}`),
  ];
  return parts.join(' ');
}

export function sameSettings(a: ProgramSettings, b: ProgramSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One "Epoch …  Loss=…  Weights=[…, …]" line, its numbers kept as printed. */
export interface PrintedEpoch {
  readonly epoch: number;
  readonly loss: string;
  readonly weights: readonly [string, string];
}

const EPOCH_LINE = /^Epoch\s+(\d+)\s+Loss=(\S+)\s+Weights=\[(\S+), (\S+)\]$/;
const PREDICTION_LINE = /^Prediction: /;

export function parseEpochLine(line: string): PrintedEpoch | null {
  const match = EPOCH_LINE.exec(line);
  if (match === null) return null;
  const [, epoch, loss, w1, w2] = match as unknown as [string, string, string, string, string];
  return { epoch: Number(epoch), loss, weights: [w1, w2] };
}

/** The printed epochs and the closing prediction line of a printout. */
export function readPrintout(lines: readonly string[]): {
  epochs: PrintedEpoch[];
  prediction: string | null;
} {
  const epochs = lines.map(parseEpochLine).filter((e): e is PrintedEpoch => e !== null);
  const last = lines.find((line) => PREDICTION_LINE.test(line));
  return { epochs, prediction: last === undefined ? null : last.replace(PREDICTION_LINE, '') };
}
