/**
 * The one schema for every setting: its type, its range and its default live here and nowhere
 * else. Controls ask `fieldRange` / `fieldOptions`, the URL and the config store ask
 * `validateField`, so a slider, a shared link and a typed value can never disagree.
 */
import { z } from 'zod';
import type { ActivationName } from '../core/activations';
import { datasetNames, MAX_DATASET_SIZE, MAX_NOISE } from '../core/datasets';
import { lossNames } from '../core/losses';
import { optimizerNames } from '../core/optimizers';
import { scheduleNames } from '../core/schedules';
import { MAX_EPOCHS } from '../engine/config-checks';
import type { ModelKind, NeuronKind, RunConfig } from '../engine/protocol';

/** Presentation hints zod has no slot for; ranges and types stay in the schemas themselves. */
export interface FieldMeta {
  readonly label?: string;
  readonly step?: number;
  /** A control should move along a logarithmic scale (rates spanning decades). */
  readonly log?: boolean;
}
const fieldMeta = z.registry<FieldMeta>();

const num = (min: number, max: number, meta: FieldMeta = {}) =>
  z.number().min(min).max(max).register(fieldMeta, meta);
const int = (min: number, max: number, meta: FieldMeta = {}) =>
  z.number().int().min(min).max(max).register(fieldMeta, meta);
/** The closed enum of a core name list (z.enum wants a non-empty tuple type). */
const oneOf = <T extends string>(names: readonly T[]) => z.enum(names as readonly [T, ...T[]]);

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

/** Epochs per second; Infinity = as fast as the machine allows (written `max` in the URL). */
export const speedOptions = [1, 2, 5, 10, 30, 100, 1000, Infinity] as const;

const runShape = {
  model: oneOf<ModelKind>(['article', 'mlp']).default('article'),
  neuron: oneOf<NeuronKind>(['clip', 'linear', 'sigmoid']).default('clip'),
  dataset: oneOf(datasetNames).default('circle'),
  // Tighter than the generators' own limits: the lab must stay responsive in a browser tab.
  datasetSize: int(4, Math.min(2000, MAX_DATASET_SIZE), { label: 'data set size' }).default(200),
  noise: num(0, Math.min(2, MAX_NOISE), { step: 0.01 }).default(0.1),
  validationSplit: num(0, 0.5, { step: 0.05 }).default(0.3),
  hidden: z
    .array(int(1, 64))
    .max(6)
    .register(fieldMeta, { label: 'hidden layer sizes' })
    .default([6, 6]),
  hiddenActivation: oneOf<ActivationName>(['linear', 'relu', 'tanh', 'sigmoid']).default('tanh'),
  loss: oneOf(lossNames).default('bce'),
  optimizer: oneOf(optimizerNames).default('sgd'),
  // 0.1 is the article's rate.
  learningRate: num(1e-6, 10, { log: true }).default(0.1),
  momentum: num(0, 0.999, { step: 0.001 }).default(0.9),
  schedule: oneOf(scheduleNames).default('constant'),
  scheduleGamma: num(0.01, 1, { label: 'schedule factor', step: 0.01 }).default(0.5),
  scheduleStep: int(1, 10_000, { label: 'schedule step (epochs)' }).default(25),
  // 1 = the article's online learning: one update per sample.
  batchSize: int(1, 2000).default(1),
  dropLast: z.boolean().default(false),
  shuffle: z.boolean().default(true),
  epochs: int(1, MAX_EPOCHS).default(100),
  dropout: num(0, 0.9, { step: 0.05 }).default(0),
  weightDecay: num(0, 1, { step: 0.0001 }).default(0),
  inputNoise: num(0, 2, { label: 'input noise', step: 0.01 }).default(0),
  patience: int(0, 1000, { label: 'early-stopping patience' }).default(0),
  seed: int(0, 2 ** 31 - 1).default(42),
  extraPoints: z
    .array(
      z.tuple([
        num(-10, 10, { label: 'x1' }),
        num(-10, 10, { label: 'x2' }),
        int(0, 2, { label: 'label' }),
      ]),
    )
    .max(20)
    .register(fieldMeta, { label: 'extra points' })
    .default([]),
} satisfies Record<keyof RunConfig, z.ZodDefault>;

const appShape = {
  lesson: z.enum(lessonIds).default('loop'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  lang: z.enum(['en', 'ar']).register(fieldMeta, { label: 'language' }).default('en'),
  mode: z.enum(['learner', 'presenter']).default('learner'),
  embed: z.enum(lessonIds).optional().register(fieldMeta, { label: 'embedded lesson' }),
  speed: z.literal(speedOptions).default(10),
  raceRates: z
    .array(num(1e-6, 10, { log: true }))
    .min(1)
    .max(6)
    .register(fieldMeta, { label: 'race learning rates' })
    .default([0.9, 0.01, 0.0001]),
  reducedMotion: z.boolean().default(false),
};

/** Parsing `{}` yields the defaults; unknown keys are stripped, missing ones filled in. */
export const runConfigSchema = z.object(runShape);
export const appSettingsSchema = z.object(appShape);

export type AppSettings = z.output<typeof appSettingsSchema>;
export type RunKey = keyof typeof runShape;
export type AppKey = keyof typeof appShape;
export type SettingKey = RunKey | AppKey;
export type SettingValue<K extends SettingKey> = K extends RunKey
  ? RunConfig[K]
  : K extends AppKey
    ? AppSettings[K]
    : never;

// Typed as RunConfig: a protocol field the schema lacks (or types differently) fails to compile.
export const DEFAULT_RUN_CONFIG: RunConfig = Object.freeze(runConfigSchema.parse({}));
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
function fieldSchema(key: SettingKey): z.ZodType {
  const schema: z.ZodType = shape[key];
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

type Inner<S> = S extends z.ZodDefault<infer T> ? T : S extends z.ZodOptional<infer T> ? T : S;
/** Settings with a numeric range (a number, or a list of numbers each in the range). */
export type NumericKey = {
  [K in SettingKey]: Inner<Shape[K]> extends z.ZodNumber | z.ZodArray<z.ZodNumber> ? K : never;
}[SettingKey];
/** Settings chosen from a fixed list. */
export type OptionKey = {
  [K in SettingKey]: Inner<Shape[K]> extends z.ZodEnum | z.ZodLiteral ? K : never;
}[SettingKey];

export interface FieldRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly step?: number;
  readonly log?: boolean;
  /** For lists: how many items are allowed. */
  readonly minItems?: number;
  readonly maxItems?: number;
}

function lengthLimits(schema: z.ZodArray): { minItems?: number; maxItems?: number } {
  const limits: { minItems?: number; maxItems?: number } = {};
  for (const check of schema.def.checks ?? []) {
    if (check instanceof z.core.$ZodCheckMinLength) limits.minItems = check._zod.def.minimum;
    if (check instanceof z.core.$ZodCheckMaxLength) limits.maxItems = check._zod.def.maximum;
  }
  return limits;
}

export function fieldRange(key: NumericKey): FieldRange {
  const schema = fieldSchema(key);
  const list = schema instanceof z.ZodArray ? schema : null;
  const number = list ? list.element : schema;
  if (!(number instanceof z.ZodNumber)) throw new TypeError(`${key} has no numeric range`);
  const meta = { ...fieldMeta.get(schema), ...fieldMeta.get(number) };
  const step = meta.step ?? (number.isInt ? 1 : undefined);
  return {
    min: number.minValue ?? -Number.MAX_VALUE,
    max: number.maxValue ?? Number.MAX_VALUE,
    integer: number.isInt,
    ...(step === undefined ? {} : { step }),
    ...(meta.log ? { log: true } : {}),
    ...(list ? lengthLimits(list) : {}),
  };
}

export function fieldOptions<K extends OptionKey>(key: K): readonly NonNullable<SettingValue<K>>[] {
  let schema = fieldSchema(key);
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  const values: readonly unknown[] =
    schema instanceof z.ZodEnum
      ? schema.options
      : schema instanceof z.ZodLiteral
        ? [...schema.values]
        : [];
  return values as readonly NonNullable<SettingValue<K>>[];
}

/** Human label: meta label, else the camelCase key spelled out ("learningRate" → "learning rate"). */
export function fieldLabel(key: SettingKey): string {
  const schema = fieldSchema(key);
  const label = fieldMeta.get(schema)?.label ?? fieldMeta.get(shape[key])?.label;
  return label ?? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** Plain decimal (1e-6 → "0.000001") so a message never shows exponent notation. */
export function formatNumber(n: number): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);
}

/** What a valid value looks like, read off the schema: "between 0.000001 and 10". */
function expected(schema: z.ZodType): string {
  if (schema instanceof z.ZodNumber) {
    const range = `between ${formatNumber(schema.minValue ?? -Infinity)} and ${formatNumber(schema.maxValue ?? Infinity)}`;
    return schema.isInt ? `a whole number ${range}` : range;
  }
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.join(', ')}`;
  if (schema instanceof z.ZodLiteral) {
    return `one of ${[...schema.values].map((v) => (typeof v === 'number' ? formatNumber(v) : String(v))).join(', ')}`;
  }
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodOptional)
    return `${expected(schema.unwrap() as z.ZodType)}, or absent`;
  if (schema instanceof z.ZodTuple) {
    // "x1, x2, label with x1 between -10 and 10, …": each item named by its meta label.
    const items = (schema.def.items as z.ZodType[]).map((item, i) => ({
      name: fieldMeta.get(item)?.label ?? `item ${i + 1}`,
      item,
    }));
    const names = items.map(({ name }) => name).join(', ');
    return `${names} with ${items.map(({ name, item }) => `${name} ${expected(item)}`).join(', ')}`;
  }
  if (schema instanceof z.ZodArray) {
    const { minItems = 0, maxItems } = lengthLimits(schema);
    const count =
      maxItems === undefined
        ? `at least ${minItems}`
        : minItems > 0
          ? `${minItems} to ${maxItems}`
          : `at most ${maxItems}`;
    return `a list of ${count} items, each ${expected(schema.element as z.ZodType)}`;
  }
  return 'valid';
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Never throws, whatever `value` is; a valid value comes back as a fresh (unshared) copy. */
export function validateField<K extends SettingKey>(
  key: K,
  value: unknown,
): FieldResult<SettingValue<K>> {
  if (!isRunKey(key) && !isAppKey(key)) return { ok: false, message: `unknown setting "${key}"` };
  const schema = fieldSchema(key);
  let success = false;
  let data: unknown;
  try {
    ({ success, data } = schema.safeParse(value));
  } catch {
    // A hostile object (a throwing getter or proxy) is simply invalid.
  }
  return success
    ? { ok: true, value: data as SettingValue<K> }
    : { ok: false, message: `${fieldLabel(key)} must be ${expected(schema)}` };
}

/** A complete, valid RunConfig (every field present, no defaults filled in), or null. */
export function parseRunConfig(value: unknown): RunConfig | null {
  return parseAll(value, runKeys) as RunConfig | null;
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

const DISPLAY_LENGTH = 40;

/** Any value as short display text; never throws (hostile toString, BigInt, cycles). */
export function displayValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value
        : typeof value === 'number'
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    try {
      text = String(value);
    } catch {
      text = '(unprintable)';
    }
  }
  const chars = Array.from(text.slice(0, DISPLAY_LENGTH * 2));
  return chars.length > DISPLAY_LENGTH ? `${chars.slice(0, DISPLAY_LENGTH - 1).join('')}…` : text;
}
