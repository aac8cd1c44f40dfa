/**
 * The article's "try a big rate and watch it bounce" experiment, read from what the program
 * really printed. The article's neuron clips its output to 0…1, so at a big rate its loss
 * usually settles instead of bouncing; the lesson says what the printout shows, and offers the
 * same run without the clip, where the overshoot is not absorbed.
 */
import type { NeuronKind } from '../../engine/protocol';
import type { PrintedEpoch, ProgramSettings } from './printout';

/**
 * From this rate on the lesson treats a run as the article's "too big" experiment. Chosen from
 * the program's own numbers: on the article's four devices the unclipped neuron's loss, printed
 * every epoch, first rises somewhere between 0.7 and 0.75 (tests/unit/code-bounce.test.ts
 * holds that to account), and the article's example of a too-big rate is 0.9.
 */
export const BIG_RATE = 0.75;

/** At most this many epoch lines in the unclipped variant, so "every epoch" stays readable. */
const MAX_VARIANT_LINES = 200;

/** The activations the note speaks about: the article's clip, and the same neuron without it. */
export function saysAboutBounce(settings: ProgramSettings): boolean {
  return (
    settings.learningRate >= BIG_RATE &&
    (settings.activation === 'clip' || settings.activation === 'linear')
  );
}

/** What the printed loss did over the printed epochs. */
export type BounceOutcome =
  /** The loss stopped being a number (nan or inf) at this printed epoch. */
  | { readonly kind: 'blewUp'; readonly at: PrintedEpoch }
  /** It rose somewhere and ended higher than it started. */
  | { readonly kind: 'grew'; readonly from: PrintedEpoch; readonly to: PrintedEpoch }
  /** It rose somewhere (the first rise is `up`) but ended no higher than it started. */
  | {
      readonly kind: 'bounced';
      readonly up: readonly [PrintedEpoch, PrintedEpoch];
      readonly last: PrintedEpoch;
    }
  /** It never rose and printed as zero from `at` on. */
  | { readonly kind: 'settled'; readonly at: PrintedEpoch }
  /** It never rose but ended above zero. */
  | { readonly kind: 'fell'; readonly last: PrintedEpoch };

/** The loss as a number; nan and inf are printed by Python as words, read here as NaN. */
function lossOf(epoch: PrintedEpoch): number {
  return Number(epoch.loss);
}

/** Reads the outcome from the printed epoch lines (null when none was printed). */
export function bounceOutcome(epochs: readonly PrintedEpoch[]): BounceOutcome | null {
  const first = epochs[0];
  const last = epochs[epochs.length - 1];
  if (first === undefined || last === undefined) return null;
  const broken = epochs.find((epoch) => !Number.isFinite(lossOf(epoch)));
  if (broken !== undefined) return { kind: 'blewUp', at: broken };
  const rise = epochs.findIndex((epoch, i) => i > 0 && lossOf(epoch) > lossOf(epochs[i - 1]!));
  if (rise > 0) {
    return lossOf(last) > lossOf(first)
      ? { kind: 'grew', from: first, to: last }
      : { kind: 'bounced', up: [epochs[rise - 1]!, epochs[rise]!], last };
  }
  const zero = epochs.find((epoch) => lossOf(epoch) === 0);
  return zero === undefined ? { kind: 'fell', last } : { kind: 'settled', at: zero };
}

/** Whether the printed loss went up at some point: the bounce the article predicts. */
export function rose(outcome: BounceOutcome): boolean {
  return outcome.kind === 'blewUp' || outcome.kind === 'grew' || outcome.kind === 'bounced';
}

/**
 * The same run with the other neuron (clip ↔ linear). Switching to the unclipped neuron also
 * prints every epoch (up to MAX_VARIANT_LINES lines), so a rise cannot hide between the
 * printed lines; it never prints less often than the learner asked.
 */
export function otherNeuron(settings: ProgramSettings): ProgramSettings {
  const activation: NeuronKind = settings.activation === 'clip' ? 'linear' : 'clip';
  if (activation === 'clip') return { ...settings, activation };
  const printEvery = Math.min(
    settings.printEvery,
    Math.max(1, Math.ceil(settings.epochs / MAX_VARIANT_LINES)),
  );
  return { ...settings, activation, printEvery };
}
