/**
 * The announcer's live regions. Part of the first bundle: loaded lazily, it suspended the first
 * render, and React held the first paint until its chunk arrived.
 */
import Announcer from './Announcer';

export function LiveAnnouncer() {
  return <Announcer />;
}
