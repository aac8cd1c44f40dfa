/**
 * Adding training points by hand: choose a class, then click the plot (or type x1 and x2 and
 * press Add). Each point joins the 'fit' run's training set and restarts the run, so the
 * learner can train to the end and compare the training-loss floor before and after.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLessonT } from '../../ui/i18n';
import { useClassNames } from './BoundaryPanel';
import { COORDINATE_LIMIT, MAX_ADDED_POINTS, useFit } from './fit-store';
import { messages } from './messages';
import { parseNumber } from './NumberField';

export function AddPoints() {
  const t = useLessonT(messages);
  const classNames = useClassNames();
  const label = useFit((state) => state.label);
  const points = useFit((state) => state.config.extraPoints);
  const { setLabel, addPoint, undoPoint, clearPoints } = useFit.getState();
  const [x1, setX1] = useState('0');
  const [x2, setX2] = useState('0');
  const [problem, setProblem] = useState(false);
  const groupName = useId();
  const full = points.length >= MAX_ADDED_POINTS;

  function submit(event: FormEvent) {
    event.preventDefault();
    const a = parseNumber(x1);
    const b = parseNumber(x2);
    const inRange = (v: number | null): v is number =>
      v !== null && Math.abs(v) <= COORDINATE_LIMIT;
    if (!inRange(a) || !inRange(b)) {
      setProblem(true);
      return;
    }
    setProblem(false);
    addPoint(a, b);
  }

  return (
    <div className="add-points">
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
      <p className="hint">{t('add.howTo')}</p>
      <form className="point-form" onSubmit={submit} aria-label={t('add.formLabel')}>
        <label>
          x1{' '}
          <input
            type="text"
            inputMode="decimal"
            className="numbers"
            value={x1}
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
            onChange={(event) => setX2(event.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button" disabled={full}>
          {t('add.button')}
        </button>
      </form>
      {problem && (
        <p className="field-problem" role="alert">
          {t('add.invalid', { limit: COORDINATE_LIMIT })}
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
              ({a}, {b}) → <bdi>{classNames[k] ?? k}</bdi>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
