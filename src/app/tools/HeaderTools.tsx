/**
 * The header's tools beyond theme and language: reduce motion, copy link, export and presenter
 * mode, with one status line that says what a tool just did. Part of the first screen (the
 * export code itself loads on first use).
 */
import { useEffect, useRef, useState } from 'react';
import { useConfig } from '../../store/config';
import { useLessonT } from '../../ui/i18n';
import type { LessonId } from '../lessons';
import { enterPresenter, trackLessonRead } from '../modes';
import { currentShareUrl } from '../url-sync';
import { copyText } from './clipboard';
import { ExportMenu } from './ExportMenu';
import { messages } from './messages';

/** Long enough to read; then cleared so the same message can be announced again. */
const MESSAGE_MS = 6000;

export default function HeaderTools() {
  const tt = useLessonT(messages);
  const reducedMotion = useConfig((state) => state.app.reducedMotion);
  const setAppField = useConfig((state) => state.setAppField);
  const [message, setMessage] = useState('');
  const lessonRead = useRef<LessonId | null>(null);

  useEffect(
    () =>
      trackLessonRead((lesson) => {
        lessonRead.current = lesson;
      }),
    [],
  );

  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  async function copyLink(): Promise<void> {
    setMessage('');
    const copied = await copyText(currentShareUrl());
    setMessage(tt(copied ? 'copied' : 'copyFailed'));
  }

  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={reducedMotion}
          onChange={(event) => setAppField('reducedMotion', event.currentTarget.checked)}
        />{' '}
        {tt('reduceMotion')}
      </label>
      <button type="button" className="button" onClick={() => void copyLink()}>
        {tt('copyLink')}
      </button>
      <ExportMenu onMessage={setMessage} lesson={() => lessonRead.current} />
      <button type="button" className="button" onClick={() => enterPresenter(lessonRead.current)}>
        {tt('presenter')}
      </button>
      <p role="status" className="tools-status">
        {message}
      </p>
    </>
  );
}
