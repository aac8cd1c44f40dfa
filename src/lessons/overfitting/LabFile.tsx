/**
 * Saving and opening lab files ("Export lab" and "Import lab"): the lab's settings and data as
 * one JSON file (lab-file.ts). Named apart from the header's Export menu, which they are not.
 * A file that cannot be used changes nothing and says why.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '../../ui/export/download';
import { useLessonT } from '../../ui/i18n';
import { dataMessages } from './data-messages';
import { useFit } from './fit-store';
import { readFileText } from './import-data';
import { labToJson, readLabFile } from './lab-file';

export const LAB_FILE_NAME = 'training-loop-lab-overfitting-lab.json';

export function LabFile() {
  const t = useLessonT(dataMessages);
  const picker = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  // Counts finished imports, so a repeated message is still seen as new (data-attempt).
  const [attempts, setAttempts] = useState(0);

  async function exportLab(): Promise<void> {
    try {
      const { config, imported, importedPoints } = useFit.getState();
      const text = await labToJson({ config, imported, importedPoints });
      downloadBlob(new Blob([text], { type: 'application/json' }), LAB_FILE_NAME);
      setMessage({ text: t('lab.saved', { file: LAB_FILE_NAME }), problem: false });
    } catch (error) {
      setMessage({ text: t('lab.failed', { reason: (error as Error).message }), problem: true });
    }
  }

  async function importLab(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const lab = await readLabFile(await readFileText(file));
      useFit.getState().restoreLab(lab);
      setMessage({ text: t('lab.restored', { file: file.name }), problem: false });
    } catch (error) {
      setMessage({
        text: t('lab.refused', { file: file.name, reason: (error as Error).message }),
        problem: true,
      });
    } finally {
      input.value = '';
      setAttempts((n) => n + 1);
    }
  }

  return (
    <div className="lab-file">
      <button type="button" className="button" onClick={() => void exportLab()}>
        {t('lab.export')}
      </button>
      <button type="button" className="button" onClick={() => picker.current?.click()}>
        {t('lab.import')}
      </button>
      {/* Out of sight and out of the tab order: the button above opens it. */}
      <input
        ref={picker}
        type="file"
        hidden
        aria-label={t('lab.import')}
        accept=".json,application/json"
        onChange={(event) => void importLab(event)}
      />
      {message !== null && (
        <p
          className={message.problem ? 'field-problem' : 'hint'}
          role={message.problem ? 'alert' : 'status'}
          data-attempt={attempts}
          data-testid="lab-file-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
