/**
 * The page's first script, kept tiny. The build's HTML already shows the first screen; this
 * lets the browser paint it before the app's code is evaluated (a long task that would
 * otherwise come first), and starts fetching a linked lesson's code right away.
 */
import { preloadLinkedLesson } from './app/lesson-loaders';
import './app/global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

preloadLinkedLesson(window.location.hash);

/**
 * Resolves once the browser has had a chance to paint: after the next animation frame (a task
 * queued in it runs after that frame's paint), or after a short wait in a tab that draws no
 * frames (hidden), so the app still starts there.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

afterFirstPaint()
  .then(() => import('./app/start'))
  .then(({ startApp }) => startApp(root))
  .catch((error: unknown) => {
    // The app's code could not be loaded (offline on a first visit, a broken deploy).
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'startup-failure';
    message.textContent =
      'Training Loop Lab could not load its code. Reload the page to try again.';
    root.prepend(message);
  });
