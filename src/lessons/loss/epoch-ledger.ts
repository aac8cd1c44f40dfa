/**
 * The article program's per-sample losses of the current epoch, collected from the engine's
 * step details as the learner steps: each entry is the engine's own (y − p)² for one sample,
 * so their sum, once the epoch is complete, is the program's total_loss for that epoch.
 */
import type { StepDetail } from '../../engine/protocol';
import { stepPosition } from './step-position';

export interface LedgerEntry {
  /** Row of the sample in the training set. */
  readonly sampleIndex: number;
  readonly input: readonly number[];
  readonly target: number;
  readonly prediction: number;
  /** The engine's loss for this sample (the program's (y − p)²). */
  readonly loss: number;
}

export interface EpochLedger {
  readonly epoch: number;
  readonly samplesPerEpoch: number;
  /** Weight updates when the ledger last changed: fewer later means the run was rebuilt. */
  readonly updates: number;
  /** Sorted by sampleIndex, at most one per sample. */
  readonly entries: readonly LedgerEntry[];
}

/** The ledger after one more step detail of the same run (pure: returns a new ledger). */
export function recordStep(ledger: EpochLedger | null, detail: StepDetail): EpochLedger | null {
  const rebuilt = ledger !== null && detail.counters.updates < ledger.updates;
  const current = rebuilt ? null : ledger;
  const hasLoss = detail.idle !== true && detail.stage !== 'forward';
  const prediction = detail.activations[detail.activations.length - 1]?.[0];
  if (!hasLoss || !Number.isFinite(detail.sampleLoss) || prediction === undefined) {
    // Nothing new to record; a rebuilt run (reset, new settings) starts with an empty ledger.
    return detail.counters.updates === 0 && detail.idle === true ? null : current;
  }
  const { epoch } = stepPosition(detail);
  const entries = current !== null && current.epoch === epoch ? current.entries : [];
  const entry: LedgerEntry = {
    sampleIndex: detail.sampleIndex,
    input: Array.from(detail.input),
    target: detail.target[0] as number,
    prediction,
    loss: detail.sampleLoss,
  };
  const next = [...entries.filter((e) => e.sampleIndex !== entry.sampleIndex), entry].sort(
    (a, b) => a.sampleIndex - b.sampleIndex,
  );
  return {
    epoch,
    samplesPerEpoch: detail.counters.samplesPerEpoch,
    updates: detail.counters.updates,
    entries: next,
  };
}

/** The running total in the program's order (sample by sample), as the engine adds it up. */
export function ledgerTotal(ledger: EpochLedger): number {
  let total = 0;
  for (const entry of ledger.entries) total += entry.loss;
  return total;
}

export function isComplete(ledger: EpochLedger): boolean {
  return ledger.entries.length === ledger.samplesPerEpoch;
}
