/**
 * Lesson 1: the loop. A diagram of the four stages that lights the one the engine just ran,
 * live counters (sample, iteration, epoch, updates), and buttons that step the main run one
 * stage, one sample or one epoch at a time.
 */
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { Counter } from '../../ui/Counter';
import { formatNumber } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { LoopDiagram } from './LoopDiagram';
import './loop.css';

const RUN = 'main';

export default function LoopLesson() {
  const t = useT();
  const step = useRuns((state) => (state.step?.runId === RUN ? state.step : null));
  const counters = useRuns((state) => state.runs[RUN]?.counters ?? null);
  const params = useRuns((state) => state.runs[RUN]?.params ?? null);
  const lastLoss = useRuns((state) => state.runs[RUN]?.lastEpoch?.trainLossSum ?? null);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(RUN));
  const stage = step === null || step.idle === true ? null : step.stage;

  return (
    <div className="loop-lesson">
      <LoopDiagram active={playing ? 'all' : stage} />
      <div className="loop-side">
        <dl className="counters" aria-label={t('loop.counters')}>
          <Counter
            label={t('loop.sample')}
            value={
              counters === null
                ? '—'
                : `${Math.min(counters.sampleInEpoch + (stage === null || stage === 'update' ? 0 : 1), counters.samplesPerEpoch)} / ${counters.samplesPerEpoch}`
            }
          />
          <Counter
            label={t('loop.iteration')}
            value={
              counters === null ? '—' : `${counters.iteration} / ${counters.iterationsPerEpoch}`
            }
          />
          <Counter
            label={t('transport.epoch')}
            value={counters === null ? '—' : String(counters.epoch)}
          />
          <Counter
            label={t('loop.updates')}
            value={counters === null ? '—' : String(counters.updates)}
          />
        </dl>
        <div className="step-buttons">
          <button
            type="button"
            className="button"
            onClick={() => sendCommand({ type: 'step', runId: RUN, granularity: 'stage' })}
          >
            {t('loop.nextStage')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => sendCommand({ type: 'step', runId: RUN, granularity: 'sample' })}
          >
            {t('loop.nextSample')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => sendCommand({ type: 'step', runId: RUN, granularity: 'epoch' })}
          >
            {t('loop.nextEpoch')}
          </button>
        </div>
        {params !== null && params.length >= 3 && (
          <p className="numbers loop-now" data-testid="loop-now">
            {t('loop.now', {
              w1: formatNumber(params[0] as number, 3),
              w2: formatNumber(params[1] as number, 3),
              b: formatNumber(params[params.length - 1] as number, 3),
              loss: lastLoss === null ? '—' : formatNumber(lastLoss, 4),
            })}
          </p>
        )}
        <p className="hint">{t('loop.runningWorker')}</p>
      </div>
    </div>
  );
}
