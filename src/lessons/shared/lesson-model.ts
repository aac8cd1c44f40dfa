/**
 * Which model the step-by-step lessons (forward pass, loss, backpropagation, update) show:
 * the article's neuron — the main run, which the page configures from the settings — or the
 * three-class softmax classifier, a run of its own that these lessons configure the first
 * time it is needed. One choice for all of them, so switching in one lesson switches all.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { RunConfig } from '../../engine/protocol';
import { acquireRun, configureRun } from '../../store/run-registry';
import { useRuns } from '../../store/runs';
import { THREE_CLASS_RUN, threeClassConfig } from './three-class';

export type LessonModel = 'article' | 'three';

/** The run the transport bar drives, configured by the page from the settings. */
export const MAIN_RUN = 'main';

interface LessonModelState {
  readonly model: LessonModel;
  /** The three-class run's settings (a lesson may change them, e.g. the loss it trains). */
  readonly threeConfig: RunConfig;
  /** Whether this page has sent the three-class run its settings. */
  readonly threeConfigured: boolean;
  choose(model: LessonModel): void;
  /** Sends new settings to the three-class run (rebuilding it) and remembers them. */
  configureThree(config: RunConfig): void;
  reset(): void;
}

export const useLessonModel = create<LessonModelState>()((set) => ({
  model: 'article',
  threeConfig: threeClassConfig,
  threeConfigured: false,
  choose: (model) => set({ model }),
  configureThree(config) {
    // Built only while a lesson showing it holds it (useLessonRun); else just remembered.
    const built = configureRun(THREE_CLASS_RUN, config);
    set({ threeConfig: config, threeConfigured: built });
  },
  reset: () => set(useLessonModel.getInitialState(), true),
}));

export function runIdOf(model: LessonModel): string {
  return model === 'article' ? MAIN_RUN : THREE_CLASS_RUN;
}

/**
 * The chosen model's run id. While the three-class model is chosen, the view holds its run
 * (run-registry.ts) and configures it the first time; the last view to let go removes it.
 */
export function useLessonRun(): { model: LessonModel; runId: string } {
  const model = useLessonModel((state) => state.model);
  useEffect(() => {
    if (model !== 'three') return;
    const release = acquireRun(THREE_CLASS_RUN);
    const state = useLessonModel.getState();
    // Another view may have configured it already (the run exists): keep its progress.
    if (!state.threeConfigured && useRuns.getState().runs[THREE_CLASS_RUN] === undefined) {
      state.configureThree(state.threeConfig);
    }
    return () => {
      if (release()) useLessonModel.setState({ threeConfigured: false });
    };
  }, [model]);
  return { model, runId: runIdOf(model) };
}
