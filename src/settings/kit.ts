/**
 * The building blocks of every settings schema: numbers, whole numbers and lists that remember
 * their own range, so a control, a command-line `--help` line and an error message can read the
 * range back from the one schema that enforces it.
 */
import * as z from 'zod/mini';

/** Presentation hints zod has no slot for; ranges and types stay in the schemas themselves. */
export interface FieldMeta {
  readonly label?: string;
  readonly step?: number;
  /** A control should move along a logarithmic scale (rates spanning decades). */
  readonly log?: boolean;
}
/**
 * What controls and messages need to know about a schema. zod/mini has no getters to read a
 * range back off its checks, so the builders below record each range here in the same call that
 * builds the checks: a field's range is still written once, in its schema.
 */
interface SchemaInfo extends FieldMeta {
  readonly min?: number;
  readonly max?: number;
  /** The minimum itself is excluded (a rate must be above 0). */
  readonly aboveMin?: boolean;
  readonly integer?: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** A list whose items must all differ. */
  readonly distinct?: boolean;
  /** Text: what it must look like, in words ("16 hexadecimal digits"). */
  readonly format?: string;
}
export const schemaInfo = z.registry<SchemaInfo>();
// No code generated from strings: the page's Content-Security-Policy forbids it (no unsafe-eval).
z.config({ jitless: true });

/** Any finite number (zod's numbers already refuse NaN and ±Infinity). */
export const finite = (meta: FieldMeta = {}) => z.number().register(schemaInfo, meta);
/** A finite number from `min` to `max`, both included. */
export const num = (min: number, max: number, meta: FieldMeta = {}) =>
  z
    .number()
    .check(z.minimum(min), z.maximum(max))
    .register(schemaInfo, { ...meta, min, max });
/** A finite number above `min` (excluded) and up to `max` (included). */
export const numAbove = (min: number, max: number, meta: FieldMeta = {}) =>
  z
    .number()
    .check(z.gt(min), z.maximum(max))
    .register(schemaInfo, { ...meta, min, max, aboveMin: true });
/** A safe integer from `min` to `max`, both included. */
export const int = (min: number, max: number, meta: FieldMeta = {}) =>
  z
    .int()
    .check(z.minimum(min), z.maximum(max))
    .register(schemaInfo, { ...meta, min, max, integer: true });
/**
 * A list of at most `maxItems` items (and at least `minItems`, when given); with `distinct`, no
 * item may appear twice (compared with Object.is, so it suits names and numbers).
 */
export const list = <T extends z.ZodMiniType>(
  item: T,
  maxItems: number,
  meta: FieldMeta & { readonly minItems?: number; readonly distinct?: boolean } = {},
) =>
  z
    .array(item)
    .check(
      ...(meta.minItems === undefined ? [] : [z.minLength(meta.minItems)]),
      z.maxLength(maxItems),
      ...(meta.distinct
        ? [z.refine<unknown[]>((items) => new Set(items).size === items.length)]
        : []),
    )
    .register(schemaInfo, { ...meta, maxItems });
/** Text matching `pattern`; `format` says in words what that is, for messages. */
export const pattern = (regex: RegExp, format: string, meta: FieldMeta = {}) =>
  z
    .string()
    .check(z.regex(regex))
    .register(schemaInfo, { ...meta, format });
/** The closed enum of a core name list (z.enum wants a non-empty tuple type). */
export const oneOf = <T extends string>(names: readonly T[]) =>
  z.enum(names as readonly [T, ...T[]]);

export interface FieldRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** The minimum itself is excluded. */
  readonly aboveMin?: boolean;
  readonly step?: number;
  readonly log?: boolean;
  /** For lists: how many items are allowed. */
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** The schema without its default or optional wrapper. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  return schema instanceof z.ZodMiniDefault || schema instanceof z.ZodMiniOptional
    ? (schema.def.innerType as z.ZodMiniType)
    : schema;
}

export function lengthLimits(schema: z.ZodMiniType): { minItems?: number; maxItems?: number } {
  const { minItems, maxItems } = schemaInfo.get(schema) ?? {};
  return {
    ...(minItems === undefined ? {} : { minItems }),
    ...(maxItems === undefined ? {} : { maxItems }),
  };
}

/** The range of a number schema, or of each number of a list schema. */
export function rangeOf(schema: z.ZodMiniType, name = 'this setting'): FieldRange {
  const inner = unwrap(schema);
  const list = inner instanceof z.ZodMiniArray ? inner : null;
  const number = list ? list.def.element : inner;
  if (!(number instanceof z.ZodMiniNumber)) throw new TypeError(`${name} has no numeric range`);
  const meta = { ...schemaInfo.get(inner), ...schemaInfo.get(number) };
  const integer = meta.integer ?? false;
  const step = meta.step ?? (integer ? 1 : undefined);
  return {
    min: meta.min ?? -Number.MAX_VALUE,
    max: meta.max ?? Number.MAX_VALUE,
    integer,
    ...(meta.aboveMin ? { aboveMin: true } : {}),
    ...(step === undefined ? {} : { step }),
    ...(meta.log ? { log: true } : {}),
    ...(list ? lengthLimits(list) : {}),
  };
}

/** Plain decimal (1e-6 → "0.000001") so a message never shows exponent notation. */
export function formatNumber(n: number): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);
}

function expectedNumber(schema: z.ZodMiniType): string {
  const { min, max, integer, aboveMin } = schemaInfo.get(schema) ?? {};
  if (min === undefined || max === undefined) return integer ? 'a whole number' : 'a finite number';
  const range = aboveMin
    ? `above ${formatNumber(min)} and at most ${formatNumber(max)}`
    : `between ${formatNumber(min)} and ${formatNumber(max)}`;
  return integer ? `a whole number ${range}` : range;
}

/** What a valid value looks like, read off the schema: "between 0.000001 and 10". */
export function expected(schema: z.ZodMiniType): string {
  if (schema instanceof z.ZodMiniNumber) return expectedNumber(schema);
  if (schema instanceof z.ZodMiniEnum) return `one of ${schema.options.join(', ')}`;
  if (schema instanceof z.ZodMiniLiteral) {
    return `one of ${[...new Set(schema.def.values)].map((v) => (typeof v === 'number' ? formatNumber(v) : String(v))).join(', ')}`;
  }
  if (schema instanceof z.ZodMiniBoolean) return 'true or false';
  if (schema instanceof z.ZodMiniString) return schemaInfo.get(schema)?.format ?? 'text';
  if (schema instanceof z.ZodMiniOptional)
    return `${expected(schema.def.innerType as z.ZodMiniType)}, or absent`;
  if (schema instanceof z.ZodMiniDefault) return expected(schema.def.innerType as z.ZodMiniType);
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
    const each = expected(schema.def.element as z.ZodMiniType);
    return schemaInfo.get(schema)?.distinct
      ? `a list of ${count} different items (none twice), each ${each}`
      : `a list of ${count} items, each ${each}`;
  }
  return 'valid';
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `value` checked against `schema`, never throwing whatever `value` is; a valid value comes back
 * as a fresh (unshared) copy, an invalid one as "<label> must be <what is expected>".
 */
export function checkValue<T>(
  schema: z.ZodMiniType,
  label: string,
  value: unknown,
): FieldResult<T> {
  let success = false;
  let data: unknown;
  try {
    ({ success, data } = schema.safeParse(value));
  } catch {
    // A hostile object (a throwing getter or proxy) is simply invalid.
  }
  return success
    ? { ok: true, value: data as T }
    : { ok: false, message: `${label} must be ${expected(unwrap(schema))}` };
}

/** The label a schema was registered with, else the camelCase key spelled out. */
export function labelOf(key: string, ...schemas: z.ZodMiniType[]): string {
  for (const schema of schemas) {
    const label = schemaInfo.get(schema)?.label;
    if (label !== undefined) return label;
  }
  return key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
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
