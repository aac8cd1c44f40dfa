/**
 * The first screen's numbers, computed on the page before the worker has started: the same
 * Engine answers a `configure` synchronously (a clock that never ticks), so what the page
 * shows at once is exactly what the worker will show a moment later.
 */
import { Engine } from './engine';
import type { EngineEvent, RunConfig } from './protocol';

export function precomputedEvents(runId: string, config: RunConfig): EngineEvent[] {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  engine.handle({ type: 'configure', runId, config });
  return events.filter((event) => event.type !== 'playing');
}
