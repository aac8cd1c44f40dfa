/** The Embed dialog: the iframe snippet for one lesson with the current settings, and Copy. */
import { useId, useRef, useState } from 'react';
import { useLessonT, useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/messages/en';
import { copyText } from '../tools/clipboard';
import type { LessonMeta } from '../lessons';
import { Modal } from '../Modal';
import { messages } from './messages';
import { embedSnippet } from './snippet';

export interface EmbedDialogProps {
  readonly lesson: LessonMeta;
  /** The lesson's embed address with the current settings. */
  readonly src: string;
  readonly onClose: () => void;
}

export default function EmbedDialog({ lesson, src, onClose }: EmbedDialogProps) {
  const t = useT();
  const et = useLessonT(messages);
  const [status, setStatus] = useState('');
  const code = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const codeId = useId();

  const title = t(`lesson.${lesson.id}.title` as MessageKey);
  const snippet = embedSnippet({
    src,
    title: et('frameTitle', { lesson: title }),
    origin: window.location.origin,
  });

  async function copy(): Promise<void> {
    setStatus('');
    if (await copyText(snippet)) {
      setStatus(et('copied'));
    } else {
      code.current?.select();
      setStatus(et('copyFailed'));
    }
  }

  return (
    <Modal titleId={titleId} onClose={onClose} className="embed-dialog">
      <h2 id={titleId}>{et('title', { lesson: title })}</h2>
      <p>{et('intro')}</p>
      <label htmlFor={codeId}>{et('code')}</label>
      <textarea
        id={codeId}
        ref={code}
        className="snippet"
        readOnly
        rows={12}
        value={snippet}
        dir="ltr"
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={() => void copy()}>
          {et('copy')}
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
        <button type="button" className="button" onClick={onClose}>
          {et('close')}
        </button>
      </div>
    </Modal>
  );
}
