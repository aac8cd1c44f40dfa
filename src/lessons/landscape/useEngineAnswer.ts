/**
 * Requests whose answer comes back as an event (a landscape, a surface race). The runs store
 * keeps only the newest answer of each kind, and other lessons may ask too, so this hook
 * remembers which request ids are its own, keeps its latest answer with the context it was
 * asked in, and asks again if another lesson's newer request displaced its answer unseen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineCommand } from '../../engine/protocol';
import { newRequestId, sendCommand } from '../../store/commands';
import { useRuns, type RunsState } from '../../store/runs';

export interface Answer<T, C> {
  readonly value: T;
  /** What the caller said about the request when asking (e.g. the values held fixed). */
  readonly context: C;
}

interface Question<C> {
  readonly context: C;
  readonly command: (requestId: number) => EngineCommand;
}

/** Sends a request built for a fresh request id, remembering `context` for its answer. */
export type Ask<C> = (context: C, command: (requestId: number) => EngineCommand) => void;

export function useEngineAnswer<T extends { readonly requestId: number }, C>(
  select: (state: RunsState) => T | null,
): { answer: Answer<T, C> | null; ask: Ask<C> } {
  const [answer, setAnswer] = useState<Answer<T, C> | null>(null);
  const pending = useRef(new Map<number, C>());
  const latest = useRef<Question<C> | null>(null);

  const send = useCallback((question: Question<C>) => {
    latest.current = question;
    const requestId = newRequestId();
    pending.current.set(requestId, question.context);
    sendCommand(question.command(requestId));
  }, []);

  const receive = useCallback(
    (value: T | null) => {
      if (value === null || pending.current.size === 0) return;
      const mine = pending.current.has(value.requestId);
      if (mine) {
        const context = pending.current.get(value.requestId) as C;
        for (const id of [...pending.current.keys()]) {
          if (id <= value.requestId) pending.current.delete(id);
        }
        setAnswer({ value, context });
        return;
      }
      const newest = Math.max(...pending.current.keys());
      if (value.requestId > newest && latest.current !== null) {
        pending.current.clear();
        send(latest.current);
      }
    },
    [send],
  );

  useEffect(() => {
    receive(select(useRuns.getState()));
    return useRuns.subscribe((state, previous) => {
      const value = select(state);
      if (value !== select(previous)) receive(value);
    });
  }, [select, receive]);

  const ask = useCallback<Ask<C>>((context, command) => send({ context, command }), [send]);
  return { answer, ask };
}
