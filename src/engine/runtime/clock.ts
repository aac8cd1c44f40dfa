/**
 * The one clock interface of the engines, their schedulers and the page's heartbeat: the
 * workers pass a real one (worker-host.ts), tests a manual one that moves only when told.
 */
export interface EngineClock {
  now(): number;
  /** Runs `fn` after at least `ms` milliseconds (0: as soon as the thread is idle). */
  schedule(fn: () => void, ms: number): void;
}
