/**
 * Every setting lives in the query string, so any state of the lab is a link. Only values that
 * differ from the defaults are written, which keeps the default link clean and a shared link
 * short. (The hash is the lessons' own: `#loop`.)
 *
 * | key   | setting           | format                                   |
 * | ----- | ----------------- | ---------------------------------------- |
 * | ls    | lesson            | lesson id                                |
 * | m     | model             | article \| mlp                           |
 * | act   | neuron            | clip \| linear \| sigmoid                |
 * | d     | dataset           | data set name                            |
 * | n     | datasetSize       | integer                                  |
 * | nz    | noise             | number                                   |
 * | vs    | validationSplit   | number                                   |
 * | h     | hidden            | sizes, `6,6` (empty: no hidden layer)    |
 * | fx    | inputs            | input features, `x1^2,x2^2` (`^` as %5E) |
 * | ha    | hiddenActivation  | linear \| relu \| tanh \| sigmoid        |
 * | l     | loss              | loss name                                |
 * | o     | optimizer         | sgd \| momentum \| adam                  |
 * | lr    | learningRate      | number                                   |
 * | mo    | momentum          | number                                   |
 * | sch   | schedule          | constant \| step \| exponential \| cosine |
 * | sg    | scheduleGamma     | number                                   |
 * | se    | scheduleStep      | integer                                  |
 * | b     | batchSize         | integer                                  |
 * | dl    | dropLast          | 0 \| 1                                   |
 * | sh    | shuffle           | 0 \| 1                                   |
 * | e     | epochs            | integer                                  |
 * | dr    | dropout           | number                                   |
 * | wd    | weightDecay       | number                                   |
 * | an    | inputNoise        | number                                   |
 * | es    | patience          | integer (0 = no early stopping)          |
 * | s     | seed              | integer                                  |
 * | pts   | extraPoints       | `x1,x2,label;x1,x2,label`                |
 * | th    | theme             | system \| light \| dark                  |
 * | lang  | lang              | en \| ar                                 |
 * | mode  | mode              | learner \| presenter                     |
 * | embed | embed             | lesson id                                |
 * | data  | data              | 16 hex digits: imported data's SHA-256   |
 * | sp    | speed             | epochs per second, `max` = unlimited     |
 * | rr    | raceRates         | rates, `0.01,0.1,1.5,3`                  |
 * | rm    | reducedMotion     | 0 \| 1                                   |
 *
 * Keys are written in this order. Numbers are written with `String(n)` (the shortest text that
 * reads back as the same double, `-0` included), with `e+` shortened to `e` so no `+` needs
 * escaping. Reading: a duplicated key takes its LAST value (appending `&lr=0.5` to a link
 * overrides it); `+` is a literal plus, not a space (no setting contains spaces); keys starting
 * with `utm_` are ignored. Anything else that cannot be used is dropped with a notice.
 */
import {
  crossFieldProblem,
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  displayValue,
  fieldLabel,
  isRunKey,
  validateField,
  type AppSettings,
  type SettingKey,
  type SettingNotice,
} from '../store/config-schema';
import { readNumberText } from '../settings/text';
import type { RunConfig } from '../engine/protocol';

export type UrlNotice = SettingNotice;

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

const settingOfUrlKey = new Map<string, SettingKey>(
  Object.entries(URL_KEYS).map(([setting, key]) => [key, setting as SettingKey]),
);

/** Longer than any valid value (20 points of 3 full-precision numbers); longer is hostile. */
const MAX_VALUE_LENGTH = 2000;
/** Enough to explain a mangled link; a hostile one must not flood the page. */
const MAX_URL_NOTICES = 20;

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

function defaultOf(setting: SettingKey): unknown {
  return isRunKey(setting) ? DEFAULT_RUN_CONFIG[setting] : DEFAULT_APP_SETTINGS[setting];
}

/** Deep equality that tells -0 from 0, so a written value reads back bit for bit. */
function sameValue(a: unknown, b: unknown): boolean {
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

/** The query string's key/value pairs, grouped by decoded key in order of first appearance. */
function pairs(search: string, notices: UrlNotice[]): Map<string, string[]> {
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

export function readUrlState(search: string): {
  run: RunConfig;
  app: AppSettings;
  notices: UrlNotice[];
} {
  const run: Record<string, unknown> = { ...DEFAULT_RUN_CONFIG };
  const app: Record<string, unknown> = { ...DEFAULT_APP_SETTINGS };
  const notices: UrlNotice[] = [];
  const note = (key: string, value: string, message: string) =>
    notices.push({ key: displayValue(key), value: displayValue(value), message });

  const given = pairs(typeof search === 'string' ? search : '', notices);
  for (const [key, values] of given) {
    if (key.startsWith('utm_')) continue;
    const value = values[values.length - 1] ?? '';
    const setting = settingOfUrlKey.get(key);
    if (setting === undefined) {
      note(key, value, 'is not a setting of this lab');
      continue;
    }
    if (values.length > 1) note(key, value, `appears ${values.length} times; the last is used`);
    if (value.length > MAX_VALUE_LENGTH) {
      note(key, value, `${fieldLabel(setting)} is too long`);
      continue;
    }
    const result = validateField(setting, codecOf(setting).read(value));
    if (!result.ok) note(key, value, result.message);
    else (isRunKey(setting) ? run : app)[setting] = result.value;
  }
  // Values fine on their own may not fit together (pts=0,0,2 on a two-class model).
  const problem = crossFieldProblem(run as unknown as RunConfig);
  if (problem !== null) {
    const key = URL_KEYS[problem.key];
    note(key, given.get(key)?.at(-1) ?? '', problem.message);
    run[problem.key] = DEFAULT_RUN_CONFIG[problem.key];
  }

  const shown = notices.slice(0, MAX_URL_NOTICES);
  if (notices.length > MAX_URL_NOTICES) {
    shown.push({
      key: '',
      value: '',
      message: `${notices.length - MAX_URL_NOTICES} more problems`,
    });
  }
  return { run: run as unknown as RunConfig, app: app as AppSettings, notices: shown };
}

/** `?key=value&…` with the non-default settings only; '' when everything is the default. */
export function writeUrlState(run: RunConfig, app: AppSettings): string {
  const parts: string[] = [];
  for (const [setting, key] of Object.entries(URL_KEYS) as [SettingKey, string][]) {
    const value: unknown = isRunKey(setting) ? run[setting] : app[setting];
    if (value === undefined || sameValue(value, defaultOf(setting))) continue;
    parts.push(`${key}=${encode(codecOf(setting).write(value))}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
