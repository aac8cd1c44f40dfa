/**
 * The first screen's build output: the module build/first-screen-plugin.ts injects into the
 * page must carry exactly the events the engine sends for the default settings, so the numbers
 * a reader sees before the worker starts are the worker's own.
 */
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { firstScreenPlugin } from '../../build/first-screen-plugin';
import { ARTICLE_PROGRAM, neuronPredict } from '../../src/core/article';
import { Engine } from '../../src/engine/engine';
import { decodeEvents } from '../../src/engine/event-codec';
import type { EngineEvent, RunConfig } from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';

const RUN = 'main';

/** The module text the plugin gives Vite for `virtual:first-screen`, as Vite would ask for it. */
function injectedModule(plugin: Plugin): string {
  const call = <T>(hook: unknown, ...args: unknown[]): T => {
    const handler = typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler;
    return (handler as (...a: unknown[]) => T).call({}, ...args);
  };
  const resolved = call<string | null>(plugin.resolveId, 'virtual:first-screen', undefined, {});
  expect(resolved).toEqual(expect.any(String));
  const text = call<string | null>(plugin.load, resolved);
  expect(text).toEqual(expect.any(String));
  return text as string;
}

/** The module's `export const name = <JSON>;` lines as values. */
function moduleExports(text: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const match = /^export const (\w+) = (.*);$/.exec(line);
    expect(match, `an unexpected line: ${line}`).not.toBeNull();
    if (match !== null) exports[match[1] as string] = JSON.parse(match[2] as string);
  }
  return exports;
}

/**
 * What the worker's engine sends when the page configures the main run: the engine is driven
 * here the way the worker drives it, with a clock whose ticks never come (nothing plays).
 */
function engineAnswer(config: RunConfig): EngineEvent[] {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  engine.handle({ type: 'configure', runId: RUN, config });
  return events;
}

/** Events as comparable values: Float64Arrays become plain arrays, numbers stay exact. */
const plain = (events: readonly EngineEvent[]): unknown =>
  JSON.parse(
    JSON.stringify(events, (_key, value: unknown) =>
      value instanceof Float64Array
        ? Array.from(value, (v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v))
        : value,
    ),
  );

describe('the first screen the build embeds', () => {
  const injected = moduleExports(injectedModule(firstScreenPlugin(RUN)));

  it('names the main run and the default settings', () => {
    expect(Object.keys(injected).sort()).toEqual(['config', 'events', 'runId']);
    expect(injected.runId).toBe(RUN);
    expect(JSON.parse(injected.config as string)).toEqual(DEFAULT_RUN_CONFIG);
  });

  it('carries exactly what the engine sends for those settings (apart from "playing")', () => {
    const embedded = decodeEvents(injected.events as string);
    const answer = engineAnswer(DEFAULT_RUN_CONFIG).filter((event) => event.type !== 'playing');
    expect(embedded.length).toBeGreaterThan(0);
    expect(plain(embedded)).toEqual(plain(answer));
  });

  it("holds the article's starting neuron and its first predictions", () => {
    const embedded = decodeEvents(injected.events as string);
    const snapshots = embedded.flatMap((event) =>
      event.type === 'snapshots' ? event.snapshots : [],
    );
    const main = snapshots.find((snapshot) => snapshot.runId === RUN);
    expect(main).toBeDefined();
    if (main === undefined) return;
    const [w0, w1] = ARTICLE_PROGRAM.initialWeights;
    expect(Array.from(main.params)).toEqual([w0, w1, ARTICLE_PROGRAM.initialBias]);
    expect(main.counters.epoch).toBe(0);
    expect(Array.from(main.predictions?.targets ?? [])).toEqual(ARTICLE_PROGRAM.labels);
    const outputs = Array.from(main.predictions?.outputs ?? []);
    expect(outputs).toHaveLength(ARTICLE_PROGRAM.inputs.length);
    ARTICLE_PROGRAM.inputs.forEach(([x0, x1], i) =>
      expect(outputs[i]).toBeCloseTo(neuronPredict('clip', [w0, w1], 0, x0, x1), 12),
    );
  });

  it('differs from the engine’s answer for other settings (the comparison can fail)', () => {
    const embedded = decodeEvents(injected.events as string);
    const other = engineAnswer({ ...DEFAULT_RUN_CONFIG, extraPoints: [[0.5, 0.6, 0]] }).filter(
      (event) => event.type !== 'playing',
    );
    expect(plain(embedded)).not.toEqual(plain(other));
  });
});
