/**
 * The lab's own-data controls: paste CSV text or open a CSV file, or choose the Palmer
 * penguins with two of their measurements. What is in use is said in words (type, classes,
 * rows); a refused import lists every problem with its line, in an alert, and changes nothing.
 * Imported data is named in the address by its hash (data-link.ts), and that is said too.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { PenguinMeasurement } from '../../core/penguins';
import { useLessonT } from '../../ui/i18n';
import { dataMessages, type DataKey } from './data-messages';
import { useFit, type DataNote } from './fit-store';
import { importCsvFile, importCsvText, importPenguins, type ImportOutcome } from './import-data';
import { importedClassCount } from './lab-data';
import { LabFile } from './LabFile';

/**
 * The measurements, named here rather than imported from core/penguins: that module carries
 * the rows, which load only when the penguins are chosen. The type keeps the two lists equal.
 */
const MEASUREMENTS = [
  'beak_length',
  'beak_depth',
  'flipper_length',
  'body_mass',
] as const satisfies readonly PenguinMeasurement[];

interface Refusal {
  readonly name: string;
  readonly problems: readonly string[];
}

export function ImportData() {
  const t = useLessonT(dataMessages);
  const imported = useFit((state) => state.imported);
  const dataHash = useFit((state) => state.dataHash);
  const note = useFit((state) => state.dataNote);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [penguinX, setPenguinX] = useState<PenguinMeasurement>('beak_length');
  const [penguinY, setPenguinY] = useState<PenguinMeasurement>('beak_depth');
  const ids = { text: useId(), file: useId(), x: useId(), y: useId(), credit: useId() };

  /** Stores the data only when it came in whole; otherwise lists why, and keeps everything. */
  function settle(outcome: ImportOutcome, name: string): void {
    if (outcome.ok) {
      setRefusal(null);
      useFit.getState().useImported(outcome.data);
    } else {
      setRefusal({ name, problems: outcome.problems.map((problem) => problem.message) });
    }
  }

  async function run(name: string, work: () => Promise<ImportOutcome> | ImportOutcome) {
    setBusy(true);
    try {
      settle(await work(), name);
    } catch (error) {
      setRefusal({ name, problems: [(error as Error).message] });
    } finally {
      setBusy(false);
    }
  }

  function openFile(event: ChangeEvent<HTMLInputElement>): void {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    void run(file.name, () => importCsvFile(file, file.name)).then(() => {
      // Choosing the same file again (after fixing it) should import it again.
      input.value = '';
    });
  }

  const measureLabel = (name: PenguinMeasurement) => t(`measure.${name}` as DataKey);
  const measureSelect = (
    id: string,
    label: DataKey,
    value: PenguinMeasurement,
    set: (name: PenguinMeasurement) => void,
  ) => (
    <div className="number-field">
      <label htmlFor={id}>{t(label)}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => set(event.currentTarget.value as PenguinMeasurement)}
      >
        {MEASUREMENTS.map((name) => (
          <option key={name} value={name}>
            {measureLabel(name)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="lab-controls import-data" aria-busy={busy} data-presenter="secondary">
      <legend>{t('import.legend')}</legend>
      <p className="hint">{t('import.intro')}</p>
      <div className="import-csv">
        <label htmlFor={ids.text}>{t('import.paste')}</label>
        <textarea
          id={ids.text}
          className="numbers"
          rows={4}
          spellCheck={false}
          placeholder={'x1,x2,label\n0.5,1.2,0\n-1.3,0.4,1'}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(t('import.pasted'), () => importCsvText(text, t('import.pasted')))
          }
        >
          {t('import.pasteButton')}
        </button>
        <label htmlFor={ids.file}>{t('import.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv,text/plain"
          disabled={busy}
          onChange={openFile}
        />
      </div>
      <div className="import-penguins" role="group" aria-labelledby={ids.credit}>
        <p id={ids.credit}>
          <strong>{t('import.penguins')}</strong>
        </p>
        {measureSelect(ids.x, 'import.penguinsX', penguinX, setPenguinX)}
        {measureSelect(ids.y, 'import.penguinsY', penguinY, setPenguinY)}
        <button
          type="button"
          className="button"
          disabled={busy || penguinX === penguinY}
          onClick={() =>
            void run(t('import.penguinsName'), () =>
              importPenguins(penguinX, penguinY, t('import.penguinsName')),
            )
          }
        >
          {t('import.penguinsButton')}
        </button>
        <p className="hint credit">{t('import.credit')}</p>
      </div>
      <p className="import-status" aria-live="polite" data-testid="import-status">
        {busy
          ? t('import.reading')
          : imported !== null &&
            t('import.using', {
              name: imported.name,
              rows: imported.table.size,
              kind:
                imported.table.task === 'regression'
                  ? t('import.regression', { label: imported.table.labelName })
                  : t('import.classification', { classes: importedClassCount(imported.table) }),
            })}
      </p>
      {imported !== null && dataHash !== null && (
        <p className="hint" data-testid="data-hash">
          {t('link.named', { hash: dataHash })}
        </p>
      )}
      {note !== null && <DataNoteLine note={note} />}
      {imported !== null && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setRefusal(null);
            useFit.getState().useGenerated();
          }}
        >
          {t('import.back')}
        </button>
      )}
      {refusal !== null && (
        <div className="import-problems" role="alert">
          <p>{t('import.failed', { name: refusal.name })}</p>
          <ul>
            {refusal.problems.map((problem, k) => (
              <li key={k}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <LabFile />
    </fieldset>
  );
}

/**
 * What the lab said about the link's data. Data other than the link's, or data no link can
 * name, is a warning; data this browser could not keep is only news (it still trains).
 */
function DataNoteLine({ note }: { note: DataNote }) {
  const t = useLessonT(dataMessages);
  const warning = note.kind === 'replaced' || note.kind === 'unnamed';
  const text =
    note.kind === 'restored'
      ? t(note.builtIn ? 'link.restoredBuiltIn' : 'link.restored', { hash: note.hash })
      : note.kind === 'matched'
        ? t('link.matched', { hash: note.hash })
        : note.kind === 'replaced'
          ? t('link.replaced', { wanted: note.wanted, hash: note.hash })
          : note.kind === 'not-kept'
            ? t('link.notKept', { reason: note.reason })
            : t('link.unnamed', { reason: note.reason });
  return (
    <p
      className={warning ? 'field-problem' : 'hint'}
      role={warning ? 'alert' : 'status'}
      data-testid="data-note"
    >
      {text}
    </p>
  );
}
