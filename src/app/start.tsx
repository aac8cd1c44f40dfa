/**
 * Starts the app: reads the address, starts the engine, and renders the page, or hydrates the
 * first screen the build rendered into index.html (build/prerender-plugin.ts) when the page
 * shows exactly that.
 */
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { useRuns } from '../store/runs';
import { keepAppearanceInSync } from './appearance';
import { StartupFailure } from './boundary/AppBoundary';
import { describeError } from './boundary/describe-error';
import { startEngine } from './engine-bridge';
import { keepHashTargetInView } from './hash-scroll';
import { adoptAsServerSnapshot, markHydrating, showsPrerenderedState } from './hydration';
import { linkedLesson } from './lesson-loaders';
import { preloadLesson } from './lesson-views';
import { registerServiceWorker } from './offline';
import { appTree } from './root';
import { keepUrlInSync, loadSettingsFromUrl } from './url-sync';

/** React's root for adopted HTML: it can be told which part to adopt first. */
type HydrationRoot = Root & { unstable_scheduleHydration(target: Element): void };

/**
 * Starts the app in `root`. A link to a lesson further down waits for that lesson's code first
 * (already on its way: public/prerender-gate.js asked for it), so its first render shows it
 * whole.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  const linked = linkedLesson(window.location.hash);
  if (linked !== null) await preloadLesson(linked).catch(() => undefined);
  // The build puts the first screen's HTML in #root; development does not.
  const prerendered = root.firstElementChild !== null;
  let reactRoot: Root | null = null;
  try {
    loadSettingsFromUrl();
    keepAppearanceInSync();
    keepUrlInSync();
    startEngine();
    if (import.meta.env.PROD) registerServiceWorker();
    // As a transition, React renders (or hydrates) the first screen in slices and lets the
    // browser paint and answer input between them, instead of one long task.
    if (prerendered && showsPrerenderedState()) {
      // The page shows what the build rendered: adopt that HTML instead of drawing it again.
      markHydrating(root);
      adoptAsServerSnapshot(useRuns);
      startTransition(() => {
        reactRoot = hydrateRoot(root, appTree());
      });
      // A linked lesson's part is adopted first (its code has arrived), so it can show its
      // content while the rest of the page is still being adopted. Drawing the whole page
      // anew instead cost one long commit of every element on it.
      const target = linked === null ? null : document.getElementById(linked);
      if (target !== null) (reactRoot as HydrationRoot | null)?.unstable_scheduleHydration(target);
    } else {
      // Another language, mode or setting: the build's HTML is not this page, so it goes.
      root.replaceChildren();
      const fresh = createRoot(root);
      reactRoot = fresh;
      startTransition(() => fresh.render(appTree()));
    }
    keepHashTargetInView();
  } catch (error) {
    // Start-up failed before the app could show anything: say so instead of a blank page.
    console.error(error);
    if (reactRoot === null) {
      root.replaceChildren();
      reactRoot = createRoot(root);
    }
    reactRoot.render(<StartupFailure summary={describeError(error, 'start-up').summary} />);
  }
}
