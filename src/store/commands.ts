/**
 * The way views talk to the engine. Views cannot import the app shell or the worker, so the
 * shell installs the real sender (and asker) here at start-up; until then commands and requests wait
 * in one queue, in order, and are delivered when it arrives.
 *
 * Commands are fire-and-forget (their effects come back in the run stream); requests return
 * a promise of their own typed answer (engine/pending-requests.ts).
 */
import { create } from 'zustand';
import { EngineRequestError, type Ask, type RequestOptions } from '../engine/pending-requests';
import type { AnswerOf, AskOf, EngineCommand, RequestKind } from '../engine/protocol';

type Sender = (command: EngineCommand) => void;
type Delivery = (sender: Sender, asker: Ask) => void;

/** For an engine installed without requests (tests of commands alone): every request fails. */
const noRequests: Ask = (kind) =>
  Promise.reject(new EngineRequestError('stopped', `no engine answers ${kind} requests here`));

interface CommandState {
  readonly sender: Sender | null;
  readonly asker: Ask | null;
  readonly queued: readonly Delivery[];
  send(command: EngineCommand): void;
  request<K extends RequestKind>(
    kind: K,
    ask: AskOf<K>,
    options?: RequestOptions,
  ): Promise<AnswerOf<K>>;
  install(sender: Sender, asker?: Ask): void;
}

export const useCommands = create<CommandState>()((set, get) => {
  const deliver = (delivery: Delivery) => {
    const { sender, asker } = get();
    if (sender === null) set((state) => ({ queued: [...state.queued, delivery] }));
    else delivery(sender, asker ?? noRequests);
  };
  return {
    sender: null,
    asker: null,
    queued: [],
    send(command) {
      deliver((sender) => sender(command));
    },
    request(kind, ask, options) {
      return new Promise((resolve, reject) =>
        deliver((_, asker) => asker(kind, ask, options).then(resolve, reject)),
      );
    },
    install(sender, asker = noRequests) {
      const waiting = get().queued;
      set({ sender, asker, queued: [] });
      for (const delivery of waiting) delivery(sender, asker);
    },
  };
});

/** Sends a command to the engine (from event handlers; not a hook). */
export function sendCommand(command: EngineCommand): void {
  useCommands.getState().send(command);
}

/** Asks the engine a question (not a hook): see useEngineRequest for views. */
export function requestFromEngine<K extends RequestKind>(
  kind: K,
  ask: AskOf<K>,
  options?: RequestOptions,
): Promise<AnswerOf<K>> {
  return useCommands.getState().request(kind, ask, options);
}
