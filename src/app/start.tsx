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

/**
 * Starts the app in `root`. A link to a lesson further down waits for that lesson's code first
 * (already on its way: main.tsx asked for it), so the first render shows it whole.
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
    const buildPage = prerendered && showsPrerenderedState();
    if (buildPage && linked === null) {
      // The page shows what the build rendered: adopt that HTML instead of drawing it again.
      markHydrating();
      adoptAsServerSnapshot(useRuns);
      startTransition(() => {
        reactRoot = hydrateRoot(root, appTree());
      });
    } else {
      // Another language, mode or setting: the build's HTML is not this page, so it goes.
      // A link to a lesson further down keeps it on screen until React's first commit
      // replaces it, and that first render includes the linked lesson (hydration could only
      // start it after adopting the whole page).
      if (!buildPage) root.replaceChildren();
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
