/**
 * A discreet line in the presenter's bar naming what the forward keys (Space, →, PageDown, a
 * clicker's "next") do now: the lesson's primary action, or going on to the next lesson.
 */
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import type { LessonAction } from './use-lesson-action';

export function PrimaryHint({ action, last }: { action: LessonAction; last: boolean }) {
  const pt = useLessonT(messages);
  const label =
    action.move === 'action'
      ? action.action?.label
      : action.move === 'next-lesson' && !last
        ? pt('next')
        : undefined;
  if (label === undefined) return null;
  return (
    <span className="presenter-primary" data-testid="presenter-primary">
      <kbd>Space</kbd>: {label}
    </span>
  );
}
