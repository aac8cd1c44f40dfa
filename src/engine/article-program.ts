/**
 * The 'article-program' request: runs the article's Python program (exactly, see
 * src/core/article.ts) for the learner's settings and answers with the lines it prints —
 * the same text as `cli train --preset article --format article`. Every value is checked
 * first, because the request arrives as a message and a bad one must become a clear
 * error event, not a frozen worker or a page of NaN.
 */
import {
  articleOutputLines,
  type ArticleOutputOptions,
  type ExtraExample,
} from '../core/article-output';
import type { EngineCommand, EngineEvent } from './protocol';

type ArticleProgramCommand = Extract<EngineCommand, { type: 'article-program' }>;

/** The browser runs the program inside the worker in one go: keep it to a moment. */
export const MAX_ARTICLE_EPOCHS = 100_000;
/** The same ceiling as the command line's --lr. */
export const MAX_ARTICLE_LEARNING_RATE = 100;
export const MAX_ARTICLE_EXTRA_POINTS = 100;

const ACTIVATIONS: readonly string[] = ['clip', 'linear', 'sigmoid'];

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkExtraPoint(point: unknown, index: number): ExtraExample {
  const where = `added example ${index + 1}`;
  if (!Array.isArray(point) || point.length !== 3) {
    throw new RangeError(`${where} must be [x1, x2, label]`);
  }
  const [x1, x2, label] = point as unknown[];
  if (typeof x1 !== 'number' || typeof x2 !== 'number') {
    throw new RangeError(`${where} needs numbers for x1 and x2`);
  }
  if (!Number.isFinite(x1) || !Number.isFinite(x2)) {
    throw new RangeError(`${where} needs finite x1 and x2, got ${x1}, ${x2}`);
  }
  if (label !== 0 && label !== 1) {
    throw new RangeError(`${where} needs the label 0 (ring) or 1 (glasses), got ${String(label)}`);
  }
  return [x1, x2, label];
}

/** The command's settings as the program's options; a RangeError names the first bad value. */
export function articleOutputOptionsOf(command: ArticleProgramCommand): ArticleOutputOptions {
  const { learningRate, epochs, activation, extraPoints, printEvery } = command;
  if (
    typeof learningRate !== 'number' ||
    !Number.isFinite(learningRate) ||
    learningRate <= 0 ||
    learningRate > MAX_ARTICLE_LEARNING_RATE
  ) {
    throw new RangeError(
      `learning rate must be a number > 0 and <= ${MAX_ARTICLE_LEARNING_RATE}, got ${String(learningRate)}`,
    );
  }
  if (!isWhole(epochs, 1, MAX_ARTICLE_EPOCHS)) {
    throw new RangeError(
      `epochs must be a whole number from 1 to ${MAX_ARTICLE_EPOCHS} here, got ${String(epochs)}`,
    );
  }
  if (!ACTIVATIONS.includes(activation)) {
    throw new RangeError(`activation must be clip, linear or sigmoid, got ${String(activation)}`);
  }
  if (!isWhole(printEvery, 1, Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`print every must be a whole number >= 1, got ${String(printEvery)}`);
  }
  if (!Array.isArray(extraPoints) || extraPoints.length > MAX_ARTICLE_EXTRA_POINTS) {
    throw new RangeError(`at most ${MAX_ARTICLE_EXTRA_POINTS} added examples are allowed`);
  }
  return {
    learningRate,
    epochs,
    activation,
    extra: extraPoints.map(checkExtraPoint),
    printEvery,
  };
}

export function articleProgramEvent(command: ArticleProgramCommand): EngineEvent {
  return {
    type: 'article-program',
    requestId: command.requestId,
    lines: articleOutputLines(articleOutputOptionsOf(command)),
  };
}
