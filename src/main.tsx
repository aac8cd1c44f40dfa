import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { keepAppearanceInSync } from './app/appearance';
import { StartupFailure } from './app/boundary/AppBoundary';
import { describeError } from './app/boundary/describe-error';
import { startEngine } from './app/engine-bridge';
import { keepHashTargetInView } from './app/hash-scroll';
import { adoptAsServerSnapshot, showsPrerenderedState } from './app/hydration';
import { registerServiceWorker } from './app/offline';
import { appTree } from './app/root';
import { keepUrlInSync, loadSettingsFromUrl } from './app/url-sync';
import { useRuns } from './store/runs';
import './app/global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The build puts the first screen's HTML in #root (build/prerender-plugin.ts); development does not.
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
    adoptAsServerSnapshot(useRuns);
    startTransition(() => {
      reactRoot = hydrateRoot(root, appTree());
    });
  } else {
    // Another language, mode or setting: the build's HTML is not this page; draw it anew.
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
