/**
 * Keeps one lesson's failure inside that lesson: a render error shows a short message with
 * "Reload this lesson" and "Copy details", while the other lessons and the transport go on.
 */
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../../ui/i18n';
import { copyText } from '../tools/clipboard';
import { describeError } from './describe-error';

interface Props {
  readonly lesson: string;
  readonly children: ReactNode;
}
interface State {
  readonly error: unknown;
  readonly failed: boolean;
  /** Changes on reload, so the lesson mounts afresh rather than reusing broken state. */
  readonly attempt: number;
}

export class LessonBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports it; the page itself stays up.
    console.error(`The lesson "${this.props.lesson}" failed`, error, info.componentStack);
  }

  private readonly reload = () => {
    this.setState((state) => ({ error: null, failed: false, attempt: state.attempt + 1 }));
  };

  override render() {
    const { failed, error, attempt } = this.state;
    if (failed) {
      return <LessonFailure lesson={this.props.lesson} error={error} onReload={this.reload} />;
    }
    return <LessonAttempt key={attempt}>{this.props.children}</LessonAttempt>;
  }
}

function LessonAttempt({ children }: { children: ReactNode }) {
  return children;
}

function LessonFailure({
  lesson,
  error,
  onReload,
}: {
  lesson: string;
  error: unknown;
  onReload: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const details = describeError(error, `lesson ${lesson}`);
  return (
    <div className="lesson-failure" role="alert">
      <p>
        <strong>{t('boundary.title')}</strong> {t('boundary.others')}
      </p>
      <p className="numbers" dir="ltr">
        {details.summary}
      </p>
      <button type="button" className="button primary" onClick={onReload}>
        {t('boundary.reload')}
      </button>{' '}
      <button
        type="button"
        className="button"
        onClick={() => void copyText(details.full).then(setCopied)}
      >
        {copied ? t('boundary.copied') : t('boundary.copy')}
      </button>
    </div>
  );
}
