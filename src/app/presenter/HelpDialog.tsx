/** Presenter mode's key list, as a modal dialog (opened with ? or its button). */
import { useId } from 'react';
import { useLessonT } from '../../ui/i18n';
import { Modal } from '../Modal';
import { messages } from './messages';

type Text = keyof typeof messages.en;

const KEYS: readonly [string, Text][] = [
  ['Space / → / PageDown', 'keyForward'],
  ['← / PageUp', 'keyBack'],
  ['N / P', 'keyLessons'],
  ['S', 'keyStep'],
  ['R', 'keyReset'],
  ['1 – 9', 'keyDigits'],
  ['?', 'keyHelp'],
  ['Esc', 'keyEscape'],
];

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const pt = useLessonT(messages);
  const titleId = useId();
  return (
    <Modal titleId={titleId} onClose={onClose} className="help-dialog">
      <h2 id={titleId}>{pt('helpTitle')}</h2>
      <p>{pt('helpIntro')}</p>
      <table className="keys">
        <thead>
          <tr>
            <th scope="col">{pt('keyHeader')}</th>
            <th scope="col">{pt('actionHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([key, text]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{pt(text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{pt('noRun')}</p>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {pt('close')}
        </button>
      </div>
    </Modal>
  );
}
