/**
 * How one setting is named and written in a link, and read back: shared by the main settings
 * (url-state.ts) and the overfitting lab's own (lab-url.ts, the same keys behind `f.`), so a
 * value reads the same whichever part of the link it is in.
 */
import {
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  displayValue,
  fieldLabel,
  isRunKey,
  validateField,
  type SettingKey,
  type SettingNotice,
  type SettingValue,
} from '../store/config-schema';
import { readNumberText } from '../settings/text';

export type UrlNotice = SettingNotice;
/** Records that the value of `key` was dropped, and why. */
export type Note = (key: string, value: string, message: string) => void;

export const URL_KEYS = {
  lesson: 'ls',
  model: 'm',
  neuron: 'act',
  dataset: 'd',
  datasetSize: 'n',
  noise: 'nz',
  validationSplit: 'vs',
  hidden: 'h',
  inputs: 'fx',
  hiddenActivation: 'ha',
  loss: 'l',
  optimizer: 'o',
  learningRate: 'lr',
  momentum: 'mo',
  schedule: 'sch',
  scheduleGamma: 'sg',
  scheduleStep: 'se',
  batchSize: 'b',
  dropLast: 'dl',
  shuffle: 'sh',
  epochs: 'e',
  dropout: 'dr',
  weightDecay: 'wd',
  inputNoise: 'an',
  patience: 'es',
  seed: 's',
  extraPoints: 'pts',
  theme: 'th',
  lang: 'lang',
  mode: 'mode',
  embed: 'embed',
  data: 'data',
  speed: 'sp',
  raceRates: 'rr',
  reducedMotion: 'rm',
} as const satisfies Record<SettingKey, string>;

/** Longer than any valid value (20 points of 3 full-precision numbers); longer is hostile. */
const MAX_VALUE_LENGTH = 2000;

interface Codec {
  /** Text to a candidate value; anything unparseable is passed on as text for the schema to reject. */
  read(text: string): unknown;
  write(value: unknown): string;
}

// The command line reads numbers the same way (src/settings/text.ts).
const readNumber = (text: string): unknown => readNumberText(text) ?? text;
const writeNumber = (value: unknown): string =>
  Object.is(value, -0) ? '-0' : String(value).replace('e+', 'e');
const readList = (text: string, separator: string): string[] =>
  text === '' ? [] : text.split(separator);

const codecs = {
  number: { read: readNumber, write: writeNumber },
  flag: {
    read: (t) => (t === '1' || t === 'true' ? true : t === '0' || t === 'false' ? false : t),
    write: (v) => (v ? '1' : '0'),
  },
  text: { read: (t) => t, write: (v) => String(v) },
  names: {
    read: (t) => readList(t, ',').map((name) => name.trim()),
    write: (v) => (v as readonly unknown[]).map(String).join(','),
  },
  numbers: {
    read: (t) => readList(t, ',').map(readNumber),
    write: (v) => (v as readonly unknown[]).map(writeNumber).join(','),
  },
  points: {
    read: (t) => readList(t, ';').map((p) => p.split(',').map(readNumber)),
    write: (v) =>
      (v as readonly (readonly unknown[])[]).map((p) => p.map(writeNumber).join(',')).join(';'),
  },
  speed: {
    read: (t) => (t === 'max' ? Infinity : readNumber(t)),
    write: (v) => (v === Infinity ? 'max' : writeNumber(v)),
  },
} satisfies Record<string, Codec>;

function codecOf(setting: SettingKey): Codec {
  if (setting === 'hidden' || setting === 'raceRates') return codecs.numbers;
  if (setting === 'extraPoints') return codecs.points;
  if (setting === 'inputs') return codecs.names;
  if (setting === 'speed') return codecs.speed;
  const example = defaultOf(setting);
  return typeof example === 'number'
    ? codecs.number
    : typeof example === 'boolean'
      ? codecs.flag
      : codecs.text;
}

export function defaultOf(setting: SettingKey): unknown {
  return isRunKey(setting) ? DEFAULT_RUN_CONFIG[setting] : DEFAULT_APP_SETTINGS[setting];
}

/** Deep equality that tells -0 from 0, so a written value reads back bit for bit. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  return Object.is(a, b);
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Escapes only what a query value needs, so `0.9,0.01` stays readable. */
const encode = (text: string): string =>
  text.replace(/[^A-Za-z0-9\-._~,;:!*'()]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: write U+FFFD rather than throw
    }
  });

/** `key=value` for a setting's value, escaped for a query string. */
export function writePair(key: string, setting: SettingKey, value: unknown): string {
  return `${key}=${encode(codecOf(setting).write(value))}`;
}

/** The query string's key/value pairs, grouped by decoded key in order of first appearance. */
export function queryPairs(search: string, notices: UrlNotice[]): Map<string, string[]> {
  const query = search.split('#', 1)[0]?.replace(/^\?/, '') ?? '';
  const grouped = new Map<string, string[]>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === null || value === null) {
      notices.push({
        key: displayValue(key ?? rawKey),
        value: displayValue(rawValue),
        message: 'is not valid URL encoding',
      });
      continue;
    }
    const values = grouped.get(key);
    if (values) values.push(value);
    else grouped.set(key, [value]);
  }
  return grouped;
}

/**
 * The last of `key`'s values, read as `setting` and checked by the schema; null (after a note
 * saying why) when it cannot be used. A key given more than once is noted too.
 */
export function readSetting<K extends SettingKey>(
  setting: K,
  key: string,
  values: readonly string[],
  note: Note,
): { value: SettingValue<K> } | null {
  const value = values[values.length - 1] ?? '';
  if (values.length > 1) note(key, value, `appears ${values.length} times; the last is used`);
  if (value.length > MAX_VALUE_LENGTH) {
    note(key, value, `${fieldLabel(setting)} is too long`);
    return null;
  }
  const result = validateField(setting, codecOf(setting).read(value));
  if (!result.ok) {
    note(key, value, result.message);
    return null;
  }
  return { value: result.value };
}
