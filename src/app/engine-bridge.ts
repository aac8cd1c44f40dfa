/**
 * Connects the engine to the stores: creates the worker client, installs it as the command
 * sender and the asker of requests, feeds its coalesced events to the runs store, and keeps the main run configured
 * from the settings store.
 */
import { EngineClient } from '../engine/client';
import { createEngineWorker } from '../engine/create-worker';
import * as firstScreen from 'virtual:first-screen';
import { decodeEvents } from '../engine/event-codec';
import type { RunConfig } from '../engine/protocol';
import { useCommands, sendCommand } from '../store/commands';
import { useConfig } from '../store/config';
import { DEFAULT_RUN_CONFIG } from '../store/config-schema';
import { acquireRun, configureRun } from '../store/run-registry';
import { useRuns, type RunsState } from '../store/runs';
import { whenHydrated } from './hydration';
import { MAIN_RUN } from './main-run';

export { MAIN_RUN };

let client: EngineClient | null = null;

export function startEngine(): void {
  if (client !== null) return;
  const { run, app } = useConfig.getState();
  // Precomputed at build time by the same engine: real numbers before the worker answers.
  if (firstScreen.runId === MAIN_RUN && firstScreen.config === JSON.stringify(run)) {
    useRuns.getState().applyEvents(decodeEvents(firstScreen.events));
  }
  client = new EngineClient({
    createWorker: createEngineWorker,
    onEvents: (events) => useRuns.getState().applyEvents(events),
    // While React adopts the build's HTML, the worker's events queue up (in the client) and
    // arrive in one go once it is done; see whenHydrated.
    requestFrame: (flush) => {
      void whenHydrated().then(() => requestAnimationFrame(flush));
    },
  });
  const engine = client;
  useCommands.getState().install((command) => engine.send(command), engine.request);
  sendCommand({ type: 'speed', epochsPerSecond: app.speed });
  // The page holds the main run for as long as it is open.
  acquireRun(MAIN_RUN);
  configureMain(run);
  useRuns.subscribe((state, previous) => {
    if (state.error !== previous.error) recoverFromRejectedSettings(state.error);
  });
  useConfig.subscribe((state, previous) => {
    if (state.run !== previous.run) configureMain(state.run);
    if (state.app.speed !== previous.app.speed) {
      sendCommand({ type: 'speed', epochsPerSecond: state.app.speed });
    }
  });
}

/** The main run alone keeps every epoch in the worker, for the lossless CSV and JSON exports. */
function configureMain(config: RunConfig): void {
  configureRun(MAIN_RUN, config, undefined, { keepEveryEpoch: true });
}

/**
 * The engine refused to build the main run at all (settings that pass every check on their own
 * but not in the engine): rather than fail again on every Restart and leave a run that does not
 * exist, the run's settings go back to their defaults, with a notice saying why. The page's own
 * settings (lesson, theme, language) stay.
 */
function recoverFromRejectedSettings(error: RunsState['error']): void {
  if (error === null || error.fatal || error.runId !== MAIN_RUN) return;
  if (useRuns.getState().runs[MAIN_RUN] !== undefined) return;
  const { run, app, notices } = useConfig.getState();
  if (JSON.stringify(run) === JSON.stringify(DEFAULT_RUN_CONFIG)) return;
  const notice = {
    key: '',
    value: '',
    message: `The engine could not use these settings (${error.message.slice(0, 200)}), so the run's settings are back to their defaults.`,
  };
  useConfig.getState().replace(DEFAULT_RUN_CONFIG, app, [...notices, notice]);
  useRuns.getState().clearError();
}

/** Replaces a crashed worker; the client replays every run's settings. */
export function restartEngine(): void {
  useRuns.getState().clearError();
  client?.restart();
}
