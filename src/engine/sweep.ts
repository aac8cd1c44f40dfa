/**
 * The 'sweep' request: one full training run per learning rate, reporting the final training
 * loss. It blocks the worker while it runs, so the work per rate is capped.
 */
import { buildRun } from './build';
import type { AnswerOf, AskOf } from './request-protocol';
import { TransferList } from './transfer';

export const MAX_SWEEP_RATES = 200;
export const MAX_SWEEP_EPOCHS = 2_000;
/** Training samples visited per rate, at most. */
export const MAX_SWEEP_SAMPLES = 200_000;

export type SweepOutcome = 'diverged' | 'finished' | 'early-stopped';

export function runSweep(
  command: AskOf<'sweep'>,
  progress: (done: number, total: number) => void,
): { answer: AnswerOf<'sweep'>; transfer: ArrayBuffer[] } {
  const rates = command.learningRates;
  if (rates.length < 1 || rates.length > MAX_SWEEP_RATES) {
    throw new RangeError(
      `a sweep needs 1 to ${MAX_SWEEP_RATES} learning rates, got ${rates.length}`,
    );
  }
  const finalLosses = new Float64Array(rates.length);
  const outcomes: SweepOutcome[] = [];
  rates.forEach((learningRate, k) => {
    const result = trainOnce({ ...command.config, learningRate });
    finalLosses[k] = result.loss;
    outcomes.push(result.outcome);
    progress(k + 1, rates.length);
  });
  const transfer = new TransferList();
  const answer: AnswerOf<'sweep'> = {
    learningRates: transfer.copy(rates),
    finalLosses: transfer.copy(finalLosses),
    outcomes,
  };
  return { answer, transfer: transfer.buffers };
}

/** Trains one configuration to the end (or the cap); the loss is NaN if it diverged. */
function trainOnce(config: AskOf<'sweep'>['config']): { loss: number; outcome: SweepOutcome } {
  const { trainer, train } = buildRun(config);
  const cap = Math.max(1, Math.floor(MAX_SWEEP_SAMPLES / train.size));
  const last = trainer.runEpochs(Math.min(config.epochs, MAX_SWEEP_EPOCHS, cap));
  const status = trainer.status;
  if (status === 'diverged') return { loss: Number.NaN, outcome: 'diverged' };
  const outcome = status === 'early-stopped' ? 'early-stopped' : 'finished';
  return { loss: last?.trainLoss ?? Number.NaN, outcome };
}
