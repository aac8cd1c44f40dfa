/**
 * The page's first script, kept tiny. The build's HTML already shows the first screen; this
 * lets the browser paint it before the app's code is evaluated (a long task that would
 * otherwise come first). (A linked lesson's code is already on its way: public/prerender-gate.js
 * asked for it while the page was parsed.)
 */
import './app/global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// An address with settings: the prerendered screen (kept hidden by public/prerender-gate.js)
// is not this page. It goes now, and the app draws the page from scratch.
const gate = document.getElementById('prerender-gate');
if (gate !== null) {
  root.replaceChildren();
  gate.remove();
}

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

/**
 * The build's HTML shows working-looking controls before the app can answer them: a click on
 * one (Play, say) is held, and given again once the app has taken over the page, when React
 * answers it. A choice made in a list or a field (the bar's Speed, say) is kept the same way:
 * React would put the control back to its own value when it takes the page over, so the
 * learner's choice is made again then. Links inside the page still work at once.
 */
function holdEarlyInput(within: HTMLElement): () => void {
  const held: HTMLElement[] = [];
  const chosen = new Map<HTMLSelectElement | HTMLInputElement, string>();
  const hold = (event: MouseEvent) => {
    const control =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('button, input, summary')
        : null;
    if (control === null || !within.contains(control)) return;
    if (control instanceof HTMLInputElement && isTextLike(control)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(control);
  };
  const keep = (event: Event) => {
    const control = event.target;
    if (control instanceof HTMLSelectElement) chosen.set(control, control.value);
    else if (control instanceof HTMLInputElement && isTextLike(control))
      chosen.set(control, control.value);
  };
  within.addEventListener('click', hold, true);
  within.addEventListener('change', keep, true);
  within.addEventListener('input', keep, true);
  return () => {
    within.removeEventListener('click', hold, true);
    within.removeEventListener('change', keep, true);
    within.removeEventListener('input', keep, true);
    // A control the app drew anew is gone: that click or choice is lost, not misdirected.
    for (const control of held) if (control.isConnected) control.click();
    for (const [control, value] of chosen) if (control.isConnected) choose(control, value);
  };
}

function isTextLike(input: HTMLInputElement): boolean {
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image'].includes(input.type);
}

/**
 * Sets a control's value as a person would: through the element type's own value setter (React
 * watches the instance's) and with the events React listens to.
 */
function choose(control: HTMLSelectElement | HTMLInputElement, value: string): void {
  // Through the instance first, so React's record of the value differs from the one given
  // next and it sees a change even where it kept the learner's value when it took over.
  control.value = value === '' ? ' ' : '';
  const prototype = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const releaseInput = holdEarlyInput(root);

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * The app's code (being fetched: preloadAppFiles), evaluated in three tasks rather than one long one:
 * React's renderer, then the settings and their schema, then the rest. A module graph is
 * evaluated in one go, so each step imports what the next would otherwise evaluate with it.
 */
async function loadApp() {
  await import('react-dom/client');
  await nextTask();
  await import('./store/config');
  await nextTask();
  return import('./app/start');
}

/**
 * Starts fetching every file of the app's code at once (the build lists them in #app-files),
 * now that the first screen is painted, so the three steps below do not wait for each other's
 * downloads. Fetched while the page was parsed, they took the cores the first layout needed.
 * In development there is no list: Vite serves the modules as they are imported.
 */
function preloadAppFiles(): void {
  let files: unknown;
  try {
    files = JSON.parse(document.getElementById('app-files')?.textContent ?? '[]');
  } catch {
    return; // Only slower: each step fetches what it imports.
  }
  if (!Array.isArray(files)) return;
  for (const href of files) {
    if (typeof href !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    // As the imports fetch them (anonymous CORS), so the preloads are the ones used.
    link.crossOrigin = '';
    document.head.append(link);
  }
}

afterFirstPaint()
  .then(() => {
    preloadAppFiles();
    return loadApp();
  })
  .then(({ startApp }) => startApp(root))
  .finally(releaseInput)
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
