/**
 * Train / pause / step / reset for the lesson's own engine, the margin and learning-rate
 * fields (checked before they reach the worker), and the run's live numbers.
 */
import { useId, useState } from 'react';
import {
  checkField,
  LEARNING_RATE_RANGE,
  MARGIN_RANGE,
  useEmbeddings,
  type EmbeddingsStatus,
} from '../../store/embeddings';
import { formatLoss } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';

type T = LessonTranslate<EmbeddingsKey>;

export function EmbeddingsControls({ t }: { t: T }) {
  const playing = useEmbeddings((state) => state.playing);
  const connected = useEmbeddings((state) => state.snapshot !== null);
  const send = useEmbeddings((state) => state.send);
  const margin = useEmbeddings((state) => state.config.margin);
  const learningRate = useEmbeddings((state) => state.config.learningRate);
  const setMargin = useEmbeddings((state) => state.setMargin);
  const setLearningRate = useEmbeddings((state) => state.setLearningRate);

  return (
    <div className="emb-controls" role="group" aria-label={t('control.label')}>
      <div className="emb-buttons">
        <button
          type="button"
          className="button primary"
          disabled={!connected}
          onClick={() => send({ type: playing ? 'pause' : 'play' })}
        >
          {playing ? t('control.pause') : t('control.train')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!connected}
          onClick={() => send({ type: 'step', granularity: 'pair' })}
        >
          {t('control.stepPair')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!connected}
          onClick={() => send({ type: 'step', granularity: 'epoch' })}
        >
          {t('control.stepEpoch')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!connected}
          onClick={() => send({ type: 'reset' })}
        >
          {t('control.reset')}
        </button>
      </div>
      <div className="emb-fields">
        <NumberField
          label={t('control.margin')}
          value={margin}
          range={MARGIN_RANGE}
          onValid={setMargin}
          t={t}
        />
        <NumberField
          label={t('control.learningRate')}
          value={learningRate}
          range={LEARNING_RATE_RANGE}
          onValid={setLearningRate}
          t={t}
        />
      </div>
      <Readouts t={t} />
    </div>
  );
}

function NumberField({
  label,
  value,
  range,
  onValid,
  t,
}: {
  label: string;
  value: number;
  range: { readonly min: number; readonly max: number; readonly step: number };
  onValid: (value: number) => void;
  t: T;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const check = checkField(text, range);
  const problem = check.ok
    ? null
    : check.reason === 'number'
      ? t('field.number')
      : t('field.range', { min: range.min, max: range.max });
  return (
    <div className="emb-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        className="numbers"
        inputMode="decimal"
        min={range.min}
        max={range.max}
        step={range.step}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
        onChange={(event) => {
          setText(event.target.value);
          const next = checkField(event.target.value, range);
          if (next.ok && next.value !== value) onValid(next.value);
        }}
      />
      {problem !== null && (
        <span id={`${id}-problem`} className="emb-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

const statusKeys: Readonly<Record<EmbeddingsStatus, EmbeddingsKey>> = {
  ready: 'status.ready',
  running: 'status.running',
  finished: 'status.finished',
  diverged: 'status.diverged',
};

function Readouts({ t }: { t: T }) {
  const snapshot = useEmbeddings((state) => state.snapshot);
  const playing = useEmbeddings((state) => state.playing);
  const status = useEmbeddings((state) => state.status);
  const statusText =
    snapshot === null
      ? t('status.connecting')
      : playing
        ? t('status.playing')
        : t(statusKeys[status ?? 'ready']);
  return (
    <div className="emb-readouts">
      <span className="emb-readout">
        <span>{t('readout.epoch')}</span>
        <output className="numbers" aria-label={t('readout.epoch')}>
          {snapshot === null ? '—' : snapshot.epoch}
        </output>
      </span>
      <span className="emb-readout">
        <span>{t('readout.pair')}</span>
        <output className="numbers" aria-label={t('readout.pair')}>
          {snapshot === null ? '—' : `${snapshot.pairInEpoch} / ${snapshot.pairsPerEpoch}`}
        </output>
      </span>
      <span className="emb-readout">
        <span>{t('readout.loss')}</span>
        <output className="numbers" aria-label={t('readout.loss')}>
          {formatLoss(snapshot?.loss)}
        </output>
      </span>
      <output
        className={`emb-status${status === 'diverged' ? ' emb-status-bad' : ''}`}
        aria-label={t('readout.status')}
        aria-live="polite"
      >
        {statusText}
      </output>
    </div>
  );
}
