/**
 * A Vite plugin that runs the engine at build time for the default settings and embeds its
 * events as the module `virtual:first-screen`, so the first screen shows real numbers at
 * once without shipping the engine in the page's initial JavaScript.
 */
import type { Plugin } from 'vite';
import { encodeEvents } from '../src/engine/event-codec';
import { precomputedEvents } from '../src/engine/precompute';
import { DEFAULT_RUN_CONFIG } from '../src/store/config-schema';

const PUBLIC_ID = 'virtual:first-screen';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export function firstScreenPlugin(runId: string): Plugin {
  return {
    name: 'training-loop-lab:first-screen',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const events = encodeEvents(precomputedEvents(runId, DEFAULT_RUN_CONFIG));
      const config = JSON.stringify(DEFAULT_RUN_CONFIG);
      return [
        `export const runId = ${JSON.stringify(runId)};`,
        `export const config = ${JSON.stringify(config)};`,
        `export const events = ${JSON.stringify(events)};`,
      ].join('\n');
    },
  };
}
