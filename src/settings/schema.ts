/**
 * The one schema for every setting of the lab: its type, its range and its default live here
 * and nowhere else. Controls ask `fieldRange` / `fieldOptions`; the URL, the config store, the
 * command line and the engine's config check all ask `validateField` (or `checkRunSettings`),
 * so a slider, a shared link, a typed flag and the worker can never disagree.
 */
import * as z from 'zod/mini';
import type { ActivationName } from '../core/activations';
import { datasetNames, MAX_DATASET_SIZE, MAX_NOISE } from '../core/datasets';
import { inputFeatureNames, PLAIN_FEATURES } from '../core/features';
import { lossNames } from '../core/losses';
import { optimizerNames } from '../core/optimizers';
import { scheduleNames } from '../core/schedules';
import { extraPointLabelProblem } from './extra-points';
import {
  checkValue,
  displayValue,
  expected,
  int,
  labelOf,
  list,
  num,
  oneOf,
  pattern,
  rangeOf,
  schemaInfo,
  unwrap,
  type FieldRange,
  type FieldResult,
} from './kit';

export {
  displayValue,
  formatNumber,
  type FieldMeta,
  type FieldRange,
  type FieldResult,
} from './kit';

/** Long enough for any lesson or command line run; bounded so that a typo cannot run for days. */
export const MAX_EPOCHS = 10_000_000;
/** How many points a learner may add to a run's data, and how far out they may lie. */
export const MAX_EXTRA_POINTS = 20;
export const COORDINATE_LIMIT = 10;
/**
 * A run's learning-rate ceiling, shared with the article program. Far past any useful rate on
 * purpose, since watching a run diverge is a lesson.
 */
export const MAX_LEARNING_RATE = 100;

export const modelKinds = ['article', 'mlp'] as const;
export const neuronKinds = ['clip', 'linear', 'sigmoid'] as const;

export const lessonIds = [
  'loop',
  'forward',
  'loss',
  'backprop',
  'update',
  'learning-rate',
  'landscape',
  'vocabulary',
  'overfitting',
  'code',
  'scale',
  'embeddings',
] as const;
export type LessonId = (typeof lessonIds)[number];

/**
 * Imported data is named in a link by the first 16 hex digits of its SHA-256 (the overfitting
 * lab keeps the data itself in the browser: src/lessons/overfitting/data-vault.ts).
 */
export const DATA_HASH = /^[0-9a-f]{16}$/;

/** Epochs per second; Infinity = as fast as the machine allows (written `max` in the URL). */
export const speedOptions = [1, 2, 5, 10, 30, 100, 1000, Infinity] as const;

const runShape = {
  model: z._default(oneOf(modelKinds), 'article'),
  neuron: z._default(oneOf(neuronKinds), 'clip'),
  dataset: z._default(oneOf(datasetNames), 'circle'),
  // Tighter than the generators' own limits: the lab must stay responsive in a browser tab.
  datasetSize: z._default(
    int(4, Math.min(2000, MAX_DATASET_SIZE), { label: 'data set size' }),
    200,
  ),
  noise: z._default(num(0, Math.min(2, MAX_NOISE), { step: 0.01 }), 0.1),
  validationSplit: z._default(num(0, 0.5, { step: 0.05 }), 0.3),
  hidden: z._default(list(int(1, 64), 6, { label: 'hidden layer sizes' }), [6, 6]),
  // What the network is fed for a point (x1, x2) of a 2-D data set (core/features.ts); the
  // article's neuron always takes the plain pair.
  inputs: z._default(
    list(oneOf(inputFeatureNames), inputFeatureNames.length, {
      label: 'input features',
      minItems: 1,
      distinct: true,
    }),
    [...PLAIN_FEATURES],
  ),
  hiddenActivation: z._default(
    oneOf<ActivationName>(['linear', 'relu', 'tanh', 'sigmoid']),
    'tanh',
  ),
  loss: z._default(oneOf(lossNames), 'bce'),
  optimizer: z._default(oneOf(optimizerNames), 'sgd'),
  // 0.1 is the article's rate.
  learningRate: z._default(num(1e-6, MAX_LEARNING_RATE, { log: true }), 0.1),
  momentum: z._default(num(0, 0.999, { step: 0.001 }), 0.9),
  schedule: z._default(oneOf(scheduleNames), 'constant'),
  scheduleGamma: z._default(num(0.01, 1, { label: 'schedule factor', step: 0.01 }), 0.5),
  scheduleStep: z._default(int(1, 10_000, { label: 'schedule step (epochs)' }), 25),
  // 1 = the article's online learning: one update per sample.
  batchSize: z._default(int(1, 2000), 1),
  dropLast: z._default(z.boolean(), false),
  shuffle: z._default(z.boolean(), true),
  epochs: z._default(int(1, MAX_EPOCHS), 100),
  dropout: z._default(num(0, 0.9, { step: 0.05 }), 0),
  weightDecay: z._default(num(0, 1, { step: 0.0001 }), 0),
  inputNoise: z._default(num(0, 2, { label: 'input noise', step: 0.01 }), 0),
  patience: z._default(int(0, 1000, { label: 'early-stopping patience' }), 0),
  seed: z._default(int(0, 2 ** 31 - 1), 42),
  extraPoints: z._default(
    list(
      z.tuple([
        num(-COORDINATE_LIMIT, COORDINATE_LIMIT, { label: 'x1' }),
        num(-COORDINATE_LIMIT, COORDINATE_LIMIT, { label: 'x2' }),
        int(0, 2, { label: 'label' }),
      ]),
      MAX_EXTRA_POINTS,
      { label: 'extra points' },
    ),
    [],
  ),
};

const appShape = {
  lesson: z._default(z.enum(lessonIds), 'loop'),
  theme: z._default(z.enum(['system', 'light', 'dark']), 'system'),
  lang: z._default(z.enum(['en', 'ar']).register(schemaInfo, { label: 'language' }), 'en'),
  mode: z._default(z.enum(['learner', 'presenter']), 'learner'),
  embed: z.optional(z.enum(lessonIds)).register(schemaInfo, { label: 'embedded lesson' }),
  // The imported data the overfitting lab trains on; absent for generated data.
  data: z.optional(pattern(DATA_HASH, '16 hexadecimal digits (0-9, a-f)', { label: 'data' })),
  speed: z._default(z.literal(speedOptions), 10),
  raceRates: z._default(
    // The race compares sensible rates: its own ceiling is lower than a run's.
    list(num(1e-6, 10, { log: true }), 6, {
      label: 'race learning rates',
      minItems: 1,
    }),
    [0.01, 0.1, 1.5, 3],
  ),
  reducedMotion: z._default(z.boolean(), false),
};

/** Parsing `{}` yields the defaults; unknown keys are stripped, missing ones filled in. */
export const runConfigSchema = z.object(runShape);
export const appSettingsSchema = z.object(appShape);

/** A run's settings as the schema defines them (engine/protocol.ts's RunConfig must equal it). */
export type RunSettings = Frozen<z.output<typeof runConfigSchema>>;
export type AppSettings = Frozen<z.output<typeof appSettingsSchema>>;
/** Settings are values: read-only all the way down, lists and points included. */
type Frozen<T> = T extends readonly unknown[]
  ? { readonly [I in keyof T]: Frozen<T[I]> }
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;
export type RunKey = keyof typeof runShape;
export type AppKey = keyof typeof appShape;
export type SettingKey = RunKey | AppKey;
export type SettingValue<K extends SettingKey> = K extends RunKey
  ? RunSettings[K]
  : K extends AppKey
    ? AppSettings[K]
    : never;

export const DEFAULT_RUN_CONFIG: RunSettings = Object.freeze(runConfigSchema.parse({}));
export const DEFAULT_APP_SETTINGS: AppSettings = Object.freeze(appSettingsSchema.parse({}));

export const runKeys = Object.keys(runShape) as RunKey[];
export const appKeys = Object.keys(appShape) as AppKey[];

type Shape = typeof runShape & typeof appShape;
const shape: Shape = { ...runShape, ...appShape };

export function isRunKey(key: string): key is RunKey {
  return Object.hasOwn(runShape, key);
}
export function isAppKey(key: string): key is AppKey {
  return Object.hasOwn(appShape, key);
}

/** The field's schema without its default, so a missing value is an error, not a reset. */
function fieldSchema(key: SettingKey): z.ZodMiniType {
  const schema: z.ZodMiniType = shape[key];
  return schema instanceof z.ZodMiniDefault ? (schema.def.innerType as z.ZodMiniType) : schema;
}

type Inner<S> =
  S extends z.ZodMiniDefault<infer T> ? T : S extends z.ZodMiniOptional<infer T> ? T : S;
/** Settings with a numeric range (a number, or a list of numbers each in the range). */
export type NumericKey = {
  [K in SettingKey]: Inner<Shape[K]> extends z.core.$ZodNumber | z.core.$ZodArray<z.core.$ZodNumber>
    ? K
    : never;
}[SettingKey];
/** Settings chosen from a fixed list. */
export type OptionKey = {
  [K in SettingKey]: Inner<Shape[K]> extends z.core.$ZodEnum | z.core.$ZodLiteral ? K : never;
}[SettingKey];

export function fieldRange(key: NumericKey): FieldRange {
  return rangeOf(fieldSchema(key), key);
}

export function fieldOptions<K extends OptionKey>(key: K): readonly NonNullable<SettingValue<K>>[] {
  const schema = unwrap(fieldSchema(key));
  const values: readonly unknown[] =
    schema instanceof z.ZodMiniEnum
      ? schema.options
      : schema instanceof z.ZodMiniLiteral
        ? [...new Set(schema.def.values)]
        : [];
  return values as readonly NonNullable<SettingValue<K>>[];
}

/** Human label: meta label, else the camelCase key spelled out ("learningRate" → "learning rate"). */
export function fieldLabel(key: SettingKey): string {
  return labelOf(key, fieldSchema(key), shape[key]);
}

/** What a valid value of the setting looks like: "a whole number between 4 and 2000". */
export function describeField(key: SettingKey): string {
  return expected(fieldSchema(key));
}

/** Never throws, whatever `value` is; a valid value comes back as a fresh (unshared) copy. */
export function validateField<K extends SettingKey>(
  key: K,
  value: unknown,
): FieldResult<SettingValue<K>> {
  if (!isRunKey(key) && !isAppKey(key)) return { ok: false, message: `unknown setting "${key}"` };
  return checkValue(fieldSchema(key), fieldLabel(key), value);
}

/**
 * Checks between fields that each pass on their own: an extra point's label must name a class
 * of the run's data. Returns the setting to drop and why, or null when the run is usable.
 */
export function crossFieldProblem(run: RunSettings): { key: RunKey; message: string } | null {
  const message = extraPointLabelProblem(run);
  return message === null ? null : { key: 'extraPoints', message };
}

/**
 * The first problem with a complete run's settings, as a message naming the setting and the
 * value it got ("weight decay must be between 0 and 1, got 5"), or null when every field and
 * the cross-field rule pass. What the worker checks, so it rejects exactly what the URL does.
 */
export function runSettingsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a run needs its settings';
  const record = value as Record<string, unknown>;
  for (const key of runKeys) {
    const given = Object.hasOwn(record, key) ? record[key] : undefined;
    const result = validateField(key, given);
    if (!result.ok) return `${result.message}, got ${displayValue(given)}`;
  }
  return extraPointLabelProblem(record as unknown as RunSettings);
}

/** A complete, valid run (every field present, no defaults filled in), or null. */
export function parseRunConfig(value: unknown): RunSettings | null {
  return parseAll(value, runKeys) as RunSettings | null;
}
export function parseAppSettings(value: unknown): AppSettings | null {
  return parseAll(value, appKeys) as AppSettings | null;
}
function parseAll(value: unknown, keys: readonly SettingKey[]): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const present = Object.hasOwn(record, key);
    const result = validateField(key, present ? record[key] : undefined);
    if (!result.ok) return null;
    if (result.value !== undefined) out[key] = result.value;
  }
  return out;
}

/** A problem with one setting, ready to show: the offending value is shortened for display. */
export interface SettingNotice {
  readonly key: string;
  readonly value: string;
  readonly message: string;
}
