/**
 * `export` and `predict`: what can be done with a model file written by
 * `train --save-model`. Both load the file strictly (model-export.ts); a file that cannot be
 * read or that someone edited into something that is not a model gives one error line and
 * exit code 2, like every other mistake on the command line.
 */
import { readFileSync, statSync } from 'node:fs';
import { parsePoints } from '../core/csv-data';
import { CODE_LANGUAGES, modelSource, type CodeLanguage } from '../core/model-codegen';
import {
  formatPrediction,
  ModelFileError,
  modelToJson,
  predictPoints,
  readModel,
  type ExportedModel,
} from '../core/model-export';
import { parseChoice, parseDecimal, parseFlags, quote, single, UsageError } from './args';

export const MODEL_USAGE = [
  'export --model <file.json> --format <python|js|json>',
  '                          print the model as a standalone program (python: needs numpy;',
  '                          js: an ES module for Node or a page) or as checked JSON',
  'predict --model <file.json> [--point <x1,x2>] < points.csv',
  '                          one line per point: class,p0,p1,... or the predicted value',
];

/** Far above the largest model the lab can build (8 layers of 512), so only junk is refused. */
const MAX_MODEL_BYTES = 64_000_000;

/** Reads and checks a model file; every failure is a UsageError naming the file. */
export function loadModelFile(path: string): ExportedModel {
  const problem = (message: string): UsageError =>
    new UsageError(`model file ${quote(path)}: ${message}`);
  let text: string;
  try {
    if (statSync(path).size > MAX_MODEL_BYTES) throw problem('too large to be a model file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw problem(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return readModel(text);
  } catch (error) {
    if (error instanceof ModelFileError) throw problem(error.message);
    throw error;
  }
}

function requiredModel(flags: ReturnType<typeof parseFlags>, command: string): ExportedModel {
  const path = single(flags, 'model');
  if (path === undefined) throw new UsageError(`${command} needs --model <file.json>`);
  return loadModelFile(path);
}

function emit(text: string, out: (line: string) => void): void {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line) => out(line));
}

export function runExportCommand(args: readonly string[], out: (line: string) => void): void {
  const flags = parseFlags(args, { model: { value: true }, format: { value: true } });
  const formatText = single(flags, 'format');
  if (formatText === undefined) throw new UsageError('export needs --format python, js or json');
  const format = parseChoice('--format', formatText, [...CODE_LANGUAGES, 'json'] as const);
  const model = requiredModel(flags, 'export');
  emit(format === 'json' ? modelToJson(model) : modelSource(model, format as CodeLanguage), out);
}

function parsePoint(text: string): number[] {
  const parts = text.split(',');
  if (parts.length !== 2) throw new UsageError(`--point expects x1,x2, got ${quote(text)}`);
  return parts.map((part) => parseDecimal('--point', part.trim()));
}

/** `readInput` supplies standard input; it is only called when no --point is given. */
export function runPredictCommand(
  args: readonly string[],
  out: (line: string) => void,
  readInput: () => string,
): void {
  const flags = parseFlags(args, {
    model: { value: true },
    point: { value: true, repeatable: true },
  });
  const model = requiredModel(flags, 'predict');
  const given = flags.values.get('point') ?? [];
  let points: readonly (readonly number[])[];
  if (given.length > 0) {
    points = given.map(parsePoint);
  } else {
    const parsed = parsePoints(readInput(), model.inputs.names.length);
    if (!parsed.ok) {
      throw new UsageError(`standard input: ${parsed.problems.map((p) => p.message).join('; ')}`);
    }
    points = parsed.points;
  }
  predictPoints(model, points).forEach((prediction) => out(formatPrediction(prediction)));
}
