/**
 * The last line: if the shell itself cannot render, the learner gets a plain page that says so
 * and links to the lab without settings, never a blank page.
 */
import { Component, type ReactNode } from 'react';
import { describeError } from './describe-error';

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

export class AppBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <StartupFailure summary={describeError(this.state.error, 'the app').summary} />;
  }
}

/** The plain page (no stores, no translations: those may be what failed). */
export function StartupFailure({ summary }: { summary: string }) {
  return (
    <main className="startup-failure" role="alert">
      <h1>Training Loop Lab could not start</h1>
      <p>Something in this address or this browser stopped the lab from starting.</p>
      <p>
        <a href={location.pathname}>Open the lab without settings</a>
      </p>
      <p className="numbers" dir="ltr">
        {summary}
      </p>
    </main>
  );
}
