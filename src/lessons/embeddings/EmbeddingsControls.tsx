/**
 * Train / pause / step / reset for the lesson's own engine, the margin and learning-rate
 * fields (checked by the shared number field before they reach the worker), and the run's
 * live numbers.
 */
import {
  LEARNING_RATE_RANGE,
  MARGIN_RANGE,
  useEmbeddings,
  type EmbeddingsStatus,
} from '../../store/embeddings';
import { formatLoss } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { usePrimaryAction } from '../../ui/primary-action';
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
  const ended = useEmbeddings(
    (state) => state.status === 'finished' || state.status === 'diverged',
  );
  // The first button below, for a clicker (a press waits while the lesson's worker starts).
  usePrimaryAction('embeddings', {
    label: playing ? t('control.pause') : t('control.train'),
    run: () => {
      if (connected) send({ type: playing ? 'pause' : 'play' });
    },
    done: ended && !playing,
    reveal: '.emb-controls',
  });

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
          min={MARGIN_RANGE.min}
          max={MARGIN_RANGE.max}
          invalidMessage={t('field.range', MARGIN_RANGE)}
          onValue={setMargin}
        />
        <NumberField
          label={t('control.learningRate')}
          value={learningRate}
          min={LEARNING_RATE_RANGE.min}
          max={LEARNING_RATE_RANGE.max}
          invalidMessage={t('field.range', LEARNING_RATE_RANGE)}
          onValue={setLearningRate}
        />
      </div>
      <Readouts t={t} />
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
