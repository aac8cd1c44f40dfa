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
 * | f.p   | lab preset        | underfit \| overfit \| just-right        |
 * | f.…   | lab run settings  | each run key `m` … `pts`, as above       |
 * | f.add | points on imported data | `x1,x2,value;…`, in the data's units |
 *
 * The overfitting lab's own run (src/lessons/overfitting/) follows behind the `f.` prefix
 * (lab-url.ts): `f.p` names the preset the lab started from, unless that is its first preset
 * (overfit); then each run key from `m` to `pts`, in the order above, whose value differs from
 * that preset's, in the main key's format and checked as the main key is, plus the lab's own
 * limits: `f.h=8,8&f.lr=0.03&f.fx=x1%5E2,x2%5E2`. Any other `f.` key is dropped with a notice.
 * Points added to imported data (named by `data`) follow as `f.add=x1,x2,v;…` in the data's
 * own units, checked against the data once it is found. The lab's pace and its results are not
 * in the link.
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
  isRunKey,
  type AppSettings,
  type SettingKey,
} from '../store/config-schema';
import type { LabLink } from '../store/config';
import type { RunConfig } from '../engine/protocol';
import { isLabKey, readLabKeys, withoutStrayPoints, writeLabKeys } from './lab-url';
import {
  defaultOf,
  queryPairs,
  readSetting,
  sameValue,
  URL_KEYS,
  writePair,
  type UrlNotice,
} from './url-values';

export { URL_KEYS, type UrlNotice } from './url-values';

const settingOfUrlKey = new Map<string, SettingKey>(
  Object.entries(URL_KEYS).map(([setting, key]) => [key, setting as SettingKey]),
);

/** Enough to explain a mangled link; a hostile one must not flood the page. */
const MAX_URL_NOTICES = 20;

export function readUrlState(search: string): {
  run: RunConfig;
  app: AppSettings;
  /** The overfitting lab's settings, or null when the link has none (`f.` keys). */
  lab: LabLink | null;
  notices: UrlNotice[];
} {
  const run: Record<string, unknown> = { ...DEFAULT_RUN_CONFIG };
  const app: Record<string, unknown> = { ...DEFAULT_APP_SETTINGS };
  const notices: UrlNotice[] = [];
  const note = (key: string, value: string, message: string) =>
    notices.push({ key: displayValue(key), value: displayValue(value), message });

  const given = queryPairs(typeof search === 'string' ? search : '', notices);
  for (const [key, values] of given) {
    if (key.startsWith('utm_') || isLabKey(key)) continue;
    const setting = settingOfUrlKey.get(key);
    if (setting === undefined) {
      note(key, values.at(-1) ?? '', 'is not a setting of this lab');
      continue;
    }
    const result = readSetting(setting, key, values, note);
    if (result !== null) (isRunKey(setting) ? run : app)[setting] = result.value;
  }
  // Values fine on their own may not fit together (pts=0,0,2 on a two-class model).
  const problem = crossFieldProblem(run as unknown as RunConfig);
  if (problem !== null) {
    const key = URL_KEYS[problem.key];
    note(key, given.get(key)?.at(-1) ?? '', problem.message);
    run[problem.key] = DEFAULT_RUN_CONFIG[problem.key];
  }
  const lab = withoutStrayPoints(readLabKeys(given, note), app.data as string | undefined, note);

  const shown = notices.slice(0, MAX_URL_NOTICES);
  if (notices.length > MAX_URL_NOTICES) {
    shown.push({
      key: '',
      value: '',
      message: `${notices.length - MAX_URL_NOTICES} more problems`,
    });
  }
  return { run: run as unknown as RunConfig, app: app as AppSettings, lab, notices: shown };
}

/**
 * `?key=value&…` with the non-default settings only (then the lab's, which differ from its
 * start); '' when everything is the default.
 */
export function writeUrlState(
  run: RunConfig,
  app: AppSettings,
  lab: LabLink | null = null,
): string {
  const parts: string[] = [];
  for (const [setting, key] of Object.entries(URL_KEYS) as [SettingKey, string][]) {
    const value: unknown = isRunKey(setting) ? run[setting] : app[setting];
    if (value === undefined || sameValue(value, defaultOf(setting))) continue;
    parts.push(writePair(key, setting, value));
  }
  parts.push(...writeLabKeys(lab));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
