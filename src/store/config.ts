/**
 * The settings the learner has chosen. Every write goes through the schema: an invalid value
 * leaves the last valid one in place and explains itself in `notices`, so a setting is never
 * lost to a typo or a bad link.
 */
import { create } from 'zustand';
import type { RunConfig } from '../engine/protocol';
import {
  appKeys,
  crossFieldProblem,
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  displayValue,
  runKeys,
  validateField,
  type AppKey,
  type AppSettings,
  type RunKey,
  type SettingKey,
  type SettingNotice,
} from './config-schema';

/** Older notices are dropped beyond this, so a stuck control cannot grow the list forever. */
export const MAX_NOTICES = 20;

/**
 * The overfitting lab's settings as its link carries them (src/app/lab-url.ts). The lab keeps
 * them here, so the address follows them as it follows the run and app settings.
 */
export interface LabLink {
  /** The lab run's settings. */
  readonly config: RunConfig;
  /** The preset the lab started from (src/lessons/overfitting/presets.ts). */
  readonly base: string;
  /**
   * Points added by hand to the imported data the link names (`data`), in that data's units:
   * [x1, x2, class or value]. Absent when there are none.
   */
  readonly added?: AddedPoints;
}

/** Points added by hand: [x1, x2, class or value]. */
export type AddedPoints = readonly (readonly [number, number, number])[];

export interface ConfigState {
  readonly run: RunConfig;
  readonly app: AppSettings;
  /** The overfitting lab's settings; null: the lab's own start (a link without any). */
  readonly lab: LabLink | null;
  readonly notices: readonly SettingNotice[];
  /** Returns whether the value was valid (and stored). */
  setRunField(key: RunKey, value: unknown): boolean;
  setAppField(key: AppKey, value: unknown): boolean;
  /** Loads whole settings (e.g. from the URL); each field is still validated. */
  replace(run: RunConfig, app: AppSettings, notices?: readonly SettingNotice[]): void;
  /** Stores the lab's settings as they are (the lab and the link's reader check them). */
  setLab(lab: LabLink | null): void;
  /** Tells the learner about a setting that was dropped after the link was read. */
  addNotice(notice: SettingNotice): void;
  dismissNotice(index: number): void;
  dismissAll(): void;
  reset(): void;
}

/** Appends a notice, replacing an older one about the same key (its news is stale). */
function withNotice(notices: readonly SettingNotice[], notice: SettingNotice): SettingNotice[] {
  return [...notices.filter((n) => n.key !== notice.key), notice].slice(-MAX_NOTICES);
}

/** Lists compare by content, so re-setting an equal list does not re-render every subscriber. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  return Object.is(a, b);
}

type Section = 'run' | 'app';

/**
 * Drops (in place) a setting that no longer fits the others, such as extra points labelled for
 * three classes after a switch to a two-class model, and says so: the engine would refuse the
 * whole run otherwise.
 */
function fitTogether(
  run: Record<string, unknown>,
  notices: readonly SettingNotice[],
): readonly SettingNotice[] {
  const problem = crossFieldProblem(run as unknown as RunConfig);
  if (problem === null) return notices;
  const value = displayValue(run[problem.key]);
  run[problem.key] = DEFAULT_RUN_CONFIG[problem.key];
  return withNotice(notices, { key: problem.key, value, message: problem.message });
}

export const useConfig = create<ConfigState>()((set, get) => {
  function setField(section: Section, key: SettingKey, value: unknown): boolean {
    const state = get();
    const result = validateField(key, value);
    if (!result.ok) {
      const notice = { key, value: displayValue(value), message: result.message };
      set({ notices: withNotice(state.notices, notice) });
      return false;
    }
    const updated: Record<string, unknown> = { ...state[section] };
    const notices = state.notices.filter((n) => n.key !== key);
    const changed = !sameValue(updated[key], result.value);
    if (!changed && notices.length === state.notices.length) return true;
    if (result.value === undefined) delete updated[key];
    else updated[key] = result.value;
    const clash = section === 'run' ? crossFieldProblem(updated as unknown as RunConfig) : null;
    if (clash !== null && clash.key === key) {
      // The new value itself does not fit: keep the old one, as for any invalid value.
      const notice = { key, value: displayValue(value), message: clash.message };
      set({ notices: withNotice(state.notices, notice) });
      return false;
    }
    set({
      [section]: updated,
      notices: section === 'run' ? fitTogether(updated, notices) : notices,
    });
    return true;
  }

  return {
    run: DEFAULT_RUN_CONFIG,
    app: DEFAULT_APP_SETTINGS,
    lab: null,
    notices: [],
    setRunField: (key, value) => setField('run', key, value),
    setAppField: (key, value) => setField('app', key, value),
    replace(run, app, notices = []) {
      let next: readonly SettingNotice[] = notices.slice(-MAX_NOTICES);
      const merged: Record<Section, Record<string, unknown>> = {
        run: { ...get().run },
        app: { ...get().app },
      };
      const sources: Record<Section, Record<string, unknown>> = {
        run: { ...run },
        app: { ...app },
      };
      const keys: [Section, readonly SettingKey[]][] = [
        ['run', runKeys],
        ['app', appKeys],
      ];
      for (const [section, sectionKeys] of keys) {
        for (const key of sectionKeys) {
          const result = validateField(key, sources[section][key]);
          if (result.ok) {
            if (result.value === undefined) delete merged[section][key];
            else merged[section][key] = result.value;
          } else {
            const value = displayValue(sources[section][key]);
            next = withNotice(next, { key, value, message: result.message });
          }
        }
      }
      next = fitTogether(merged.run, next);
      set({
        run: merged.run as unknown as RunConfig,
        app: merged.app as AppSettings,
        notices: next,
      });
    },
    setLab(lab) {
      if (get().lab !== lab) set({ lab });
    },
    addNotice(notice) {
      set({ notices: withNotice(get().notices, notice) });
    },
    dismissNotice(index) {
      const { notices } = get();
      if (index >= 0 && index < notices.length)
        set({ notices: notices.filter((_, i) => i !== index) });
    },
    dismissAll() {
      if (get().notices.length > 0) set({ notices: [] });
    },
    reset() {
      set(useConfig.getInitialState(), true);
    },
  };
});
