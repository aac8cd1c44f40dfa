/**
 * The React tree of the whole page, in one place: the browser renders it (src/main.tsx) and the
 * build renders the same tree to HTML (src/app/prerender.tsx), so hydration finds what it made.
 */
import { StrictMode, type ReactElement } from 'react';
import { App } from './App';
import { AppBoundary } from './boundary/AppBoundary';

export function appTree(): ReactElement {
  return (
    <StrictMode>
      <AppBoundary>
        <App />
      </AppBoundary>
    </StrictMode>
  );
}
