/**
 * Adding training points by hand: choose a class, then click the plot (or type x1 and x2 and
 * press Add). Each point joins the 'fit' run's training set and restarts the run, so the
 * learner can train to the end and compare the training-loss floor before and after.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLessonT } from '../../ui/i18n';
import { parseNumber } from '../../ui/parse-number';
import { useClassNames } from './BoundaryPanel';
import { dataMessages } from './data-messages';
import { COORDINATE_LIMIT, MAX_ADDED_POINTS, useFit } from './fit-store';
import { columnRanges } from './lab-data';
import { messages } from './messages';

export function AddPoints() {
  const t = useLessonT(messages);
  const classNames = useClassNames();
  const label = useFit((state) => state.label);
  const td = useLessonT(dataMessages);
  const imported = useFit((state) => state.imported);
  // Imported data has points of its own, in its own units (fit-store.ts).
  const points = useFit((state) =>
    state.imported === null ? state.config.extraPoints : state.importedPoints,
  );
  const regression = imported?.table.task === 'regression';
  const { setLabel, addPoint, undoPoint, clearPoints } = useFit.getState();
  const [value, setValue] = useState(String(label));
  const [x1, setX1] = useState('0');
  const [x2, setX2] = useState('0');
  // Which coordinates the last Add found unusable (each marked invalid, tied to the message).
  const [problem, setProblem] = useState<{ x1: boolean; x2: boolean } | null>(null);
  const groupName = useId();
  const problemId = useId();
  const range = { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT };
  const ranges = imported === null ? null : columnRanges(imported.table);
  // Imported data: read any number here; the store decides whether it lies near the data.
  const wide = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };
  const full = points.length >= MAX_ADDED_POINTS;

  function submit(event: FormEvent) {
    event.preventDefault();
    const a = parseNumber(x1, ranges === null ? range : wide);
    const b = parseNumber(x2, ranges === null ? range : wide);
    if (!a.ok || !b.ok || !addPoint(a.value, b.value)) {
      setProblem({ x1: !a.ok, x2: !b.ok });
      return;
    }
    setProblem(null);
  }

  return (
    <div className="add-points" data-presenter="secondary">
      {regression ? (
        <label className="class-choice">
          {td('import.value')}{' '}
          <input
            type="text"
            inputMode="decimal"
            className="numbers"
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              const read = parseNumber(event.currentTarget.value, wide);
              if (read.ok) setLabel(read.value);
            }}
          />
        </label>
      ) : (
        <fieldset className="class-choice">
          <legend>{t('add.classLegend')}</legend>
          {classNames.map((name, k) => (
            <label key={name}>
              <input
                type="radio"
                name={groupName}
                value={k}
                checked={label === k}
                onChange={() => setLabel(k)}
              />{' '}
              {name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint">{t('add.howTo')}</p>
      <form className="point-form" onSubmit={submit} aria-label={t('add.formLabel')}>
        <label>
          x1{' '}
          <input
            type="text"
            inputMode="decimal"
            className="numbers"
            value={x1}
            aria-invalid={problem?.x1 === true}
            aria-describedby={problem?.x1 === true ? problemId : undefined}
            onChange={(event) => setX1(event.currentTarget.value)}
          />
        </label>
        <label>
          x2{' '}
          <input
            type="text"
            inputMode="decimal"
            className="numbers"
            value={x2}
            aria-invalid={problem?.x2 === true}
            aria-describedby={problem?.x2 === true ? problemId : undefined}
            onChange={(event) => setX2(event.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button" disabled={full}>
          {t('add.button')}
        </button>
      </form>
      {problem !== null && (
        <p id={problemId} className="field-problem" role="alert">
          {imported !== null
            ? td('import.pointRejected', { max: MAX_ADDED_POINTS })
            : t('add.invalid', { limit: COORDINATE_LIMIT })}
        </p>
      )}
      <div className="point-actions">
        <span>
          {t('add.count')}{' '}
          <span className="numbers" data-testid="added-count">
            {points.length} / {MAX_ADDED_POINTS}
          </span>
        </span>
        <button type="button" className="button" onClick={undoPoint} disabled={points.length === 0}>
          {t('add.undo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={clearPoints}
          disabled={points.length === 0}
        >
          {t('add.clear')}
        </button>
      </div>
      {points.length > 0 && (
        <ol className="added-list numbers" aria-label={t('add.listLabel')}>
          {points.map(([a, b, k], index) => (
            <li key={index}>
              ({a}, {b}) →{' '}
              <bdi className="formula-word">{regression ? k : (classNames[k] ?? k)}</bdi>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
