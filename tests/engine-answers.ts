/**
 * Asks an Engine (driven synchronously by a test) a question and reads its reply from the
 * events it emitted: the answer, or an Error with the engine's message when it refused.
 */
import type { Engine } from '../src/engine/engine';
import type {
  AnswerOf,
  AskOf,
  EngineEvent,
  RequestCommand,
  RequestKind,
} from '../src/engine/protocol';

let nextId = 1;

export function answerOf<K extends RequestKind>(
  engine: Engine,
  /** Every event the engine has emitted so far. */
  events: () => readonly EngineEvent[],
  kind: K,
  ask: AskOf<K>,
): AnswerOf<K> {
  const requestId = nextId++;
  engine.handle({ type: 'request', requestId, kind, ask } as RequestCommand);
  for (const event of events()) {
    if (event.type === 'answer' && event.requestId === requestId && event.kind === kind) {
      return event.answer as AnswerOf<K>;
    }
    if (event.type === 'request-failed' && event.requestId === requestId) {
      throw new Error(event.message);
    }
  }
  throw new Error(`no reply to the ${kind} request`);
}
