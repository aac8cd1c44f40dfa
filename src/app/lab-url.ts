/**
 * The overfitting lab's settings in the link, behind the `f.` prefix (the table in
 * url-state.ts): `f.p` names the preset the lab started from, and each of its run's settings
 * that differs from that preset follows under the main run's key (`f.h=8,8&f.lr=0.03`). So the
 * lab as it starts writes nothing, and a preset alone is one short key.
 *
 * Reading checks each value as the main key's, plus the lab's own limits (src/settings/fit.ts,
 * as a lab file is checked); an unusable value or an unknown `f.` key is dropped with a notice,
 * and the rest still applies.
 */
import type { AddedPoints, LabLink } from '../store/config';
import { crossFieldProblem, fieldLabel, isRunKey, type RunKey } from '../store/config-schema';
import { FIT_EPOCHS_RANGE, FIT_HIDDEN_RANGE, fitsFitLab, MAX_ADDED_POINTS } from '../settings/fit';
import { readNumberText } from '../settings/text';
import type { RunConfig } from '../engine/protocol';
import {
  isPresetName,
  presetNames,
  presets,
  type PresetName,
} from '../lessons/overfitting/presets';
import { readSetting, sameValue, URL_KEYS, writePair, type Note } from './url-values';

const PREFIX = 'f.';
/** The preset the lab started from; its run's settings use the main run's keys. */
const PRESET_KEY = `${PREFIX}p`;
/** Points added to the imported data that `data` names, in its units: `x1,x2,v;x1,x2,v`. */
const ADDED_KEY = `${PREFIX}add`;
/** Longer than 20 points of three full-precision numbers; longer is hostile. */
const MAX_ADDED_LENGTH = 2000;
/** The preset the lab starts with when a link names none. */
const FIRST_PRESET: PresetName = 'overfit';

/** The lab's run settings in the order they are written: the main table's. */
const labSettings = (Object.keys(URL_KEYS) as (keyof typeof URL_KEYS)[]).filter(
  (setting): setting is RunKey => isRunKey(setting),
);
const labSettingOfKey = new Map<string, RunKey>(
  labSettings.map((setting) => [`${PREFIX}${URL_KEYS[setting]}`, setting]),
);

/** Whether a query key belongs to the lab (known or not). */
export function isLabKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** What the lab's limits allow, in words, for a value the app's schema would take. */
function labLimit(setting: RunKey): string {
  if (setting === 'hidden') {
    const { maxItems, min, max } = FIT_HIDDEN_RANGE;
    return `at most ${maxItems} layers of ${min} to ${max} neurons`;
  }
  if (setting === 'epochs') return `${FIT_EPOCHS_RANGE.min} to ${FIT_EPOCHS_RANGE.max}`;
  return 'its own range';
}

/** The preset a link names (noted and left at the first preset when it names none the lab has). */
function readPreset(given: ReadonlyMap<string, readonly string[]>, note: Note): PresetName {
  const values = given.get(PRESET_KEY);
  if (values === undefined) return FIRST_PRESET;
  const value = values.at(-1) ?? '';
  if (values.length > 1)
    note(PRESET_KEY, value, `appears ${values.length} times; the last is used`);
  if (isPresetName(value)) return value;
  note(PRESET_KEY, value, `the lab's preset must be one of ${presetNames.join(', ')}`);
  return FIRST_PRESET;
}

/**
 * The points a link adds to its imported data, or null (noted) when the value is not a list
 * of at most MAX_ADDED_POINTS triples of finite numbers. Whether they fit the data is checked
 * once the data is found (data-link.ts); without data they are dropped (`withoutStrayPoints`).
 */
function readAdded(given: ReadonlyMap<string, readonly string[]>, note: Note): AddedPoints | null {
  const values = given.get(ADDED_KEY);
  if (values === undefined) return null;
  const value = values.at(-1) ?? '';
  if (values.length > 1) note(ADDED_KEY, value, `appears ${values.length} times; the last is used`);
  const points = value.length > MAX_ADDED_LENGTH || value === '' ? [] : value.split(';');
  const read = points.map((point) => point.split(',').map((text) => readNumberText(text)));
  const whole = read.every(
    (point) => point.length === 3 && point.every((n) => n !== null && Number.isFinite(n)),
  );
  if (points.length === 0 || points.length > MAX_ADDED_POINTS || !whole) {
    const limit = `at most ${MAX_ADDED_POINTS} points x1,x2,value separated by ;`;
    note(ADDED_KEY, value, `the points added to imported data must be ${limit}`);
    return null;
  }
  return read as [number, number, number][];
}

/**
 * The lab's settings in a link's query pairs (null when it has no `f.` key), each dropped
 * value noted. Never throws: whatever comes back is a run the lab can train.
 */
export function readLabKeys(
  given: ReadonlyMap<string, readonly string[]>,
  note: Note,
): LabLink | null {
  if (![...given.keys()].some(isLabKey)) return null;
  const base = readPreset(given, note);
  const config: Record<string, unknown> = { ...presets[base] };
  for (const [key, values] of given) {
    if (!isLabKey(key) || key === PRESET_KEY || key === ADDED_KEY) continue;
    const setting = labSettingOfKey.get(key);
    if (setting === undefined) {
      note(key, values.at(-1) ?? '', 'is not a setting of the overfitting lab');
      continue;
    }
    const result = readSetting(setting, key, values, note);
    if (result === null) continue;
    if (!fitsFitLab(setting, result.value)) {
      const limit = labLimit(setting);
      note(key, values.at(-1) ?? '', `${fieldLabel(setting)} must fit the lab: ${limit}`);
      continue;
    }
    config[setting] = result.value;
  }
  // As for the main run: points labelled for a class the lab's data does not have go.
  const problem = crossFieldProblem(config as unknown as RunConfig);
  if (problem !== null) {
    const key = `${PREFIX}${URL_KEYS[problem.key]}`;
    note(key, given.get(key)?.at(-1) ?? '', problem.message);
    config[problem.key] = presets[base][problem.key];
  }
  const added = readAdded(given, note);
  return {
    config: config as unknown as RunConfig,
    base,
    ...(added === null ? {} : { added }),
  };
}

/** `f.key=value` for each lab setting that differs from where the lab starts. */
export function writeLabKeys(lab: LabLink | null): string[] {
  if (lab === null) return [];
  const base = isPresetName(lab.base) ? lab.base : FIRST_PRESET;
  const parts = base === FIRST_PRESET ? [] : [`${PRESET_KEY}=${base}`];
  for (const setting of labSettings) {
    const value = lab.config[setting];
    if (sameValue(value, presets[base][setting])) continue;
    parts.push(writePair(`${PREFIX}${URL_KEYS[setting]}`, setting, value));
  }
  // Points are written in the format of the run's `pts`, whose codec they share.
  if (lab.added !== undefined && lab.added.length > 0)
    parts.push(writePair(ADDED_KEY, 'extraPoints', lab.added));
  return parts;
}

/** The lab's keys, in the order they are written. */
export const LAB_KEYS: readonly string[] = [
  PRESET_KEY,
  ...labSettings.map((setting) => `${PREFIX}${URL_KEYS[setting]}`),
  ADDED_KEY,
];

/**
 * The lab's link without its added points when the link names no (usable) imported data:
 * they belong to the data, and would mean nothing on generated data.
 */
export function withoutStrayPoints(
  lab: LabLink | null,
  data: string | undefined,
  note: Note,
): LabLink | null {
  if (lab?.added === undefined || data !== undefined) return lab;
  note(ADDED_KEY, '', 'adds points to imported data, but the link names no data (data)');
  return { config: lab.config, base: lab.base };
}
