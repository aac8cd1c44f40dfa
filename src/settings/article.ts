/**
 * The settings of the article's one-neuron program (src/core/article-output.ts), as the command
 * line's `train --preset article` and the code lesson's "Run the article's program" take them.
 * The browser runs the program inside the worker in one go, so it allows fewer epochs.
 */
import * as z from 'zod/mini';
import { ARTICLE_OUTPUT_DEFAULTS } from '../core/article-output';
import {
  checkValue,
  expected,
  finite,
  int,
  labelOf,
  list,
  numAbove,
  oneOf,
  rangeOf,
  type FieldRange,
  type FieldResult,
} from './kit';
import { MAX_EPOCHS, MAX_LEARNING_RATE, neuronKinds } from './schema';

/** In the browser the program runs in one go inside the worker: keep it to a moment. */
export const MAX_BROWSER_ARTICLE_EPOCHS = 100_000;
/** Examples a learner may append to the article's four devices. */
export const MAX_ADDED_EXAMPLES = 100;

const epochs = (max: number) =>
  z._default(int(1, max, { label: 'epochs' }), ARTICLE_OUTPUT_DEFAULTS.epochs);

const articleShape = {
  learningRate: z._default(
    numAbove(0, MAX_LEARNING_RATE, { label: 'learning rate', log: true }),
    ARTICLE_OUTPUT_DEFAULTS.learningRate,
  ),
  epochs: epochs(MAX_EPOCHS),
  activation: z._default(oneOf(neuronKinds), ARTICLE_OUTPUT_DEFAULTS.activation),
  printEvery: z._default(
    int(1, MAX_EPOCHS, { label: 'print every' }),
    ARTICLE_OUTPUT_DEFAULTS.printEvery,
  ),
  extraPoints: z._default(
    list(
      z.tuple([finite({ label: 'x1' }), finite({ label: 'x2' }), int(0, 1, { label: 'label' })]),
      MAX_ADDED_EXAMPLES,
      { label: 'added examples' },
    ),
    [],
  ),
};
const browserShape = { ...articleShape, epochs: epochs(MAX_BROWSER_ARTICLE_EPOCHS) };

export type ArticleKey = keyof typeof articleShape;
export const articleKeys = Object.keys(articleShape) as ArticleKey[];
export type ArticleSettings = z.output<z.ZodMiniObject<typeof articleShape>>;
/** Where the program runs: the command line, or the browser's worker (fewer epochs). */
export type ArticleSite = 'cli' | 'browser';

function fieldSchema(key: ArticleKey, site: ArticleSite): z.ZodMiniType {
  const schema: z.ZodMiniType = (site === 'cli' ? articleShape : browserShape)[key];
  return schema instanceof z.ZodMiniDefault ? (schema.def.innerType as z.ZodMiniType) : schema;
}

export const ARTICLE_SETTINGS_DEFAULTS: ArticleSettings = Object.freeze(
  z.object(articleShape).parse({}),
);

export function articleFieldLabel(key: ArticleKey): string {
  return labelOf(key, fieldSchema(key, 'cli'));
}

/** The value checked against the setting's range; never throws. */
export function checkArticleField<K extends ArticleKey>(
  key: K,
  value: unknown,
  site: ArticleSite,
): FieldResult<ArticleSettings[K]> {
  return checkValue(fieldSchema(key, site), articleFieldLabel(key), value);
}

export function articleFieldRange(
  key: 'learningRate' | 'epochs' | 'printEvery',
  site: ArticleSite,
): FieldRange {
  return rangeOf(fieldSchema(key, site), key);
}

/** What a valid value looks like: "above 0 and at most 100". */
export function describeArticleField(key: ArticleKey, site: ArticleSite): string {
  return expected(fieldSchema(key, site));
}
