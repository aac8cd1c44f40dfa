/**
 * Step controls for one run: one stage, one sample or one epoch at a time, or play it, plus
 * which stage ran last and where the run is (sample, iteration, epoch, updates). The buttons
 * live inside the lesson's own section, so their names can repeat the loop lesson's.
 * A lesson that teaches one stage of the loop passes it, and gets that stage's own stepper.
 */
import { useState } from 'react';
import type { Stage } from '../../core/trainer';
import type { StepGranularity } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { useLessonT } from '../../ui/i18n';
import { RunButtons } from './RunButtons';
import { StageLine } from './StageLine';
import { StageStepper } from './StageStepper';
import { StepCounters } from './StepCounters';
import { sharedMessages, type SharedKey } from './step-messages';
import './step-controls.css';

const STEPS: readonly [StepGranularity, SharedKey][] = [
  ['stage', 'step.nextStage'],
  ['sample', 'step.nextSample'],
  ['epoch', 'step.nextEpoch'],
];

export function StepControls({ runId, stage }: { runId: string; stage?: Stage }) {
  return stage === undefined ? (
    <LoopStepControls runId={runId} />
  ) : (
    <StageStepper runId={runId} stage={stage} />
  );
}

function LoopStepControls({ runId }: { runId: string }) {
  const t = useLessonT(sharedMessages);
  const detail = useRuns((state) => state.steps[runId] ?? null);
  const run = useRuns((state) => state.runs[runId] ?? null);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(runId));
  // Announce the new stage only in the lesson whose button was pressed.
  const [announce, setAnnounce] = useState(false);

  if (run === null) return <p className="hint">{t('step.waiting')}</p>;
  const counters = run.counters;
  const current = detail !== null && detail.counters.updates === counters.updates;
  const stage = current && detail.idle !== true ? detail.stage : null;
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
        <RunButtons runId={runId} playing={playing} over={over} />
      </div>
      <StageLine
        playing={playing}
        last={stage}
        next={current ? detail.nextStage : null}
        announce={announce}
      />
      {over && (
        <p className="hint">{t(run.status === 'diverged' ? 'step.diverged' : 'step.finished')}</p>
      )}
      <StepCounters counters={counters} stage={stage} />
    </div>
  );
}
