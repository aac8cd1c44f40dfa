/**
 * Where a run stands from one lesson's point of view. Each of the forward, loss,
 * backpropagation and update lessons steps its own stage of the loop; a step detail says
 * which stage ran last and which comes next, and from that this file tells whether the
 * lesson's stage is the next one ('ready'), has just run for the sample ('done'), or still
 * waits for stages before it ('early'). Pure: no React, no engine.
 */
import type { Stage } from '../../core/trainer';
import type { StepDetail, StepGranularity } from '../../engine/protocol';

export type Phase = 'ready' | 'done' | 'early';

/** The four stages in the order one sample meets them. */
export const STAGES: readonly Stage[] = ['forward', 'loss', 'backprop', 'update'];

/** The lesson that teaches the stage after this one (the loop comes round to the forward pass). */
export function stageAfter(stage: Stage): Stage {
  return STAGES[(STAGES.indexOf(stage) + 1) % STAGES.length] as Stage;
}

export function phaseOf(detail: StepDetail, own: Stage): Phase {
  const ran = detail.idle === true ? null : detail.stage;
  // After a backprop that leaves the batch open, the next stage is the next sample's
  // forward pass: backprop has still just run, and that is what the lesson shows.
  if (ran === own) return 'done';
  if (detail.nextStage === own) return 'ready';
  return STAGES.indexOf(detail.nextStage) > STAGES.indexOf(own) ? 'done' : 'early';
}

/**
 * Whether the sample about to start is the last of its batch: its backprop is then followed
 * by the batch's update. Counters name the next sample's position while the next stage is
 * the forward pass.
 */
function lastOfBatch(detail: StepDetail, batchSize: number): boolean {
  const { sampleInEpoch, samplesPerEpoch } = detail.counters;
  return (sampleInEpoch + 1) % batchSize === 0 || sampleInEpoch + 1 >= samplesPerEpoch;
}

/**
 * The step that brings the run one move nearer the lesson's stage. One stage at a time,
 * except that a sample which does not end its batch is run whole (forward, loss, backprop)
 * on the way to an update: a batch of 32 then takes 32 moves, not 96.
 */
export function stepToward(detail: StepDetail, own: Stage, batchSize: number): StepGranularity {
  const wholeSample =
    own === 'update' && detail.nextStage === 'forward' && !lastOfBatch(detail, batchSize);
  return wholeSample ? 'sample' : 'stage';
}

/** The stages a step of this granularity runs from this detail (for saying what ran). */
export function stagesRunBy(detail: StepDetail, granularity: StepGranularity): Stage[] {
  if (granularity === 'sample' && detail.nextStage === 'forward') {
    return ['forward', 'loss', 'backprop'];
  }
  return [detail.nextStage];
}
