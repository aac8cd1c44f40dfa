/**
 * Lesson 1: the loop. A diagram of the four stages that tells what the engine is doing (the
 * stage it just ran, or a spinning ring when Play goes too fast to follow), live counters
 * (sample, iteration, epoch, updates), buttons that step the main run one stage, one sample or
 * one epoch at a time, and the run's loss per epoch.
 */
import type { Stage } from '../../core/trainer';
import type { Counters, StepDetail } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { Counter } from '../../ui/Counter';
import { formatNumber } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { richText } from '../../ui/landscape/rich';
import { MAIN_RUN_ACTION, usePrimaryAction } from '../../ui/primary-action';
import { LoopDiagram, type LoopActivity } from './LoopDiagram';
import MainLossChart from './MainLossChart';
import './loop.css';

const RUN = 'main';
const NOW_NUMBERS = new Set(['w1', 'w2', 'b', 'loss']);

/**
 * The stage the run's last step detail describes, while that detail is still the run's state:
 * after whole epochs were played it describes an older moment, and lights nothing.
 */
function currentStage(detail: StepDetail | null, counters: Counters | null): Stage | null {
  if (detail === null || counters === null || detail.idle === true) return null;
  const current =
    detail.counters.updates === counters.updates && detail.counters.epoch === counters.epoch;
  return current ? detail.stage : null;
}

/**
 * Which sample of the epoch the learner is on: the one in its forward pass or loss, else the
 * count of samples done (the engine's position has moved past a sample once its backprop ran).
 */
function samplePosition(counters: Counters, stage: Stage | null): number {
  const inSample = stage === 'forward' || stage === 'loss';
  return Math.min(counters.sampleInEpoch + (inSample ? 1 : 0), counters.samplesPerEpoch);
}

export default function LoopLesson() {
  const t = useT();
  const model = useConfig((state) => state.run.model);
  const epochs = useConfig((state) => state.run.epochs);
  const detail = useRuns((state) => state.steps[RUN] ?? null);
  const counters = useRuns((state) => state.runs[RUN]?.counters ?? null);
  const params = useRuns((state) => state.runs[RUN]?.params ?? null);
  const lastLoss = useRuns((state) => state.runs[RUN]?.lastEpoch?.trainLossSum ?? null);
  const pace = useRuns((state) => state.runs[RUN]?.pace ?? 'epochs');
  const loopsPerSecond = useRuns((state) => state.runs[RUN]?.updatesPerSecond ?? null);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(RUN));
  const stage = currentStage(detail, counters);
  // A clicker plays the loop: at a slow speed the diagram lights each stage as it runs.
  usePrimaryAction('loop', MAIN_RUN_ACTION);
  const activity: LoopActivity = !playing
    ? { kind: 'paused', stage }
    : pace === 'stages'
      ? { kind: 'stages', stage }
      : { kind: 'spinning', loopsPerSecond };

  return (
    <div className="loop-lesson">
      <LoopDiagram activity={activity} />
      <div className="loop-side">
        <dl className="counters" aria-label={t('loop.counters')}>
          <Counter
            label={t('loop.sample')}
            value={
              counters === null
                ? '—'
                : `${samplePosition(counters, stage)} / ${counters.samplesPerEpoch}`
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
          <p className="loop-now" data-testid="loop-now">
            {/* The sentence in the text face and the page's direction; only its numbers are
                monospace and left to right. */}
            {richText(
              t('loop.now'),
              {
                w1: formatNumber(params[0] as number, 3),
                w2: formatNumber(params[1] as number, 3),
                b: formatNumber(params[params.length - 1] as number, 3),
                loss: lastLoss === null ? '—' : formatNumber(lastLoss, 4),
              },
              NOW_NUMBERS,
            )}
          </p>
        )}
        <p className="hint">{t('loop.runningWorker')}</p>
      </div>
      <div className="loop-chart">
        <MainLossChart runId={RUN} model={model} epochs={epochs} />
      </div>
    </div>
  );
}
