/**
 * The 'article-program' request: runs the article's Python program (exactly, see
 * src/core/article.ts) for the learner's settings and answers with the lines it prints —
 * the same text as `cli train --preset article --format article`. Every value is checked
 * first against the settings schema, because the request arrives as a message and a bad one
 * must become a clear error event, not a frozen worker or a page of NaN.
 */
import { articleOutputLines, type ArticleOutputOptions } from '../core/article-output';
import {
  articleFieldRange,
  checkArticleField,
  MAX_ADDED_EXAMPLES,
  type ArticleKey,
  type ArticleSettings,
} from '../settings/article';
import { displayValue } from '../settings/kit';
import type { AnswerOf, AskOf } from './request-protocol';

type ArticleProgramCommand = AskOf<'article-program'>;

/** The browser's limits, read off the settings schema (src/settings/article.ts). */
export const MAX_ARTICLE_EPOCHS = articleFieldRange('epochs', 'browser').max;
export const MAX_ARTICLE_LEARNING_RATE = articleFieldRange('learningRate', 'browser').max;
export const MAX_ARTICLE_EXTRA_POINTS = MAX_ADDED_EXAMPLES;

/** One setting checked against the schema; a RangeError names it and the value it got. */
function checked<K extends ArticleKey>(key: K, value: unknown): ArticleSettings[K] {
  const result = checkArticleField(key, value, 'browser');
  if (!result.ok) throw new RangeError(`${result.message}, got ${displayValue(value)}`);
  return result.value;
}

/** The command's settings as the program's options; a RangeError names the first bad value. */
export function articleOutputOptionsOf(command: ArticleProgramCommand): ArticleOutputOptions {
  return {
    learningRate: checked('learningRate', command.learningRate),
    epochs: checked('epochs', command.epochs),
    activation: checked('activation', command.activation),
    extra: checked('extraPoints', command.extraPoints),
    printEvery: checked('printEvery', command.printEvery),
  };
}

export function articleProgramAnswer(command: ArticleProgramCommand): AnswerOf<'article-program'> {
  return {
    lines: articleOutputLines(articleOutputOptionsOf(command)),
  };
}
