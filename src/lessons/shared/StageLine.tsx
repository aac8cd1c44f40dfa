/**
 * One line saying which stage ran last and which comes next (or that the run is playing),
 * read aloud only in the lesson whose button was pressed.
 */
import type { Stage } from '../../core/trainer';
import { useLessonT, useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/messages/en';
import { sharedMessages } from './step-messages';

export function useStageName(): (stage: Stage) => string {
  const shell = useT();
  return (stage) => shell(`loop.stage.${stage}` as MessageKey);
}

export function StageLine(props: {
  playing: boolean;
  /** The last stage run, null before any (or when the detail is not current). */
  last: Stage | null;
  /** The next stage, when known. */
  next: Stage | null;
  announce: boolean;
}) {
  const t = useLessonT(sharedMessages);
  const stageName = useStageName();
  const { playing, last, next } = props;
  return (
    <p className="step-controls-stage" aria-live={props.announce ? 'polite' : 'off'}>
      {playing
        ? t('step.playing')
        : last === null
          ? t('step.none')
          : t('step.last', { stage: stageName(last) })}{' '}
      {!playing && next !== null && t('step.next', { stage: stageName(next) })}
    </p>
  );
}
