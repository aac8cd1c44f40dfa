/**
 * Tells screen-reader users how the main run is going without flooding them: progress (epoch
 * and loss) at most once per PROGRESS_MS while it plays, and an outcome the moment it happens
 * (a divergence assertively, since it interrupts what the learner expected).
 */
import { useEffect, useRef, useState } from 'react';
import { useConfig } from '../../store/config';
import { useRuns, type RunsState } from '../../store/runs';
import { formatLoss } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { isMainPlaying, MAIN_RUN, mainLoss } from '../main-run';
import { messages } from './messages';

export const PROGRESS_MS = 5000;

type Say = LessonTranslate<keyof typeof messages.en>;

interface Announcement {
  readonly text: string;
  readonly urgent: boolean;
}

/** A run starting over empties both regions, so the same outcome can be announced again. */
const CLEAR: Announcement = { text: '', urgent: false };

/** What to say about the change from `previous` to `state`, or null to stay quiet. */
function announcementFor(
  state: RunsState,
  previous: RunsState,
  progressDue: boolean,
  say: Say,
): Announcement | null {
  const run = state.runs[MAIN_RUN];
  if (run === undefined || run === previous.runs[MAIN_RUN]) return null;
  const loss = formatLoss(mainLoss(state, useConfig.getState().run.model));
  const epoch = run.stoppedAt ?? run.counters.epoch;
  const statusChanged = run.status !== previous.runs[MAIN_RUN]?.status;
  if (statusChanged && run.status === 'ready') return CLEAR;
  if (statusChanged && run.status === 'diverged') {
    return { text: say('diverged', { epoch }), urgent: true };
  }
  if (statusChanged && (run.status === 'finished' || run.status === 'early-stopped')) {
    return { text: say(run.status, { epoch, loss }), urgent: false };
  }
  if (progressDue && isMainPlaying(state) && run.lastEpoch !== null) {
    return { text: say('progress', { epoch, loss }), urgent: false };
  }
  return null;
}

export default function Announcer({ now = Date.now }: { now?: () => number }) {
  const say = useLessonT(messages);
  const sayRef = useRef(say);
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');

  useEffect(() => {
    sayRef.current = say;
  }, [say]);

  useEffect(() => {
    let lastProgress = -Infinity;
    return useRuns.subscribe((state, previous) => {
      const at = now();
      const due = at - lastProgress >= PROGRESS_MS;
      const said = announcementFor(state, previous, due, sayRef.current);
      if (said === null) return;
      if (said === CLEAR) {
        setPolite('');
        setUrgent('');
        return;
      }
      if (said.urgent) setUrgent(said.text);
      else setPolite(said.text);
      lastProgress = at;
    });
  }, [now]);

  return (
    <div className="visually-hidden">
      <div aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {polite}
      </div>
      <div aria-live="assertive" aria-atomic="true" data-testid="announce-urgent">
        {urgent}
      </div>
    </div>
  );
}
