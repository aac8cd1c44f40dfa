/**
 * The one schema for every setting: its type, its range and its default live here and nowhere
 * else. Controls ask `fieldRange` / `fieldOptions`, the URL and the config store ask
 * `validateField`, so a slider, a shared link and a typed value can never disagree.
 */
import * as z from 'zod/mini';
import type { ActivationName } from '../core/activations';
import { datasetNames, MAX_DATASET_SIZE, MAX_NOISE } from '../core/datasets';
import { lossNames } from '../core/losses';
import { optimizerNames } from '../core/optimizers';
import { scheduleNames } from '../core/schedules';
import { extraPointLabelProblem, MAX_EPOCHS } from '../engine/config-checks';
import type { ModelKind, NeuronKind, RunConfig } from '../engine/protocol';

/** Presentation hints zod has no slot for; ranges and types stay in the schemas themselves. */
export interface FieldMeta {
  readonly label?: string;
  readonly step?: number;
  /** A control should move along a logarithmic scale (rates spanning decades). */
  readonly log?: boolean;
}
/**
 * What controls and messages need to know about a schema. zod/mini has no getters to read a
 * range back off its checks, so the helpers below record each range here in the same call that
 * builds the checks: a field's range is still written once, in its schema.
 */
interface SchemaInfo extends FieldMeta {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
}
const schemaInfo = z.registry<SchemaInfo>();
// No code generated from strings: the page's Content-Security-Policy forbids it (no unsafe-eval).
z.config({ jitless: true });

const num = (min: number, max: number, meta: FieldMeta = {}) =>
  z
    .number()
    .check(z.minimum(min), z.maximum(max))
    .register(schemaInfo, { ...meta, min, max });
const int = (min: number, max: number, meta: FieldMeta = {}) =>
  z
    .int()
    .check(z.minimum(min), z.maximum(max))
    .register(schemaInfo, { ...meta, min, max, integer: true });
/** A list of at most `maxItems` items (and at least `minItems`, when given). */
const list = <T extends z.ZodMiniType>(
  item: T,
  maxItems: number,
  meta: FieldMeta & { readonly minItems?: number } = {},
) =>
  z
    .array(item)
    .check(
      ...(meta.minItems === undefined ? [] : [z.minLength(meta.minItems)]),
      z.maxLength(maxItems),
    )
    .register(schemaInfo, { ...meta, maxItems });
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
  model: z._default(oneOf<ModelKind>(['article', 'mlp']), 'article'),
  neuron: z._default(oneOf<NeuronKind>(['clip', 'linear', 'sigmoid']), 'clip'),
  dataset: z._default(oneOf(datasetNames), 'circle'),
  // Tighter than the generators' own limits: the lab must stay responsive in a browser tab.
  datasetSize: z._default(
    int(4, Math.min(2000, MAX_DATASET_SIZE), { label: 'data set size' }),
    200,
  ),
  noise: z._default(num(0, Math.min(2, MAX_NOISE), { step: 0.01 }), 0.1),
  validationSplit: z._default(num(0, 0.5, { step: 0.05 }), 0.3),
  hidden: z._default(list(int(1, 64), 6, { label: 'hidden layer sizes' }), [6, 6]),
  hiddenActivation: z._default(
    oneOf<ActivationName>(['linear', 'relu', 'tanh', 'sigmoid']),
    'tanh',
  ),
  loss: z._default(oneOf(lossNames), 'bce'),
  optimizer: z._default(oneOf(optimizerNames), 'sgd'),
  // 0.1 is the article's rate.
  learningRate: z._default(num(1e-6, 10, { log: true }), 0.1),
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
        num(-10, 10, { label: 'x1' }),
        num(-10, 10, { label: 'x2' }),
        int(0, 2, { label: 'label' }),
      ]),
      20,
      { label: 'extra points' },
    ),
    [],
  ),
} satisfies Record<keyof RunConfig, z.ZodMiniDefault>;

const appShape = {
  lesson: z._default(z.enum(lessonIds), 'loop'),
  theme: z._default(z.enum(['system', 'light', 'dark']), 'system'),
  lang: z._default(z.enum(['en', 'ar']).register(schemaInfo, { label: 'language' }), 'en'),
  mode: z._default(z.enum(['learner', 'presenter']), 'learner'),
  embed: z.optional(z.enum(lessonIds)).register(schemaInfo, { label: 'embedded lesson' }),
  speed: z._default(z.literal(speedOptions), 10),
  raceRates: z._default(
    list(num(1e-6, 10, { log: true }), 6, { label: 'race learning rates', minItems: 1 }),
    [0.01, 0.1, 1.5, 3],
  ),
  reducedMotion: z._default(z.boolean(), false),
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

function lengthLimits(schema: z.ZodMiniArray): { minItems?: number; maxItems?: number } {
  const { minItems, maxItems } = schemaInfo.get(schema) ?? {};
  return {
    ...(minItems === undefined ? {} : { minItems }),
    ...(maxItems === undefined ? {} : { maxItems }),
  };
}

export function fieldRange(key: NumericKey): FieldRange {
  const schema = fieldSchema(key);
  const list = schema instanceof z.ZodMiniArray ? schema : null;
  const number = list ? list.def.element : schema;
  if (!(number instanceof z.ZodMiniNumber)) throw new TypeError(`${key} has no numeric range`);
  const meta = { ...schemaInfo.get(schema), ...schemaInfo.get(number) };
  const integer = meta.integer ?? false;
  const step = meta.step ?? (integer ? 1 : undefined);
  return {
    min: meta.min ?? -Number.MAX_VALUE,
    max: meta.max ?? Number.MAX_VALUE,
    integer,
    ...(step === undefined ? {} : { step }),
    ...(meta.log ? { log: true } : {}),
    ...(list ? lengthLimits(list) : {}),
  };
}

export function fieldOptions<K extends OptionKey>(key: K): readonly NonNullable<SettingValue<K>>[] {
  let schema = fieldSchema(key);
  if (schema instanceof z.ZodMiniOptional) schema = schema.def.innerType as z.ZodMiniType;
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
  const schema = fieldSchema(key);
  const label = schemaInfo.get(schema)?.label ?? schemaInfo.get(shape[key])?.label;
  return label ?? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** Plain decimal (1e-6 → "0.000001") so a message never shows exponent notation. */
export function formatNumber(n: number): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);
}

/** What a valid value looks like, read off the schema: "between 0.000001 and 10". */
function expected(schema: z.ZodMiniType): string {
  if (schema instanceof z.ZodMiniNumber) {
    const { min = -Infinity, max = Infinity, integer } = schemaInfo.get(schema) ?? {};
    const range = `between ${formatNumber(min)} and ${formatNumber(max)}`;
    return integer ? `a whole number ${range}` : range;
  }
  if (schema instanceof z.ZodMiniEnum) return `one of ${schema.options.join(', ')}`;
  if (schema instanceof z.ZodMiniLiteral) {
    return `one of ${[...new Set(schema.def.values)].map((v) => (typeof v === 'number' ? formatNumber(v) : String(v))).join(', ')}`;
  }
  if (schema instanceof z.ZodMiniBoolean) return 'true or false';
  if (schema instanceof z.ZodMiniOptional)
    return `${expected(schema.def.innerType as z.ZodMiniType)}, or absent`;
  if (schema instanceof z.ZodMiniTuple) {
    // "x1, x2, label with x1 between -10 and 10, …": each item named by its meta label.
    const items = (schema.def.items as z.ZodMiniType[]).map((item, i) => ({
      name: schemaInfo.get(item)?.label ?? `item ${i + 1}`,
      item,
    }));
    const names = items.map(({ name }) => name).join(', ');
    return `${names} with ${items.map(({ name, item }) => `${name} ${expected(item)}`).join(', ')}`;
  }
  if (schema instanceof z.ZodMiniArray) {
    const { minItems = 0, maxItems } = lengthLimits(schema);
    const count =
      maxItems === undefined
        ? `at least ${minItems}`
        : minItems > 0
          ? `${minItems} to ${maxItems}`
          : `at most ${maxItems}`;
    return `a list of ${count} items, each ${expected(schema.def.element as z.ZodMiniType)}`;
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

/**
 * Checks between fields that each pass on their own: an extra point's label must name a class
 * of the run's data. Returns the setting to drop and why, or null when the run is usable.
 */
export function crossFieldProblem(run: RunConfig): { key: RunKey; message: string } | null {
  const message = extraPointLabelProblem(run);
  return message === null ? null : { key: 'extraPoints', message };
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
