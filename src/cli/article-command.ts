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
  parseChoice,
  parseDecimal,
  parseFlags,
  parseWhole,
  quote,
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

export const MAX_EPOCHS = 10_000_000;
export const MAX_LEARNING_RATE = 100;

export const ARTICLE_USAGE = [
  "train --preset article [flags]   run the article's one-neuron program",
  '  --lr <number>           learning rate, > 0 and <= 100 (default 0.1)',
  '  --epochs <n>            passes over the data, 1 to 10000000 (default 100)',
  '  --activation <name>     clip, linear or sigmoid (default clip)',
  '  --add <x1,x2,label>     append a training example (label 0 or 1); repeatable',
  '  --print-every <k>       article format: print every k-th epoch (default 25)',
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

function parseExample(text: string): [number, number, number] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 3) {
    throw new UsageError(`--add expects x1,x2,label (three values), got ${quote(text)}`);
  }
  const [x1, x2, label] = parts.map((part) => parseDecimal('--add', part)) as [
    number,
    number,
    number,
  ];
  if (!Number.isFinite(x1) || !Number.isFinite(x2)) {
    throw new UsageError(`--add needs finite x1 and x2, got ${quote(text)}`);
  }
  if (label !== 0 && label !== 1) {
    throw new UsageError(`--add label must be 0 or 1, got ${quote(parts[2] as string)}`);
  }
  return [x1, x2, label];
}

/** Parses the flags of `train --preset article`; every mistake is a UsageError. */
export function parseArticleArgs(args: readonly string[]): ArticleCommandOptions {
  const flags = parseFlags(args, FLAGS);
  const preset = single(flags, 'preset');
  if (preset !== 'article') {
    throw new UsageError(`--preset must be article here, got ${quote(preset ?? '')}`);
  }

  let learningRate = ARTICLE_DEFAULTS.learningRate;
  const lrText = single(flags, 'lr');
  if (lrText !== undefined) {
    learningRate = parseDecimal('--lr', lrText);
    if (!Number.isFinite(learningRate) || learningRate <= 0 || learningRate > MAX_LEARNING_RATE) {
      throw new UsageError(
        `--lr must be a finite number > 0 and <= ${MAX_LEARNING_RATE}, got ${quote(lrText)}`,
      );
    }
  }
  const epochsText = single(flags, 'epochs');
  const printEveryText = single(flags, 'print-every');
  const activationText = single(flags, 'activation');
  const formatText = single(flags, 'format');
  return {
    learningRate,
    epochs:
      epochsText === undefined
        ? ARTICLE_DEFAULTS.epochs
        : parseWhole('--epochs', epochsText, 1, MAX_EPOCHS),
    activation:
      activationText === undefined
        ? ARTICLE_DEFAULTS.activation
        : parseChoice('--activation', activationText, ['clip', 'linear', 'sigmoid'] as const),
    extra: (flags.values.get('add') ?? []).map(parseExample),
    printEvery:
      printEveryText === undefined
        ? ARTICLE_DEFAULTS.printEvery
        : parseWhole('--print-every', printEveryText, 1, Number.MAX_SAFE_INTEGER),
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
