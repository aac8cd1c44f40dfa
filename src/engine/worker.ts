/**
 * The Web Worker entry: wires the Engine to postMessage and a real clock. The project's
 * tsconfig has only the DOM lib, so the worker's global scope is typed by hand.
 */
import { Engine, type EngineClock } from './engine';
import type { EngineCommand, EngineEvent } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

function post(event: EngineEvent, transfer: Transferable[]): void {
  scope.postMessage(event, transfer);
}

/**
 * setTimeout(fn, 0) is clamped to ≥ 4 ms after a few nested calls, which would cap a fast
 * run's ticks; a MessageChannel message runs as soon as the worker is idle.
 */
function createClock(): EngineClock {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    schedule(fn, ms) {
      if (ms > 0) {
        setTimeout(fn, ms);
        return;
      }
      queue.push(fn);
      channel.port2.postMessage(null);
    },
  };
}

function isCommand(data: unknown): data is EngineCommand {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof (data as { type: unknown }).type === 'string'
  );
}

const engine = new Engine(post, createClock());

scope.onmessage = (message) => {
  const data: unknown = message.data;
  if (!isCommand(data)) {
    post({ type: 'error', message: 'the engine received a message that is not a command' }, []);
    return;
  }
  engine.handle(data);
};

post({ type: 'ready' }, []);
