/** The announcer, loaded just after the first screen (nothing is announced before a run plays). */
import { lazy, Suspense } from 'react';

const Announcer = lazy(() => import('../deferred').then((m) => ({ default: m.Announcer })));

export function LiveAnnouncer() {
  return (
    <Suspense fallback={null}>
      <Announcer />
    </Suspense>
  );
}
