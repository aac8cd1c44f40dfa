/**
 * The first screen's numbers, computed at build time (build/first-screen-plugin.ts embeds them
 * in the page), not in the browser: the same Engine the worker runs answers a `configure`
 * synchronously here (a clock that never ticks), so what the page shows before the worker has
 * started is exactly what the worker shows a moment later.
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
