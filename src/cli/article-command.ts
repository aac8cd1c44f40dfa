/**
 * `train --preset article`: runs the article's single-neuron program from src/core/article.ts
 * and prints either what the article's Python program prints (byte for byte, including its
 * behaviour after divergence) or one JSON object per epoch.
 */
import {
  ARTICLE_PROGRAM,
  ARTICLE_TEST_DEVICE,
  neuronPredict,
  runArticleProgram,
  type ArticleEpoch,
  type ArticleProgramOptions,
  type NeuronActivation,
} from '../core/article';
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
import { formatFixed, formatInt } from './python-format';

export type ArticleOutputFormat = 'article' | 'jsonl';

export interface ArticleCommandOptions {
  readonly learningRate: number;
  readonly epochs: number;
  readonly activation: NeuronActivation;
  /** Training examples appended after the article's four devices: [x1, x2, label]. */
  readonly extra: readonly (readonly [number, number, number])[];
  readonly printEvery: number;
  readonly format: ArticleOutputFormat;
}

export const ARTICLE_DEFAULTS: ArticleCommandOptions = {
  learningRate: ARTICLE_PROGRAM.learningRate,
  epochs: ARTICLE_PROGRAM.epochs,
  activation: ARTICLE_PROGRAM.activation,
  extra: [],
  printEvery: 25,
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

/** The core program's options for a command line: the article's data plus any extra rows. */
export function articleProgramOptions(options: ArticleCommandOptions): ArticleProgramOptions {
  return {
    ...ARTICLE_PROGRAM,
    inputs: [...ARTICLE_PROGRAM.inputs, ...options.extra.map(([x1, x2]) => [x1, x2] as const)],
    labels: [...ARTICLE_PROGRAM.labels, ...options.extra.map(([, , label]) => label)],
    learningRate: options.learningRate,
    epochs: options.epochs,
    activation: options.activation,
  };
}

/** A number for JSON: finite numbers as they are, the others as "NaN", "Infinity", "-Infinity". */
function jsonNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

/**
 * One epoch as a JSON line. `diverged` is true when the loss or a parameter is not finite;
 * the status is then "diverged", otherwise "finished" on the last epoch and "running" before.
 */
export function formatJsonlEpoch(
  { epoch, totalLoss, weights, bias }: ArticleEpoch,
  lastEpoch: number,
): { line: string; diverged: boolean } {
  const [w0, w1] = weights;
  const diverged = ![totalLoss, w0, w1, bias].every(Number.isFinite);
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
  const program = articleProgramOptions(options);
  if (options.format === 'jsonl') {
    runArticleProgram(program, (epoch) => {
      const { line, diverged } = formatJsonlEpoch(epoch, program.epochs - 1);
      out(line);
      return !diverged;
    });
    return;
  }

  // The article's format. Like the Python program, this keeps going after divergence.
  const { printEvery } = options;
  const final = runArticleProgram(program, ({ epoch, totalLoss, weights }) => {
    if (epoch % printEvery !== 0) return;
    out(
      `Epoch ${formatInt(epoch, 3)}  Loss=${formatFixed(totalLoss, 4)}  ` +
        `Weights=[${formatFixed(weights[0], 3)}, ${formatFixed(weights[1], 3)}]`,
    );
  });
  const [t0, t1] = ARTICLE_TEST_DEVICE;
  const prediction = neuronPredict(options.activation, final.weights, final.bias, t0, t1);
  // NaN > 0.5 is false in Python too, so a diverged neuron answers "Ring".
  const verdict = prediction > 0.5 ? 'Glasses ✅' : 'Ring ❌';
  out(`Prediction: ${formatFixed(prediction, 2)} → ${verdict}`);
}
