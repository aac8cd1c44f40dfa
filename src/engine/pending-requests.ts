/**
 * The page's side of the engine's requests (request-protocol.ts): each request gets an id of
 * this instance's own, and a promise that settles exactly once:
 *
 * - with its answer, when the worker's 'answer' event echoes the id;
 * - with an EngineRequestError otherwise: 'failed' (the engine refused, with its message),
 *   'cancelled' (the caller's AbortSignal fired first; a late answer is then dropped unseen),
 *   or 'stopped' (the worker failed or was replaced before answering).
 *
 * Cancelling rejects rather than leaving the promise pending, so an `await` never hangs;
 * callers that cancel on purpose ignore the 'cancelled' kind (see `isCancelled`).
 */
import type {
  AnswerOf,
  AskOf,
  EngineEvent,
  RequestCommand,
  RequestEvent,
  RequestKind,
} from './protocol';

export type EngineRequestErrorKind = 'failed' | 'cancelled' | 'stopped';

export class EngineRequestError extends Error {
  readonly kind: EngineRequestErrorKind;

  constructor(kind: EngineRequestErrorKind, message: string) {
    super(message);
    this.name = 'EngineRequestError';
    this.kind = kind;
  }
}

/** True for the rejection of a request its caller cancelled. */
export function isCancelled(error: unknown): boolean {
  return error instanceof EngineRequestError && error.kind === 'cancelled';
}

export interface RequestOptions {
  /** Aborting drops the request: its promise rejects with a 'cancelled' error at once. */
  readonly signal?: AbortSignal;
  /** Progress of a long request (a sweep reports one step per learning rate). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Whatever can ask the engine a question: the worker's client, or a test's engine. */
export type Ask = <K extends RequestKind>(
  kind: K,
  ask: AskOf<K>,
  options?: RequestOptions,
) => Promise<AnswerOf<K>>;

interface Pending {
  readonly kind: RequestKind;
  resolve(answer: unknown): void;
  reject(error: EngineRequestError): void;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

export class PendingRequests {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** How many requests wait for an answer (of this kind, if given). */
  count(kind?: RequestKind): number {
    if (kind === undefined) return this.pending.size;
    let n = 0;
    for (const entry of this.pending.values()) if (entry.kind === kind) n++;
    return n;
  }

  /**
   * Opens a request and hands its command to `post`; the promise settles when `receive` sees
   * the worker's reply, or when the caller cancels.
   */
  open<K extends RequestKind>(
    kind: K,
    ask: AskOf<K>,
    post: (command: RequestCommand) => void,
    options: RequestOptions = {},
  ): Promise<AnswerOf<K>> {
    const { signal } = options;
    if (signal?.aborted === true) return Promise.reject(cancelled(kind));
    const requestId = this.nextId++;
    const promise = new Promise<AnswerOf<K>>((resolve, reject) => {
      const done = () => signal?.removeEventListener('abort', abort);
      const abort = () => {
        if (!this.pending.delete(requestId)) return;
        reject(cancelled(kind));
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.pending.set(requestId, {
        kind,
        resolve: (answer) => {
          done();
          resolve(answer as AnswerOf<K>);
        },
        reject: (error) => {
          done();
          reject(error);
        },
        onProgress: options.onProgress,
      });
    });
    post({ type: 'request', requestId, kind, ask } as RequestCommand);
    return promise;
  }

  /**
   * Settles the request an event replies to. True when the event was a request's reply (even
   * one nobody waits for any more, which is dropped); false for every other event.
   */
  receive(event: EngineEvent): boolean {
    if (!isRequestEvent(event)) return false;
    const entry = this.pending.get(event.requestId);
    if (entry === undefined) return true;
    switch (event.type) {
      case 'request-progress':
        entry.onProgress?.(event.done, event.total);
        return true;
      case 'answer':
        this.pending.delete(event.requestId);
        if (event.kind === entry.kind) entry.resolve(event.answer);
        else entry.reject(new EngineRequestError('failed', `the engine answered a ${event.kind}`));
        return true;
      case 'request-failed':
        this.pending.delete(event.requestId);
        entry.reject(new EngineRequestError('failed', event.message));
        return true;
    }
  }

  /** Rejects every waiting request: the worker that was to answer is gone. */
  stopAll(reason: string): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) entry.reject(new EngineRequestError('stopped', reason));
  }
}

function cancelled(kind: RequestKind): EngineRequestError {
  return new EngineRequestError('cancelled', `the ${kind} request was cancelled`);
}

function isRequestEvent(event: EngineEvent): event is RequestEvent {
  return (
    event.type === 'answer' || event.type === 'request-failed' || event.type === 'request-progress'
  );
}
