/**
 * Where a run is: the sample the last stage worked on, the iteration, the epoch and the
 * updates so far. Shared by the step controls of the code lesson and the stage lessons.
 */
import type { Stage } from '../../core/trainer';
import type { Counters } from '../../engine/protocol';
import { Counter } from '../../ui/Counter';
import { useLessonT } from '../../ui/i18n';
import { sharedMessages } from './step-messages';

/** 1-based position in the epoch of the sample the last stage worked on. */
function sampleNumber(stage: Stage | null, sampleInEpoch: number, perEpoch: number): number {
  // The position moves on after backprop; before any stage it names the next sample.
  if (stage === null || stage === 'forward' || stage === 'loss') return sampleInEpoch + 1;
  return sampleInEpoch === 0 ? perEpoch : sampleInEpoch;
}

/** `stage`: the last stage run, when the counters describe the run just after it. */
export function StepCounters({ counters, stage }: { counters: Counters; stage: Stage | null }) {
  const t = useLessonT(sharedMessages);
  return (
    <dl className="step-counters">
      <Counter
        label={t('counter.sample')}
        value={`${sampleNumber(stage, counters.sampleInEpoch, counters.samplesPerEpoch)} / ${counters.samplesPerEpoch}`}
      />
      <Counter
        label={t('counter.iteration')}
        value={`${counters.iteration} / ${counters.iterationsPerEpoch}`}
      />
      <Counter className="step-counter" label={t('counter.epoch')} value={String(counters.epoch)} />
      <Counter
        className="step-counter"
        label={t('counter.updates')}
        value={String(counters.updates)}
      />
    </dl>
  );
}
