/**
 * One idea per screen: in presenter mode a lesson shows its main figure and its main action,
 * and the blocks it marks `data-presenter="secondary"` (settings, tables, sweeps, long
 * explanations, second forms) are folded away. This button in the presenter's bar names what
 * is folded and unfolds it in place, for a question from the room; a new lesson starts folded.
 */
import type { LessonId } from '../../store/config-schema';
import { useLessonT } from '../../ui/i18n';
import { messages, type PresenterKey } from './messages';

/** What each lesson folds away, as the button says it. Lessons not listed fold nothing. */
const FOLDED: Partial<Record<LessonId, PresenterKey>> = {
  loss: 'moreLoss',
  'learning-rate': 'moreLearningRate',
  landscape: 'moreLandscape',
  overfitting: 'moreOverfitting',
  code: 'moreCode',
  vocabulary: 'moreVocabulary',
  scale: 'moreScale',
  embeddings: 'moreEmbeddings',
};

export function hasFolded(lesson: LessonId): boolean {
  return FOLDED[lesson] !== undefined;
}

export function MoreToggle(props: {
  lesson: LessonId;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const pt = useLessonT(messages);
  const key = FOLDED[props.lesson];
  if (key === undefined) return null;
  return (
    <button
      type="button"
      className="button presenter-more"
      aria-expanded={props.open}
      aria-controls={props.lesson}
      data-testid="presenter-more"
      onClick={() => props.onToggle(!props.open)}
    >
      <span aria-hidden="true">{props.open ? '▾ ' : '▸ '}</span>
      {pt(props.open ? 'lessMore' : key)}
    </button>
  );
}
