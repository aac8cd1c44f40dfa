/**
 * The embeddings engine: one contrastive run over the phrase set, driven by commands and
 * reporting through `emit`. Pure logic (the worker wraps it), so tests run it in Node with a
 * fake clock. Playing trains whole epochs at the configured speed in the ticks of the shared
 * scheduler (../runtime/scheduler.ts); the epochs' losses wait and go out together in one
 * snapshot.
 */
import { assertNever } from '../../core/assert-never';
import { ContrastiveTrainer, type PairLabel } from '../../core/contrastive';
import { buildVocabulary, defaultPairs, phrases } from '../../core/phrases';
import { Rng } from '../../core/rng';
import type { EngineClock } from '../runtime/clock';
import { TickScheduler, type TickWork } from '../runtime/scheduler';
import {
  DEFAULT_EMBEDDINGS_CONFIG,
  EMBEDDING_SIZE,
  type EmbeddingsCommand,
  type EmbeddingsConfig,
  type EmbeddingsEvent,
  type EmbeddingsSnapshot,
} from './protocol';
import { neighbourViews, pairKey, pairViews, resolveQuery, stepDetailOf } from './views';

export type EmbeddingsEmit = (event: EmbeddingsEvent, transfer: Transferable[]) => void;

/** Below this mean loss nothing visibly moves any more: playing stops by itself. */
export const SETTLED_LOSS = 1e-8;
const DEFAULT_NEAREST_COUNT = 5;

const vocabulary = buildVocabulary(phrases.map((phrase) => phrase.text));

export class EmbeddingsEngine implements TickWork {
  private readonly emit: EmbeddingsEmit;
  private readonly clock: EngineClock;
  private readonly scheduler: TickScheduler;
  private config: EmbeddingsConfig = DEFAULT_EMBEDDINGS_CONFIG;
  private trainer: ContrastiveTrainer;
  /** Keys of the pairs the learner added, for drawing them apart from the defaults. */
  private extra = new Set<string>();
  private extraPairs: PairLabel[] = [];
  private playing = false;
  private finished = false;
  /** Epoch at which the current play stops at the latest. */
  private stopAt = 0;
  private credit = 0;
  private pendingEpochs: number[] = [];
  private pendingLosses: number[] = [];
  private fresh = true;
  private nearest: { query: string | number; count: number } | null = null;

  constructor(emit: EmbeddingsEmit, clock: EngineClock) {
    this.emit = emit;
    this.clock = clock;
    this.scheduler = new TickScheduler(clock, this);
    this.trainer = this.build();
  }

  handle(command: EmbeddingsCommand): void {
    try {
      this.dispatch(command);
    } catch (error) {
      this.emit({ type: 'error', message: messageOf(error) }, []);
    }
  }

  private dispatch(command: EmbeddingsCommand): void {
    switch (command.type) {
      case 'configure':
        return this.configure(command.config);
      case 'play':
        return this.play();
      case 'pause':
        this.stop(false);
        return this.scheduler.flushNow();
      case 'step':
        return this.step(command.granularity);
      case 'reset':
        this.stop(false);
        this.trainer = this.build();
        return this.scheduler.flushNow();
      case 'add-pair':
        this.addExtra(command.pair);
        this.finished = false;
        return this.scheduler.flushNow();
      case 'nearest':
        this.nearest =
          command.query === null
            ? null
            : { query: command.query, count: command.count ?? DEFAULT_NEAREST_COUNT };
        return this.emitNearest();
      default:
        return assertNever(command);
    }
  }

  /** A new seed starts over; other settings apply to the run in place. */
  private configure(config: EmbeddingsConfig): void {
    checkConfig(config);
    const seedChanged = config.seed !== this.config.seed;
    this.config = config;
    // A new margin or rate changes the loss: the run is no longer settled.
    this.finished = false;
    if (seedChanged) {
      this.stop(false);
      this.extra = new Set();
      this.extraPairs = [];
      for (const pair of config.extraPairs) this.remember(pair);
      this.trainer = this.build();
    } else {
      this.trainer.setHyperparameters(config.margin, config.learningRate);
      for (const pair of config.extraPairs) this.addExtra(pair);
    }
    this.scheduler.flushNow();
  }

  /** A fresh trainer from the seed, with the default pairs and the learner's pairs. */
  private build(): ContrastiveTrainer {
    const { margin, learningRate, seed } = this.config;
    const trainer = new ContrastiveTrainer(
      vocabulary.tokenIds,
      vocabulary.words.length,
      [...defaultPairs, ...this.extraPairs],
      { margin, learningRate, seed, embeddingSize: EMBEDDING_SIZE },
      new Rng(seed),
    );
    this.finished = false;
    this.fresh = true;
    this.pendingEpochs = [0];
    this.pendingLosses = [trainer.meanLoss()];
    return trainer;
  }

  private addExtra(pair: PairLabel): void {
    this.trainer.addPair(pair);
    this.remember(pair);
  }

  private remember(pair: PairLabel): void {
    const key = pairKey(pair);
    this.extraPairs = this.extraPairs.filter((p) => pairKey(p) !== key);
    this.extraPairs.push({ a: pair.a, b: pair.b, similar: pair.similar });
    this.extra.add(key);
  }

  private play(): void {
    if (this.playing || this.trainer.status === 'diverged') return this.emitStatus();
    this.playing = true;
    this.finished = false;
    this.stopAt = this.trainer.epoch + this.config.maxEpochs;
    this.credit = 0;
    this.emitStatus();
    this.scheduler.wake();
  }

  private step(granularity: 'pair' | 'epoch'): void {
    this.stop(false);
    this.finished = false;
    const epochBefore = this.trainer.epoch;
    if (granularity === 'pair') this.trainer.stepPair();
    else this.trainer.stepEpoch();
    this.recordEpochs(epochBefore);
    if (granularity === 'pair' && this.trainer.updates > 0 && this.trainer.status !== 'diverged') {
      this.emit({ type: 'step', detail: stepDetailOf(this.trainer) }, []);
    }
    this.scheduler.flushNow();
  }

  /** Stops playing; `finished` says the run stopped by itself (settled or at its limit). */
  private stop(finished: boolean): void {
    const wasPlaying = this.playing;
    this.playing = false;
    this.finished = finished;
    this.scheduler.stop();
    if (wasPlaying) this.emitStatus();
  }

  /**
   * A tick (TickWork): trains the whole epochs the speed has earned, within the budget, and
   * stops playing when the run settles, diverges or reaches its limit.
   */
  work(elapsedMs: number, deadline: number): boolean {
    if (!this.playing) return false;
    this.credit += (this.config.epochsPerSecond * elapsedMs) / 1000;
    const trainer = this.trainer;
    while (this.credit >= 1 && trainer.status !== 'diverged' && trainer.epoch < this.stopAt) {
      const epochBefore = trainer.epoch;
      trainer.stepEpoch();
      this.credit--;
      this.recordEpochs(epochBefore);
      if (this.settled() || this.clock.now() >= deadline) break;
    }
    // A slow machine drops the backlog instead of bursting to catch up.
    this.credit = Math.min(this.credit, 1);
    const ended = trainer.status === 'diverged' || trainer.epoch >= this.stopAt || this.settled();
    if (ended) this.stop(trainer.status !== 'diverged');
    return ended;
  }

  unposted(): boolean {
    return this.pendingEpochs.length > 0;
  }

  ended(): void {
    // The status went out when playing stopped (stop), the snapshot with the flush.
  }

  nextWorkIn(): number {
    if (!this.playing) return Infinity;
    return Math.max(1, ((1 - this.credit) * 1000) / this.config.epochsPerSecond);
  }

  /** Ticks run outside `handle`, so their failures are reported here. */
  failed(error: unknown): void {
    this.stop(false);
    this.emit({ type: 'error', message: messageOf(error) }, []);
  }

  private settled(): boolean {
    const last = this.pendingLosses[this.pendingLosses.length - 1];
    return last !== undefined && last < SETTLED_LOSS;
  }

  /** Records the loss of each epoch completed since `epochBefore`. */
  private recordEpochs(epochBefore: number): void {
    if (this.trainer.epoch === epochBefore) return;
    this.pendingEpochs.push(this.trainer.epoch);
    this.pendingLosses.push(this.trainer.meanLoss());
  }

  /** Posts the snapshot (TickWork; commands flush through the scheduler's flushNow). */
  flush(): void {
    const trainer = this.trainer;
    const points = Float64Array.from(trainer.points());
    const snapshot: EmbeddingsSnapshot = {
      epoch: trainer.epoch,
      pairInEpoch: trainer.pairInEpoch,
      pairsPerEpoch: trainer.pairs.length,
      updates: trainer.updates,
      loss: trainer.meanLoss(),
      status: this.finished && trainer.status !== 'diverged' ? 'finished' : trainer.status,
      points,
      pairs: pairViews(trainer, points, this.extra),
      lossEpochs: Float64Array.from(this.pendingEpochs),
      lossValues: Float64Array.from(this.pendingLosses),
      fresh: this.fresh,
      margin: trainer.margin,
      learningRate: trainer.learningRate,
    };
    this.pendingEpochs = [];
    this.pendingLosses = [];
    this.fresh = false;
    this.emit({ type: 'snapshot', snapshot }, [
      points.buffer,
      snapshot.lossEpochs.buffer,
      snapshot.lossValues.buffer,
    ]);
    this.emitNearest();
  }

  private emitNearest(): void {
    if (this.nearest === null) return;
    const { query, count } = this.nearest;
    const index = resolveQuery(query);
    const neighbours = neighbourViews(this.trainer.points(), index, count);
    this.emit({ type: 'nearest', query, index, neighbours }, []);
  }

  private emitStatus(): void {
    const status = this.finished ? 'finished' : this.trainer.status;
    this.emit({ type: 'status', playing: this.playing, status }, []);
  }
}

function checkConfig(config: EmbeddingsConfig): void {
  if (!Number.isFinite(config.seed)) throw new RangeError('the seed must be a number');
  if (!(config.epochsPerSecond > 0)) throw new RangeError('the speed must be positive');
  if (!Number.isInteger(config.maxEpochs) || config.maxEpochs < 1) {
    throw new RangeError('the epoch limit must be a positive whole number');
  }
  if (!(config.margin > 0) || !(config.learningRate > 0)) {
    throw new RangeError('the margin and the learning rate must be positive numbers');
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
