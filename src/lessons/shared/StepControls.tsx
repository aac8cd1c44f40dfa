/**
 * Step controls for one run: one stage, one sample or one epoch at a time, or play it, plus
 * which stage ran last and where the run is (sample, iteration, epoch, updates). The buttons
 * live inside the lesson's own section, so their names can repeat the loop lesson's.
 */
import { useState } from 'react';
import type { Stage } from '../../core/trainer';
import type { StepGranularity } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { Counter } from '../../ui/Counter';
import { useLessonT, useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/messages/en';
import { sharedMessages, type SharedKey } from './step-messages';
import './step-controls.css';

const STEPS: readonly [StepGranularity, SharedKey][] = [
  ['stage', 'step.nextStage'],
  ['sample', 'step.nextSample'],
  ['epoch', 'step.nextEpoch'],
];

/** 1-based position in the epoch of the sample the last stage worked on. */
function sampleNumber(stage: Stage | null, sampleInEpoch: number, perEpoch: number): number {
  // The position moves on after backprop; before any stage it names the next sample.
  if (stage === null || stage === 'forward' || stage === 'loss') return sampleInEpoch + 1;
  return sampleInEpoch === 0 ? perEpoch : sampleInEpoch;
}

export function StepControls({ runId }: { runId: string }) {
  const t = useLessonT(sharedMessages);
  const shell = useT();
  const detail = useRuns((state) => state.steps[runId] ?? null);
  const run = useRuns((state) => state.runs[runId] ?? null);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(runId));
  // Announce the new stage only in the lesson whose button was pressed.
  const [announce, setAnnounce] = useState(false);

  if (run === null) return <p className="hint">{t('step.waiting')}</p>;
  const counters = run.counters;
  const current = detail !== null && detail.counters.updates === counters.updates;
  const stage = current && detail.idle !== true ? detail.stage : null;
  const stageName = (s: Stage) => shell(`loop.stage.${s}` as MessageKey);
  const send = (granularity: StepGranularity) => {
    setAnnounce(true);
    sendCommand({ type: 'step', runId, granularity });
  };
  const over =
    run.status === 'finished' || run.status === 'diverged' || run.status === 'early-stopped';

  return (
    <div className="step-controls" role="group" aria-label={t('step.label')}>
      <div className="step-controls-buttons">
        {STEPS.map(([granularity, key]) => (
          <button
            key={granularity}
            type="button"
            className="button"
            disabled={playing || over}
            onClick={() => send(granularity)}
          >
            {t(key)}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={over && !playing}
          onClick={() =>
            sendCommand(
              playing ? { type: 'pause', runIds: [runId] } : { type: 'play', runIds: [runId] },
            )
          }
        >
          {t(playing ? 'step.pause' : 'step.play')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => sendCommand({ type: 'reset', runIds: [runId] })}
        >
          {t('step.restart')}
        </button>
      </div>
      <p className="step-controls-stage" aria-live={announce ? 'polite' : 'off'}>
        {playing
          ? t('step.playing')
          : stage === null
            ? t('step.none')
            : t('step.last', { stage: stageName(stage) })}{' '}
        {!playing && current && t('step.next', { stage: stageName(detail.nextStage) })}
      </p>
      {over && (
        <p className="hint">{t(run.status === 'diverged' ? 'step.diverged' : 'step.finished')}</p>
      )}
      <dl className="step-counters">
        <Counter
          label={t('counter.sample')}
          value={`${sampleNumber(stage, counters.sampleInEpoch, counters.samplesPerEpoch)} / ${counters.samplesPerEpoch}`}
        />
        <Counter
          label={t('counter.iteration')}
          value={`${counters.iteration} / ${counters.iterationsPerEpoch}`}
        />
        <Counter
          className="step-counter"
          label={t('counter.epoch')}
          value={String(counters.epoch)}
        />
        <Counter
          className="step-counter"
          label={t('counter.updates')}
          value={String(counters.updates)}
        />
      </dl>
    </div>
  );
}
