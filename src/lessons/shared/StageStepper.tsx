/**
 * The stepper of a lesson that teaches one stage of the loop (forward pass, loss,
 * backpropagation, update). Its main button takes that stage and nothing else; once the
 * stage has run it moves on to the next sample, up to the point where the stage is ready
 * again, and says which stages that ran. On arrival the lesson gets its sample ready (see
 * use-arrival.ts). It also says where the run stands, hands on to the next lesson, and keeps
 * Play and Start over.
 */
import { useRef, useState } from 'react';
import type { Stage } from '../../core/trainer';
import { lessonIds } from '../../store/config-schema';
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { useLessonT, useT, type LessonTranslate } from '../../ui/i18n';
import { DeclarePrimaryAction } from '../../ui/primary-action';
import type { MessageKey } from '../../ui/messages/en';
import { RunButtons } from './RunButtons';
import { SampleFinished } from './SampleFinished';
import { StageLine, useStageName } from './StageLine';
import { drive, stopDrive, useStageDriver } from './stage-driver';
import { phaseOf, stageAfter, type Phase } from './stage-phase';
import { useLessonFocus } from './step-focus';
import { sharedMessages, type SharedKey } from './step-messages';
import { StepCounters } from './StepCounters';
import { usePrepareOnArrival } from './use-arrival';
import { useStepView, type StepView } from './use-step-view';
import './step-controls.css';

/** The size of the batches the run's updates average over (the article's neuron: 1). */
function batchSizeOf(view: StepView | null): number {
  if (view === null || view.info.kind === 'article') return 1;
  return Math.max(1, view.config.batchSize);
}

function buttonKey(stage: Stage, phase: Phase, batchSize: number): SharedKey {
  if (phase === 'ready') return `own.${stage}.run`;
  if (phase === 'early' && stage !== 'forward') return `own.${stage}.prepare`;
  if (stage === 'forward') return 'own.forward.next';
  return stage === 'update' && batchSize > 1 ? 'own.nextBatch' : 'own.nextSample';
}

/** A link to the lesson that teaches the next stage of the loop. */
function HandOn({ stage, t }: { stage: Stage; t: LessonTranslate<SharedKey> }) {
  const shell = useT();
  const next = stageAfter(stage);
  return (
    <a className="step-hand-on" href={`#${next}`}>
      {t('handOn.link', {
        n: lessonIds.indexOf(next) + 1,
        title: shell(`lesson.${next}.title` as MessageKey),
      })}
    </a>
  );
}

export function StageStepper({ runId, stage }: { runId: string; stage: Stage }) {
  const t = useLessonT(sharedMessages);
  const stageName = useStageName();
  const root = useRef<HTMLDivElement>(null);
  const focused = useLessonFocus(root, stage);
  const view = useStepView();
  const batchSize = batchSizeOf(view);
  const detail = useRuns((state) => state.steps[runId] ?? null);
  const run = useRuns((state) => state.runs[runId] ?? null);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(runId));
  const busy = useStageDriver((state) => state.busy[runId] === true);
  // Announce only in the lesson whose button was pressed; say what a move ran besides.
  const [announce, setAnnounce] = useState(false);
  const [ran, setRan] = useState<readonly Stage[]>([]);
  usePrepareOnArrival(focused, { runId, stage, batchSize, onReady: setRan });

  if (run === null || detail === null) {
    return (
      <p className="hint" ref={root}>
        {t('step.waiting')}
      </p>
    );
  }
  const over =
    run.status === 'finished' || run.status === 'diverged' || run.status === 'early-stopped';
  const current = detail.counters.updates === run.counters.updates;
  const last = current && detail.idle !== true ? detail.stage : null;
  const phase = phaseOf(detail, stage);
  const press = () => {
    setAnnounce(true);
    setRan([]);
    if (phase === 'ready') {
      stopDrive(runId);
      sendCommand({ type: 'step', runId, granularity: 'stage' });
      return;
    }
    drive({ runId, stage, batchSize, atLeast: phase === 'done' ? 1 : 0, onEnd: setRan });
  };
  const quiet = playing || over || busy;

  return (
    <div className="step-controls" role="group" aria-label={t('step.label')} ref={root}>
      {/* The main button, for a clicker; once the stage has run, its next press hands on. */}
      <DeclarePrimaryAction
        lesson={stage}
        label={t(buttonKey(stage, phase, batchSize))}
        run={() => {
          if (!quiet) press();
        }}
        done={over || phase === 'done'}
      />
      <div className="step-controls-buttons">
        <button type="button" className="button primary" disabled={quiet} onClick={press}>
          {t(buttonKey(stage, phase, batchSize))}
        </button>
        <RunButtons runId={runId} playing={playing} over={over} />
      </div>
      <StageLine
        playing={playing}
        last={last}
        next={current ? detail.nextStage : null}
        announce={announce}
      />
      <div className="step-phase" aria-live={announce ? 'polite' : 'off'}>
        {busy && <p>{t('step.busy')}</p>}
        {!busy && ran.length > 0 && (
          <p>{t('step.ran', { stages: ran.map(stageName).join(t('list.separator')) })}</p>
        )}
        {!quiet && <p>{t(`phase.${stage}.${phase}` as SharedKey)}</p>}
        {!quiet && phase === 'done' && <HandOn stage={stage} t={t} />}
        {!quiet && stage === 'forward' && phase === 'ready' && view !== null && (
          <SampleFinished view={view} />
        )}
      </div>
      {over && (
        <p className="hint">{t(run.status === 'diverged' ? 'step.diverged' : 'step.finished')}</p>
      )}
      <StepCounters counters={run.counters} stage={last} />
    </div>
  );
}
