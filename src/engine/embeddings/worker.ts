/**
 * The embeddings Web Worker: wires EmbeddingsEngine to postMessage and a real clock. The
 * project's tsconfig has only the DOM lib, so the worker's global scope is typed by hand.
 */
import { EmbeddingsEngine, type EmbeddingsClock } from './engine';
import type { EmbeddingsCommand, EmbeddingsEvent } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

function post(event: EmbeddingsEvent, transfer: Transferable[]): void {
  scope.postMessage(event, transfer);
}

/** setTimeout(fn, 0) is clamped after nesting; a MessageChannel message runs as soon as idle. */
function createClock(): EmbeddingsClock {
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

function isCommand(data: unknown): data is EmbeddingsCommand {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof (data as { type: unknown }).type === 'string'
  );
}

const engine = new EmbeddingsEngine(post, createClock());

scope.onmessage = (message) => {
  const data: unknown = message.data;
  if (!isCommand(data)) {
    post(
      { type: 'error', message: 'the embeddings engine received a message that is not a command' },
      [],
    );
    return;
  }
  engine.handle(data);
};

post({ type: 'ready' }, []);
