import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepAppearanceInSync } from './app/appearance';
import { AppBoundary, StartupFailure } from './app/boundary/AppBoundary';
import { describeError } from './app/boundary/describe-error';
import { startEngine } from './app/engine-bridge';
import { keepHashTargetInView } from './app/hash-scroll';
import { registerServiceWorker } from './app/offline';
import { keepUrlInSync, loadSettingsFromUrl } from './app/url-sync';
import './app/global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);

try {
  loadSettingsFromUrl();
  keepAppearanceInSync();
  keepUrlInSync();
  startEngine();
  if (import.meta.env.PROD) registerServiceWorker();
  // As a transition, React renders the first screen in slices and lets the browser paint and
  // answer input between them, instead of one long task.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <AppBoundary>
          <App />
        </AppBoundary>
      </StrictMode>,
    );
  });
  keepHashTargetInView();
} catch (error) {
  // Start-up failed before the app could show anything: say so instead of a blank page.
  console.error(error);
  reactRoot.render(<StartupFailure summary={describeError(error, 'start-up').summary} />);
}
