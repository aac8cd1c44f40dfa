/**
 * Lesson 12: embeddings. The same training loop with a contrastive loss places English and
 * Arabic phrases in a plane; labelled pairs pull together or push apart until phrases that mean
 * the same thing sit together. The lesson runs its own small worker (created on mount).
 */
import { useEffect } from 'react';
import { meaningGroups, phrases } from '../../core/phrases';
import { connectEmbeddings, restartEmbeddings, useEmbeddings } from '../../store/embeddings';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { AddPairForm } from './AddPairForm';
import { EmbeddingsControls } from './EmbeddingsControls';
import { EmbeddingsLossChart } from './EmbeddingsLossChart';
import { messages, type EmbeddingsKey } from './messages';
import { NearestReadout } from './NearestReadout';
import { lineStyles, Marker, PhrasePlane } from './PhrasePlane';
import { StepDetailPanel } from './StepDetailPanel';
import './embeddings.css';

export default function EmbeddingsLesson() {
  const t = useLessonT(messages);
  const snapshot = useEmbeddings((state) => state.snapshot);
  const playing = useEmbeddings((state) => state.playing);
  // The last pair step, while nothing has trained since (its arrows would be out of place).
  const step = useEmbeddings((state) =>
    state.step !== null && state.step.updates === state.snapshot?.updates ? state.step : null,
  );

  useEffect(() => connectEmbeddings(), []);

  return (
    <div className="emb-lesson">
      <p data-presenter="secondary">{t('intro.encoder')}</p>
      <p data-presenter="secondary">{t('intro.loss')}</p>
      <p data-presenter="secondary">{t('intro.loop')}</p>
      <EngineError t={t} />
      <EmbeddingsControls t={t} />
      <div className="emb-main">
        <div className="emb-plane-column">
          {snapshot === null ? (
            <p className="placeholder">{t('plane.waiting')}</p>
          ) : (
            <PhrasePlane snapshot={snapshot} step={playing ? null : step} t={t} />
          )}
          <Legend t={t} />
        </div>
        <div className="emb-side">
          <EmbeddingsLossChart t={t} />
          <StepDetailPanel step={step} t={t} />
        </div>
      </div>
      {snapshot !== null && <PointTable t={t} points={snapshot.points} />}
      <div className="emb-panels" data-presenter="secondary">
        <AddPairForm t={t} />
        <NearestReadout t={t} />
      </div>
    </div>
  );
}

function Legend({ t }: { t: LessonTranslate<EmbeddingsKey> }) {
  const sample = (force: keyof typeof lineStyles, width = 2) => (
    <svg width="36" height="10" aria-hidden="true">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={lineStyles[force].stroke}
        strokeDasharray={lineStyles[force].dash}
        strokeWidth={width}
      />
    </svg>
  );
  return (
    <div className="emb-legend">
      <ul>
        <li>
          {sample('pull')} {t('legend.pull')}
        </li>
        <li>
          {sample('push')} {t('legend.push')}
        </li>
        <li>
          {sample('rest')} {t('legend.rest')}
        </li>
        <li>
          {sample('pull', 4)} {t('legend.added')}
        </li>
      </ul>
      <p>
        {meaningGroups.map((group) => (
          <span key={group} className="emb-group">
            <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
              <Marker group={group} />
            </svg>
            {t(`group.${group}`)}
          </span>
        ))}{' '}
        {t('legend.groups')}
      </p>
    </div>
  );
}

function PointTable({ t, points }: { t: LessonTranslate<EmbeddingsKey>; points: Float64Array }) {
  return (
    <details className="emb-table" data-presenter="secondary">
      <summary>{t('plane.table')}</summary>
      <PointRows t={t} points={points} />
    </details>
  );
}

function PointRows({ t, points }: { t: LessonTranslate<EmbeddingsKey>; points: Float64Array }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('plane.phrase')}</th>
          <th scope="col">{t('plane.group')}</th>
          <th scope="col">x</th>
          <th scope="col">y</th>
        </tr>
      </thead>
      <tbody>
        {phrasesWithPoints(points).map(({ text, group, language, x, y }) => (
          <tr key={text}>
            <td dir="auto" lang={language}>
              {text}
            </td>
            <td>{t(`group.${group}`)}</td>
            <td className="numbers">{x.toFixed(3)}</td>
            <td className="numbers">{y.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EngineError({ t }: { t: LessonTranslate<EmbeddingsKey> }) {
  const error = useEmbeddings((state) => state.error);
  const clearError = useEmbeddings((state) => state.clearError);
  if (error === null) return null;
  return (
    <div className="engine-error" role="alert">
      <p>
        {error.fatal && <strong>{t('error.fatal')} </strong>}
        {error.message}
      </p>
      <button
        type="button"
        className="button"
        onClick={error.fatal ? restartEmbeddings : clearError}
      >
        {error.fatal ? t('error.restart') : t('error.dismiss')}
      </button>
    </div>
  );
}

function phrasesWithPoints(points: Float64Array) {
  return phrases.map((phrase, p) => ({
    ...phrase,
    x: points[2 * p] ?? NaN,
    y: points[2 * p + 1] ?? NaN,
  }));
}
