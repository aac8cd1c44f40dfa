/**
 * A view's questions to the engine of one kind, newest first: asking again cancels the
 * question still waiting (its answer, should it come, is dropped), and so does unmounting.
 * The answer shown stays until a newer one replaces it, together with the context the view
 * gave when it asked (what the answer is an answer to). A refused question (its 'failed'
 * error) is also reported on the page's engine error line, as the engine's other errors are.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EngineRequestError, isCancelled } from '../engine/pending-requests';
import type { AnswerOf, AskOf, RequestKind } from '../engine/protocol';
import { requestFromEngine } from './commands';
import { useRuns } from './runs';

export interface Answered<K extends RequestKind, C> {
  readonly value: AnswerOf<K>;
  readonly context: C;
  /** Counts this view's answers: a new answer has a new id. */
  readonly id: number;
}

export interface EngineRequestState<K extends RequestKind, C> {
  readonly answer: Answered<K, C> | null;
  /** The context of the question waiting for its answer, or null. */
  readonly waiting: { readonly context: C } | null;
  /** Progress of the waiting question (sweeps report it). */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** Why the newest question got no answer ('failed' or 'stopped'). */
  readonly error: EngineRequestError | null;
  ask(ask: AskOf<K>, context: C): void;
  /** Cancels any waiting question and forgets the answer. */
  clear(): void;
}

export function useEngineRequest<K extends RequestKind, C = null>(
  kind: K,
): EngineRequestState<K, C> {
  const [answer, setAnswer] = useState<Answered<K, C> | null>(null);
  const [waiting, setWaiting] = useState<{ readonly context: C } | null>(null);
  const [progress, setProgress] = useState<EngineRequestState<K, C>['progress']>(null);
  const [error, setError] = useState<EngineRequestError | null>(null);
  const current = useRef<AbortController | null>(null);
  const answers = useRef(0);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const ask = useCallback(
    (question: AskOf<K>, context: C) => {
      cancel();
      const controller = new AbortController();
      current.current = controller;
      setWaiting({ context });
      setProgress(null);
      setError(null);
      requestFromEngine(kind, question, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (!controller.signal.aborted) setProgress({ done, total });
        },
      }).then(
        (value) => {
          if (controller.signal.aborted) return;
          current.current = null;
          setWaiting(null);
          setAnswer({ value, context, id: ++answers.current });
        },
        (reason: unknown) => {
          if (isCancelled(reason) || controller.signal.aborted) return;
          current.current = null;
          const failure =
            reason instanceof EngineRequestError
              ? reason
              : new EngineRequestError('failed', String(reason));
          setWaiting(null);
          setError(failure);
          // A refusal is the engine's word, shown where its other errors are shown too.
          if (failure.kind === 'failed') {
            useRuns.getState().applyEvents([{ type: 'error', message: failure.message }]);
          }
        },
      );
    },
    [kind, cancel],
  );

  const clear = useCallback(() => {
    cancel();
    setWaiting(null);
    setProgress(null);
    setError(null);
    setAnswer(null);
  }, [cancel]);

  return { answer, waiting, progress, error, ask, clear };
}
