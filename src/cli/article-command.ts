/**
 * `train --preset article`: runs the article's single-neuron program from src/core/article.ts
 * and prints either what the article's Python program prints (byte for byte, including its
 * behaviour after divergence) or one JSON object per epoch.
 */
import { runArticleProgram, type ArticleEpoch } from '../core/article';
import { DivergenceWatch } from '../core/divergence';
import {
  ARTICLE_OUTPUT_DEFAULTS,
  articleProgramOptions,
  writeArticleOutput,
  type ArticleOutputOptions,
} from '../core/article-output';
import {
  checkArticleField,
  describeArticleField,
  type ArticleKey,
  type ArticleSettings,
} from '../settings/article';
import {
  parseChoice,
  parseDecimal,
  parseFlags,
  quote,
  refused,
  single,
  UsageError,
  type FlagSpec,
} from './args';

export type ArticleOutputFormat = 'article' | 'jsonl';

/** The program's options (src/core/article-output.ts) plus how to print them. */
export interface ArticleCommandOptions extends ArticleOutputOptions {
  readonly format: ArticleOutputFormat;
}

export const ARTICLE_DEFAULTS: ArticleCommandOptions = {
  ...ARTICLE_OUTPUT_DEFAULTS,
  format: 'article',
};

/** One flag line of `--help`: the flag, what it does, and the range the schema allows. */
const flagHelp = (flag: string, what: string, key: ArticleKey, shown: string) =>
  `  ${flag.padEnd(24)}${what}: ${describeArticleField(key, 'cli')} (default ${shown})`;

export const ARTICLE_USAGE = [
  "train --preset article [flags]   run the article's one-neuron program",
  flagHelp('--lr <number>', 'learning rate', 'learningRate', String(ARTICLE_DEFAULTS.learningRate)),
  flagHelp('--epochs <n>', 'passes over the data', 'epochs', String(ARTICLE_DEFAULTS.epochs)),
  flagHelp('--activation <name>', 'the neuron', 'activation', ARTICLE_DEFAULTS.activation),
  '  --add <x1,x2,label>     append a training example (label 0 or 1); repeatable',
  flagHelp(
    '--print-every <k>',
    'article format: print every k-th epoch',
    'printEvery',
    String(ARTICLE_DEFAULTS.printEvery),
  ),
  "  --format <name>         article (the Python program's output, exactly) or",
  '                          jsonl (one JSON object per epoch; stops at divergence)',
];

const FLAGS: Readonly<Record<string, FlagSpec>> = {
  preset: { value: true },
  lr: { value: true },
  epochs: { value: true },
  activation: { value: true },
  add: { value: true, repeatable: true },
  'print-every': { value: true },
  format: { value: true },
};

/** The flag's value checked by the settings schema, or the default when the flag is absent. */
function setting<K extends ArticleKey>(
  flag: string,
  key: K,
  text: string | undefined,
  read: (flag: string, text: string) => unknown,
): ArticleSettings[K] | undefined {
  if (text === undefined) return undefined;
  const result = checkArticleField(key, read(`--${flag}`, text), 'cli');
  if (!result.ok) throw refused(`--${flag}`, text, result.message);
  return result.value;
}

const word = (_flag: string, text: string): string => text;

function parseExample(text: string): unknown {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 3) {
    throw new UsageError(`--add expects x1,x2,label (three values), got ${quote(text)}`);
  }
  return parts.map((part) => parseDecimal('--add', part));
}

/** Parses the flags of `train --preset article`; every mistake is a UsageError. */
export function parseArticleArgs(args: readonly string[]): ArticleCommandOptions {
  const flags = parseFlags(args, FLAGS);
  const preset = single(flags, 'preset');
  if (preset !== 'article') {
    throw new UsageError(`--preset must be article here, got ${quote(preset ?? '')}`);
  }
  const added = flags.values.get('add') ?? [];
  const extra = setting('add', 'extraPoints', added.length > 0 ? added.join(' ') : undefined, () =>
    added.map(parseExample),
  );
  const formatText = single(flags, 'format');
  return {
    learningRate:
      setting('lr', 'learningRate', single(flags, 'lr'), parseDecimal) ??
      ARTICLE_DEFAULTS.learningRate,
    epochs:
      setting('epochs', 'epochs', single(flags, 'epochs'), parseDecimal) ?? ARTICLE_DEFAULTS.epochs,
    activation:
      setting('activation', 'activation', single(flags, 'activation'), word) ??
      ARTICLE_DEFAULTS.activation,
    extra: extra ?? [],
    printEvery:
      setting('print-every', 'printEvery', single(flags, 'print-every'), parseDecimal) ??
      ARTICLE_DEFAULTS.printEvery,
    format:
      formatText === undefined
        ? ARTICLE_DEFAULTS.format
        : parseChoice('--format', formatText, ['article', 'jsonl'] as const),
  };
}

/** A number for JSON: finite numbers as they are, the others as "NaN", "Infinity", "-Infinity". */
function jsonNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

/**
 * One epoch as a JSON line. `diverged` is true when a parameter is not finite or the lab's
 * divergence rule (core/divergence.ts, fed by `watch`) holds for this epoch's loss; the status
 * is then "diverged", otherwise "finished" on the last epoch and "running" before.
 */
export function formatJsonlEpoch(
  { epoch, totalLoss, weights, bias }: ArticleEpoch,
  lastEpoch: number,
  watch: DivergenceWatch = new DivergenceWatch(),
): { line: string; diverged: boolean } {
  const [w0, w1] = weights;
  const grew = watch.add(epoch, totalLoss);
  const diverged = grew || ![w0, w1, bias].every(Number.isFinite);
  const status = diverged ? 'diverged' : epoch === lastEpoch ? 'finished' : 'running';
  const line = JSON.stringify({
    epoch,
    loss: jsonNumber(totalLoss),
    weights: [jsonNumber(w0), jsonNumber(w1)],
    bias: jsonNumber(bias),
    status,
  });
  return { line, diverged };
}

/** Runs the program and writes its output, one line per call of `out`. */
export function runArticleCommand(
  options: ArticleCommandOptions,
  out: (line: string) => void,
): void {
  if (options.format === 'article') {
    writeArticleOutput(options, out);
    return;
  }
  const program = articleProgramOptions(options);
  const watch = new DivergenceWatch();
  runArticleProgram(program, (epoch) => {
    const { line, diverged } = formatJsonlEpoch(epoch, program.epochs - 1, watch);
    out(line);
    return !diverged;
  });
}
