/**
 * How the engine answers each request kind (request-protocol.ts). The table's type is a
 * mapped type over `EngineRequests`, so a request kind without a handler, or a handler that
 * answers the wrong shape, does not compile.
 */
import { articleProgramAnswer } from './article-program';
import { boundaryAnswer } from './boundary';
import { fitModelAnswer } from './fit-model';
import { fullHistoryBuffers } from './full-history';
import { gradientCheckAnswer } from './gradient-check';
import { landscapeAnswer } from './landscape';
import { neuronMapsAnswer } from './neuron-maps';
import type { AnswerOf, AskOf, RequestCommand, RequestKind } from './request-protocol';
import type { EngineRun } from './run';
import { surfaceAnswer } from './surface';
import { runSweep } from './sweep';

/** What a handler may use of the engine. */
export interface RequestContext {
  /** The run with this id; a RangeError if there is none. */
  run(runId: string): EngineRun;
  now(): number;
  /** Reports progress of a long request (done of total steps). */
  progress(done: number, total: number): void;
}

/** An answer and the buffers postMessage may move instead of copying. */
export interface Answered<A> {
  readonly answer: A;
  readonly transfer: Transferable[];
}

type Handlers = {
  readonly [K in RequestKind]: (ask: AskOf<K>, context: RequestContext) => Answered<AnswerOf<K>>;
};

const handlers: Handlers = {
  landscape: (ask, context) => landscapeAnswer(context.run(ask.runId), ask, context.now),
  sweep: (ask, context) => runSweep(ask, context.progress),
  'gradient-check': (ask, context) => ({
    answer: gradientCheckAnswer(context.run(ask.runId), ask),
    transfer: [],
  }),
  surface: (ask) => surfaceAnswer(ask),
  boundary: (ask, context) => boundaryAnswer(context.run(ask.runId), ask),
  'neuron-maps': (ask, context) => neuronMapsAnswer(context.run(ask.runId), ask),
  'article-program': (ask) => ({ answer: articleProgramAnswer(ask), transfer: [] }),
  'fit-model': (ask, context) => ({ answer: fitModelAnswer(context.run(ask.runId)), transfer: [] }),
  'full-history': (ask, context) => {
    // A copy of the run's arrays, so they can be moved to the page rather than cloned.
    const history = context.run(ask.runId).fullHistory();
    return {
      answer: { runId: ask.runId, history },
      transfer: history === null ? [] : fullHistoryBuffers(history),
    };
  },
};

/** Answers a request; throws (a RangeError, usually) when it cannot. */
export function answer(
  command: RequestCommand,
  context: RequestContext,
): Answered<AnswerOf<RequestKind>> {
  if (!Object.hasOwn(handlers, command.kind)) {
    throw new RangeError(`there is no request "${String(command.kind)}"`);
  }
  // One cast where the kind and its ask are paired: the union cannot be narrowed generically.
  const handler = handlers[command.kind] as (
    ask: AskOf<RequestKind>,
    context: RequestContext,
  ) => Answered<AnswerOf<RequestKind>>;
  return handler(command.ask, context);
}
