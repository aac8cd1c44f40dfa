/**
 * What both Web Workers (training and embeddings) do around their engine: type the worker's
 * global scope by hand (the project's tsconfig has only the DOM lib), give the engine a real
 * clock, pass it every well-formed command, answer anything else with an error event, and
 * say 'ready' once it is listening.
 */
import type { EngineClock } from './runtime/clock';

type ReadyOrError =
  { readonly type: 'ready' } | { readonly type: 'error'; readonly message: string };

export function hostEngine<Command extends { readonly type: string }, Event>(
  name: string,
  create: (
    post: (event: Event, transfer: Transferable[]) => void,
    clock: EngineClock,
  ) => { handle(command: Command): void },
): void {
  const scope = globalThis as unknown as {
    postMessage(message: unknown, transfer: Transferable[]): void;
    onmessage: ((event: MessageEvent) => void) | null;
  };
  const post = (event: Event | ReadyOrError, transfer: Transferable[]) =>
    scope.postMessage(event, transfer);
  const engine = create(post, createClock());
  scope.onmessage = (message) => {
    const data: unknown = message.data;
    if (!isCommand<Command>(data)) {
      post({ type: 'error', message: `${name} received a message that is not a command` }, []);
      return;
    }
    engine.handle(data);
  };
  post({ type: 'ready' }, []);
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

function isCommand<Command>(data: unknown): data is Command {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof (data as { type: unknown }).type === 'string'
  );
}
