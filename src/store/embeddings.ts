/**
 * The embeddings lesson's state and its connection to the embeddings worker. Only the lesson
 * imports this store, and the worker client is imported lazily when the lesson connects, so
 * none of it weighs on the first screen. Until a sender is installed, commands wait in a queue.
 */
import { create } from 'zustand';
import { assertNever } from '../core/assert-never';
import type { PairLabel } from '../core/contrastive';
import {
  DEFAULT_EMBEDDINGS_CONFIG,
  type EmbeddingsCommand,
  type EmbeddingsConfig,
  type EmbeddingsEvent,
  type EmbeddingsSnapshot,
  type EmbeddingsStepDetail,
} from '../engine/embeddings/protocol';
import {
  checkEmbeddingsField,
  embeddingsFieldRange,
  type EmbeddingsKey,
} from '../settings/embeddings';
import { BoundedSeries } from './history';

export type NearestResult = Extract<EmbeddingsEvent, { type: 'nearest' }>;
export type EmbeddingsStatus = EmbeddingsSnapshot['status'];

/** Bounds of the two lesson controls (validated before anything reaches the worker). */
export const MARGIN_RANGE = controlRange('margin');
export const LEARNING_RATE_RANGE = controlRange('learningRate');

function controlRange(key: EmbeddingsKey): { min: number; max: number; step: number } {
  const { min, max, step = min } = embeddingsFieldRange(key);
  return { min, max, step };
}

export interface EmbeddingsError {
  readonly message: string;
  /** The worker itself failed and must be restarted. */
  readonly fatal: boolean;
}

interface Data {
  readonly ready: boolean;
  readonly config: EmbeddingsConfig;
  readonly playing: boolean;
  readonly status: EmbeddingsStatus | null;
  readonly snapshot: EmbeddingsSnapshot | null;
  /** x = epoch. Mutated in place: redraw when `lossVersion` changes. */
  readonly loss: BoundedSeries;
  readonly lossVersion: number;
  readonly step: EmbeddingsStepDetail | null;
  readonly nearest: NearestResult | null;
  readonly error: EmbeddingsError | null;
  readonly sender: ((command: EmbeddingsCommand) => void) | null;
  readonly queued: readonly EmbeddingsCommand[];
}

export interface EmbeddingsState extends Data {
  send(command: EmbeddingsCommand): void;
  /** Installs the way commands reach an engine (the worker client, or a test's engine). */
  install(sender: ((command: EmbeddingsCommand) => void) | null): void;
  applyEvents(events: readonly EmbeddingsEvent[]): void;
  /** Each returns whether the value was in range (and sent); an invalid one changes nothing. */
  setMargin(margin: number): boolean;
  setLearningRate(learningRate: number): boolean;
  addPair(pair: PairLabel): void;
  askNearest(query: string | number | null): void;
  clearError(): void;
  reset(): void;
}

function initialData(): Data {
  return {
    ready: false,
    config: DEFAULT_EMBEDDINGS_CONFIG,
    playing: false,
    status: null,
    snapshot: null,
    loss: new BoundedSeries(2000),
    lossVersion: 0,
    step: null,
    nearest: null,
    error: null,
    sender: null,
    queued: [],
  };
}

export const useEmbeddings = create<EmbeddingsState>()((set, get) => ({
  ...initialData(),
  send(command) {
    const { sender } = get();
    if (sender === null) set((state) => ({ queued: [...state.queued, command] }));
    else sender(command);
  },
  install(sender) {
    const waiting = get().queued;
    set({ sender, queued: sender === null ? waiting : [] });
    if (sender !== null) for (const command of waiting) sender(command);
  },
  applyEvents(events) {
    set((state) => reduce(state, events));
  },
  setMargin(margin) {
    if (!checkEmbeddingsField('margin', margin).ok) return false;
    configure(get, set, { ...get().config, margin });
    return true;
  },
  setLearningRate(learningRate) {
    if (!checkEmbeddingsField('learningRate', learningRate).ok) return false;
    configure(get, set, { ...get().config, learningRate });
    return true;
  },
  addPair(pair) {
    const config = get().config;
    set({ config: { ...config, extraPairs: [...config.extraPairs, pair] } });
    get().send({ type: 'add-pair', pair });
  },
  askNearest(query) {
    if (query === null) set({ nearest: null });
    get().send({ type: 'nearest', query });
  },
  clearError() {
    set({ error: null });
  },
  reset() {
    set(initialData());
  },
}));

function configure(
  get: () => EmbeddingsState,
  set: (partial: Partial<Data>) => void,
  config: EmbeddingsConfig,
): void {
  set({ config });
  get().send({ type: 'configure', config });
}

function reduce(state: Data, events: readonly EmbeddingsEvent[]): Partial<Data> {
  const next: { -readonly [K in keyof Data]?: Data[K] } = {};
  let lossChanged = false;
  for (const event of events) {
    switch (event.type) {
      case 'ready':
        next.ready = true;
        break;
      case 'snapshot': {
        const { snapshot } = event;
        if (snapshot.fresh) {
          state.loss.clear();
          next.step = null;
        }
        state.loss.pushMany(snapshot.lossEpochs, snapshot.lossValues);
        lossChanged = true;
        next.snapshot = snapshot;
        next.status = snapshot.status;
        break;
      }
      case 'step':
        next.step = event.detail;
        break;
      case 'nearest':
        next.nearest = event;
        break;
      case 'status':
        next.playing = event.playing;
        next.status = event.status;
        break;
      case 'error':
        next.error = { message: event.message, fatal: event.fatal === true };
        if (event.fatal === true) next.playing = false;
        break;
      default:
        assertNever(event);
    }
  }
  if (lossChanged) next.lossVersion = state.lossVersion + 1;
  return next;
}

/**
 * Starts the embeddings worker and connects it to the store; returns the disconnect function.
 * The client module loads lazily, and a disconnect before it arrives cancels the connection.
 */
export function connectEmbeddings(): () => void {
  // Already connected (or a test installed its own engine): nothing to start.
  if (useEmbeddings.getState().sender !== null) return () => undefined;
  let disconnected = false;
  let dispose: (() => void) | null = null;
  void Promise.all([
    import('../engine/embeddings/client'),
    import('../engine/embeddings/create-worker'),
  ]).then(
    ([{ EmbeddingsClient }, { createEmbeddingsWorker }]) => {
      if (disconnected) return;
      const client = new EmbeddingsClient({
        createWorker: createEmbeddingsWorker,
        onEvents: (events) => useEmbeddings.getState().applyEvents(events),
      });
      // Settings first, then whatever the lesson asked for while the client was loading.
      client.send({ type: 'configure', config: useEmbeddings.getState().config });
      useEmbeddings.getState().install((command) => client.send(command));
      restartClient = () => {
        useEmbeddings.getState().clearError();
        client.restart();
      };
      dispose = () => {
        client.dispose();
        useEmbeddings.getState().install(null);
        useEmbeddings.setState({ playing: false });
        restartClient = null;
      };
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      useEmbeddings.setState({ error: { message, fatal: true } });
    },
  );
  return () => {
    disconnected = true;
    dispose?.();
  };
}

let restartClient: (() => void) | null = null;

/** Replaces a crashed worker; the client replays the last configuration. */
export function restartEmbeddings(): void {
  restartClient?.();
}
