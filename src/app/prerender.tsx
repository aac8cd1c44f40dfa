/**
 * The first screen as HTML, rendered at build time (build/prerender-plugin.ts puts it in
 * index.html): the learner's page with default settings and the engine's precomputed numbers,
 * so the header, the transport bar and the loop lesson paint before any script has run.
 * Lessons below the first one render as their loading placeholders, as in the browser.
 */
import { renderToString } from 'react-dom/server';
import * as firstScreen from 'virtual:first-screen';
import { decodeEvents } from '../engine/event-codec';
import { useRuns } from '../store/runs';
import { adoptAsServerSnapshot } from './hydration';
import { MAIN_RUN } from './main-run';
import { appTree } from './root';

export function renderFirstScreen(): string {
  if (firstScreen.runId !== MAIN_RUN) throw new Error('the precomputed run is not the main run');
  useRuns.getState().applyEvents(decodeEvents(firstScreen.events));
  adoptAsServerSnapshot(useRuns);
  return renderToString(appTree());
}
