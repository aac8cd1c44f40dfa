/**
 * The overfitting lab's own settings: the RunConfig of its 'fit' run (starting from the
 * overfit preset), the class chosen for new points, the pace of its tries, and the results of
 * finished runs so a learner can compare "before" and "after". Values are validated by the app's one settings
 * schema, plus the lab's tighter capacity limits.
 *
 * The lab can also train on imported data (a CSV, the penguins: `imported`). Its RunConfig then
 * still holds the network and training settings, while the data and the points added to it
 * (in the data's own units, `importedPoints`) travel beside it to the worker.
 *
 * A link names imported data by its hash (the URL's `data` setting, kept up to date by
 * data-link.ts). While the lab waits for the data a link names (`awaited`), it trains on
 * nothing: it never shows another data set under a link that claims this one.
 *
 * The settings themselves travel in the link too (the `f.` keys, src/app/lab-url.ts), through
 * the config store's `lab`: the lab starts from what the link says, and writes every change
 * back there for the address to follow.
 */
import { create } from 'zustand';
import type { RunStatus } from '../../core/trainer';
import type { PenguinMeasurement } from '../../core/penguins';
import type { TableData } from '../../core/table-data';
import type { RunConfig, Speed } from '../../engine/protocol';
import { useConfig, type LabLink } from '../../store/config';
import { validateField, type RunKey } from '../../store/config-schema';
import { fitsFitLab, MAX_ADDED_POINTS } from '../../settings/fit';
import { activeFixes, withoutFixes, type ActiveFix } from './fixes';
import { importedPointFits } from './lab-data';
import { isPresetName, presets, type PresetName } from './presets';

/** The lab's capacity limits and the schema's point limits, from src/settings/fit.ts. */
export {
  COORDINATE_LIMIT,
  FIT_EPOCHS_RANGE,
  MAX_ADDED_POINTS,
  MAX_HIDDEN_LAYERS,
  MAX_NEURONS,
} from '../../settings/fit';
/** Finished runs kept for comparison. */
export const MAX_RESULTS = 6;
/**
 * The pace of the lab's tries, in epochs per second: a preset's 200 epochs in about 4 s,
 * whatever the bar's speed is (the bar's default would take 20 s).
 */
export const DEFAULT_TRY_SPEED = 50;

export type Point = readonly [number, number, number];

/** Data brought in from outside, kept in its own units. */
export interface ImportedData {
  readonly table: TableData;
  /** Where it came from, in words: a file name, "pasted CSV", "Palmer penguins". */
  readonly name: string;
  /** The penguin measurements chosen as x1 and x2 (null for a CSV). */
  readonly penguins: readonly [PenguinMeasurement, PenguinMeasurement] | null;
}

/** Data a link names that the lab does not have (yet): looking for it, or why it is not here. */
export interface AwaitedData {
  /** The link's 16 hex digits. */
  readonly hash: string;
  readonly state: 'looking' | 'absent' | 'damaged' | 'unavailable';
  /** Why a kept copy could not be used ('damaged', 'unavailable'). */
  readonly detail: string | null;
}

/** What the lab last said about naming, keeping or finding its data. */
export type DataNote =
  | { readonly kind: 'restored'; readonly hash: string; readonly builtIn: boolean }
  | { readonly kind: 'matched'; readonly hash: string }
  | { readonly kind: 'replaced'; readonly wanted: string; readonly hash: string }
  | { readonly kind: 'not-kept'; readonly hash: string; readonly reason: string }
  | { readonly kind: 'unnamed'; readonly reason: string };

export interface FinishedRun {
  /** Increases with every finished run (a stable React key). */
  readonly serial: number;
  readonly config: RunConfig;
  readonly status: RunStatus;
  /** The fixes the run had on (see fixes.ts). */
  readonly fixes: readonly ActiveFix[];
  readonly epochs: number;
  /** Early stopping: the epoch it stopped at, and the epoch whose weights it ended with. */
  readonly stoppedAt: number | null;
  readonly keptEpoch: number | null;
  readonly trainLoss: number;
  readonly validationLoss: number;
}

export interface FitState {
  readonly config: RunConfig;
  /** The preset the settings still equal, or null once the learner changed something. */
  readonly preset: PresetName | null;
  /** The preset the learner last started from: what "more data" is more than. */
  readonly base: PresetName;
  /** Epochs per second of the lab's own runs (Infinity: as fast as the machine allows). */
  readonly speed: Speed;
  /** Class given to the next added point. */
  readonly label: number;
  readonly results: readonly FinishedRun[];
  /** The imported data the lab trains on, or null for the generated data set of `config`. */
  readonly imported: ImportedData | null;
  /** Points added by hand to the imported data, in its units: [x1, x2, class or value]. */
  readonly importedPoints: readonly Point[];
  /** The link hash of `imported`, once computed (null before, and for generated data). */
  readonly dataHash: string | null;
  /** The data a link names and the lab does not have; while set, nothing trains. */
  readonly awaited: AwaitedData | null;
  readonly dataNote: DataNote | null;
  /** Sets what the lab knows about the link's data (data-link.ts). */
  setLink(link: {
    readonly dataHash?: string | null;
    readonly awaited?: AwaitedData | null;
    readonly dataNote?: DataNote | null;
  }): void;
  applyPreset(name: PresetName): void;
  /**
   * Trains on this data from now on, with these points added (none by default: points added
   * to other data start over); the settings stay.
   */
  useImported(data: ImportedData, points?: readonly Point[]): void;
  /** Back to the generated data set of the settings. */
  useGenerated(): void;
  /** Puts back a whole lab read from a lab file (lab-file.ts): settings, data and points. */
  restoreLab(lab: {
    readonly config: RunConfig;
    readonly imported: ImportedData | null;
    readonly importedPoints: readonly Point[];
  }): void;
  /**
   * Validates and stores one setting; returns whether it was valid (the controls explain a
   * rejected value themselves, in the learner's language).
   */
  setField(key: RunKey, value: unknown): boolean;
  setLabel(label: number): void;
  setSpeed(speed: Speed): void;
  /** Turns every fix off at once (see `withoutFixes`). */
  clearFixes(): void;
  addPoint(x1: number, x2: number): boolean;
  undoPoint(): void;
  clearPoints(): void;
  recordResult(result: Omit<FinishedRun, 'serial' | 'fixes'>): void;
  reset(): void;
}

let serial = 0;

export const useFit = create<FitState>()((set, get) => ({
  ...startingFrom(useConfig.getState().lab),
  speed: DEFAULT_TRY_SPEED,
  label: 0,
  results: [],
  imported: null,
  importedPoints: [],
  dataHash: null,
  awaited: null,
  dataNote: null,
  setLink(link) {
    set(link);
  },
  applyPreset(name) {
    set({ config: presets[name], preset: name, base: name, label: 0 });
  },
  useImported(data, points = []) {
    const { config } = get();
    // Points drawn on the generated set name its classes and coordinates, not this data's.
    set({
      imported: data,
      importedPoints: points,
      dataHash: null,
      label: 0,
      preset: null,
      config: config.extraPoints.length > 0 ? { ...config, extraPoints: [] } : config,
    });
  },
  restoreLab({ config, imported, importedPoints }) {
    set({ config, imported, importedPoints, dataHash: null, preset: null, label: 0 });
  },
  useGenerated() {
    if (get().imported !== null) {
      set({ imported: null, importedPoints: [], dataHash: null, dataNote: null, label: 0 });
    }
  },
  setField(key, value) {
    const result = validateField(key, value);
    if (!result.ok) return false;
    if (!fitsFitLab(key, result.value)) return false;
    const { config } = get();
    const next = { ...config, [key]: result.value } as RunConfig;
    // Points drawn for one data set mean nothing (or name a missing class) in another.
    const changedData = key === 'dataset' && next.dataset !== config.dataset;
    set({
      config: changedData ? { ...next, extraPoints: [] } : next,
      // Added points are the lab's experiment on top of a preset, not a change of preset.
      preset: key === 'extraPoints' ? get().preset : null,
      label: changedData ? 0 : get().label,
    });
    return true;
  },
  setLabel(label) {
    set({ label });
  },
  setSpeed(speed) {
    set({ speed });
  },
  clearFixes() {
    const { config, base } = get();
    if (activeFixes(config, presets[base]).length === 0) return;
    const next = withoutFixes(config, presets[base]);
    // Back on the preset itself (added points aside, as for `setField`): say so again.
    set({ config: next, preset: sameAsPreset(next, base) ? base : null });
  },
  addPoint(x1, x2) {
    const { config, label, imported, importedPoints } = get();
    if (imported !== null) {
      if (importedPoints.length >= MAX_ADDED_POINTS) return false;
      if (!importedPointFits(imported.table, x1, x2, label)) return false;
      set({ importedPoints: [...importedPoints, [round(x1), round(x2), label]] });
      return true;
    }
    if (config.extraPoints.length >= MAX_ADDED_POINTS) return false;
    const point: Point = [round(x1), round(x2), label];
    return get().setField('extraPoints', [...config.extraPoints, point]);
  },
  undoPoint() {
    const { config, imported, importedPoints } = get();
    if (imported !== null) {
      if (importedPoints.length > 0) set({ importedPoints: importedPoints.slice(0, -1) });
      return;
    }
    if (config.extraPoints.length > 0)
      get().setField('extraPoints', config.extraPoints.slice(0, -1));
  },
  clearPoints() {
    if (get().imported !== null) {
      if (get().importedPoints.length > 0) set({ importedPoints: [] });
      return;
    }
    if (get().config.extraPoints.length > 0) get().setField('extraPoints', []);
  },
  recordResult(result) {
    serial += 1;
    const fixes = activeFixes(result.config, presets[get().base]);
    set({ results: [...get().results, { ...result, fixes, serial }].slice(-MAX_RESULTS) });
  },
  reset() {
    set(useFit.getInitialState(), true);
  },
}));

/**
 * Where the lab starts for a link's settings: its preset and run (the overfit preset without
 * any), on that preset still if the run is the preset's (added points aside, as for `setField`).
 */
function startingFrom(link: LabLink | null): Pick<FitState, 'config' | 'preset' | 'base'> {
  const base = link !== null && isPresetName(link.base) ? link.base : 'overfit';
  const config = link?.config ?? presets[base];
  return { config, base, preset: sameAsPreset(config, base) ? base : null };
}

/**
 * The points the link carries: those added to the imported data; while the data a link names
 * is awaited, the link's own (they wait with it); none on generated data.
 */
function linkPoints(state: FitState, link: LabLink | null): readonly Point[] | undefined {
  if (state.imported !== null)
    return state.importedPoints.length > 0 ? state.importedPoints : undefined;
  return state.awaited !== null ? link?.added : undefined;
}

/** Whether the link's settings are the lab's own (written by it, or taken from it). */
function isLinked(link: LabLink | null, state: FitState): boolean {
  return (
    link !== null &&
    link.config === state.config &&
    link.base === state.base &&
    link.added === linkPoints(state, link)
  );
}

// Every change of the lab's settings, data or points goes to the link...
useFit.subscribe((state, previous) => {
  const keys = ['config', 'base', 'importedPoints', 'imported', 'awaited'] as const;
  if (keys.every((key) => state[key] === previous[key])) return;
  const { lab, setLab } = useConfig.getState();
  if (isLinked(lab, state)) return;
  const added = linkPoints(state, lab);
  setLab({ config: state.config, base: state.base, ...(added === undefined ? {} : { added }) });
});
// ...and the link's, once read, to the lab: a link to the lesson loads this code first.
useConfig.subscribe((state, previous) => {
  if (state.lab === previous.lab || isLinked(state.lab, useFit.getState())) return;
  const { imported } = useFit.getState();
  const points = imported === null ? {} : { importedPoints: pointsFitting(imported, state.lab) };
  useFit.setState({ ...startingFrom(state.lab), ...points, label: 0 });
});

/** The link's added points that fit this data (the rest cannot be placed on it). */
export function pointsFitting(data: ImportedData, link: LabLink | null): readonly Point[] {
  return (link?.added ?? []).filter(([x1, x2, value]) =>
    importedPointFits(data.table, x1, x2, value),
  );
}

function sameAsPreset(config: RunConfig, name: PresetName): boolean {
  return JSON.stringify({ ...config, extraPoints: [] }) === JSON.stringify(presets[name]);
}

/** Three decimals: precise enough to place a point, short enough to read back. */
function round(value: number): number {
  // + 0 turns the -0 that rounding a tiny negative gives into 0, which prints and compares as 0.
  return Math.round(value * 1000) / 1000 + 0;
}
