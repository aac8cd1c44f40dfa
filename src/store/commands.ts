/**
 * The way views ask the engine for something. Views cannot import the app shell or the
 * worker, so the shell installs the real sender here at start-up; until then commands
 * wait in a queue and are delivered when it arrives.
 */
import { create } from 'zustand';
import type { EngineCommand } from '../engine/protocol';

interface CommandState {
  readonly sender: ((command: EngineCommand) => void) | null;
  readonly queued: readonly EngineCommand[];
  send(command: EngineCommand): void;
  install(sender: (command: EngineCommand) => void): void;
}

export const useCommands = create<CommandState>()((set, get) => ({
  sender: null,
  queued: [],
  send(command) {
    const { sender } = get();
    if (sender === null) set((state) => ({ queued: [...state.queued, command] }));
    else sender(command);
  },
  install(sender) {
    const waiting = get().queued;
    set({ sender, queued: [] });
    for (const command of waiting) sender(command);
  },
}));

/** Sends a command to the engine (from event handlers; not a hook). */
export function sendCommand(command: EngineCommand): void {
  useCommands.getState().send(command);
}

let nextRequestId = 1;
/** A fresh id for requests whose answer comes back as an event. */
export function newRequestId(): number {
  return nextRequestId++;
}
