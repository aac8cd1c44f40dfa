/**
 * The counting behind epoch, batch and iteration, for both conventions of the last, short
 * batch: keep it (one more, smaller update per epoch) or drop it (those samples sit out).
 * The counts come from core's `batchCount`, the same function the trainer uses.
 */
import { batchCount } from '../../core/datasets';
import type { RunConfig } from '../../engine/protocol';

export interface Convention {
  readonly iterationsPerEpoch: number;
  readonly totalUpdates: number;
  /** Samples that take part in training each epoch. */
  readonly samplesPerEpoch: number;
}

export interface BatchArithmetic {
  readonly size: number;
  readonly batchSize: number;
  readonly epochs: number;
  readonly fullBatches: number;
  /** Samples in the last, short batch (0 when the batch size divides the data). */
  readonly remainder: number;
  readonly keep: Convention;
  readonly drop: Convention;
}

export function batchArithmetic(size: number, batchSize: number, epochs: number): BatchArithmetic {
  const keep = batchCount(size, batchSize, false);
  const drop = batchCount(size, batchSize, true);
  return {
    size,
    batchSize,
    epochs,
    fullBatches: drop,
    remainder: size - drop * batchSize,
    keep: { iterationsPerEpoch: keep, totalUpdates: keep * epochs, samplesPerEpoch: size },
    drop: {
      iterationsPerEpoch: drop,
      totalUpdates: drop * epochs,
      samplesPerEpoch: drop * batchSize,
    },
  };
}

export interface RunShape {
  /** Training samples per epoch before any batch is dropped. */
  readonly size: number;
  readonly batchSize: number;
  readonly dropLast: boolean;
  readonly epochs: number;
}

/**
 * The training set a RunConfig gives, as the engine builds it (src/engine/build.ts): the
 * article's neuron trains one device at a time on its four devices; a network trains on what
 * the validation split leaves, plus any added points. The page checks the result against the
 * engine's own counters before saying they agree.
 */
export function runShape(config: RunConfig): RunShape {
  const extra = config.extraPoints.length;
  if (config.model === 'article') {
    return { size: 4 + extra, batchSize: 1, dropLast: false, epochs: config.epochs };
  }
  const generated = config.dataset === 'devices' ? 4 : config.datasetSize;
  const held = Math.min(Math.round(generated * config.validationSplit), Math.max(generated - 1, 0));
  return {
    size: generated - held + extra,
    batchSize: config.batchSize,
    dropLast: config.dropLast,
    epochs: config.epochs,
  };
}

/** "3,100": digits grouped the same way in every language (the text around them is translated). */
export function grouped(value: number): string {
  return value.toLocaleString('en-US');
}
