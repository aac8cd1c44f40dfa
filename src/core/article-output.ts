/**
 * What the article's Python program prints, line by line, for a chosen learning rate, number
 * of epochs, activation, added examples and print interval. The command line and the engine
 * both print through here, so `cli train --preset article` and the code lesson's "Run the
 * article's program" cannot drift apart.
 */
import {
  ARTICLE_PROGRAM,
  ARTICLE_TEST_DEVICE,
  neuronPredict,
  runArticleProgram,
  type ArticleProgramOptions,
  type NeuronActivation,
} from './article';
import { formatFixed, formatInt } from './python-format';

/** A training example appended after the article's four devices: [x1, x2, label]. */
export type ExtraExample = readonly [number, number, number];

export interface ArticleOutputOptions {
  readonly learningRate: number;
  readonly epochs: number;
  readonly activation: NeuronActivation;
  readonly extra: readonly ExtraExample[];
  /** Print every k-th epoch, counted from epoch 0 (the program's `epoch % 25 == 0`). */
  readonly printEvery: number;
}

/** The program as the article publishes it (it prints every 25th epoch). */
export const ARTICLE_OUTPUT_DEFAULTS: ArticleOutputOptions = {
  learningRate: ARTICLE_PROGRAM.learningRate,
  epochs: ARTICLE_PROGRAM.epochs,
  activation: ARTICLE_PROGRAM.activation,
  extra: [],
  printEvery: 25,
};

/** The core program's options: the article's data plus any extra rows. */
export function articleProgramOptions(options: ArticleOutputOptions): ArticleProgramOptions {
  return {
    ...ARTICLE_PROGRAM,
    inputs: [...ARTICLE_PROGRAM.inputs, ...options.extra.map(([x1, x2]) => [x1, x2] as const)],
    labels: [...ARTICLE_PROGRAM.labels, ...options.extra.map(([, , label]) => label)],
    learningRate: options.learningRate,
    epochs: options.epochs,
    activation: options.activation,
  };
}

/**
 * Runs the program and hands each printed line to `out`, as it is printed. Like the Python
 * program, it keeps going after the numbers diverge (they print as nan or inf).
 */
export function writeArticleOutput(
  options: ArticleOutputOptions,
  out: (line: string) => void,
): void {
  const { printEvery } = options;
  const final = runArticleProgram(
    articleProgramOptions(options),
    ({ epoch, totalLoss, weights }) => {
      if (epoch % printEvery !== 0) return;
      out(
        `Epoch ${formatInt(epoch, 3)}  Loss=${formatFixed(totalLoss, 4)}  ` +
          `Weights=[${formatFixed(weights[0], 3)}, ${formatFixed(weights[1], 3)}]`,
      );
    },
  );
  const [t0, t1] = ARTICLE_TEST_DEVICE;
  const prediction = neuronPredict(options.activation, final.weights, final.bias, t0, t1);
  // NaN > 0.5 is false in Python too, so a diverged neuron answers "Ring".
  const verdict = prediction > 0.5 ? 'Glasses ✅' : 'Ring ❌';
  out(`Prediction: ${formatFixed(prediction, 2)} → ${verdict}`);
}

/** Everything the program prints, one string per line (without the newlines). */
export function articleOutputLines(options: ArticleOutputOptions): string[] {
  const lines: string[] = [];
  writeArticleOutput(options, (line) => lines.push(line));
  return lines;
}
