/**
 * Messages between the page and the embeddings worker. The embeddings lesson has its own small
 * engine (one contrastive run over the phrase set), so it never competes with the main engine's
 * runs. Phrases are named by their index in src/core/phrases.ts.
 */
import type { ContrastiveStatus, PairForce, PairLabel } from '../../core/contrastive';
import { EMBEDDINGS_SETTINGS_DEFAULTS } from '../../settings/embeddings-defaults';

export interface EmbeddingsConfig {
  readonly margin: number;
  readonly learningRate: number;
  readonly seed: number;
  /** Pairs the learner labelled, added to the default pairs (a relabel replaces a default). */
  readonly extraPairs: readonly PairLabel[];
  /** Playing speed (epochs a second, one epoch = one update per pair). */
  readonly epochsPerSecond: number;
  /** Playing stops after this many epochs. */
  readonly maxEpochs: number;
}

export const DEFAULT_EMBEDDINGS_CONFIG: EmbeddingsConfig = {
  // The lesson's two controls start where the settings schema says.
  ...EMBEDDINGS_SETTINGS_DEFAULTS,
  seed: 7,
  extraPairs: [],
  epochsPerSecond: 6,
  maxEpochs: 150,
};

/** Width of the word embeddings inside the encoder (not a lesson control). */
export const EMBEDDING_SIZE = 8;

export type EmbeddingsStepGranularity = 'pair' | 'epoch';

export type EmbeddingsCommand =
  | { readonly type: 'configure'; readonly config: EmbeddingsConfig }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step'; readonly granularity: EmbeddingsStepGranularity }
  | { readonly type: 'reset' }
  | { readonly type: 'add-pair'; readonly pair: PairLabel }
  /** Ask for a phrase's nearest phrases; the answer is re-sent after every snapshot until `query` is null. */
  | { readonly type: 'nearest'; readonly query: string | number | null; readonly count?: number };

/** How the page should draw a pair: its force decides colour and line style. */
export interface PairView {
  readonly a: number;
  readonly b: number;
  readonly similar: boolean;
  readonly distance: number;
  readonly loss: number;
  readonly force: PairForce;
  /** The learner added (or relabelled) this pair. */
  readonly extra: boolean;
}

export interface EmbeddingsSnapshot {
  /** Completed epochs. */
  readonly epoch: number;
  readonly pairInEpoch: number;
  readonly pairsPerEpoch: number;
  readonly updates: number;
  /** Mean pair loss with the current parameters. */
  readonly loss: number;
  readonly status: ContrastiveStatus | 'finished';
  /** x, y of every phrase, in phrase order. */
  readonly points: Float64Array;
  readonly pairs: readonly PairView[];
  /** Loss after each epoch since the previous snapshot (epoch 0 = before training). */
  readonly lossEpochs: Float64Array;
  readonly lossValues: Float64Array;
  /** The loss history restarted (configure with a new seed, or reset): drop the old one. */
  readonly fresh: boolean;
  readonly margin: number;
  readonly learningRate: number;
}

export interface EmbeddingsStepDetail {
  readonly epoch: number;
  /** Position of this pair in its epoch, from 1. */
  readonly pairInEpoch: number;
  readonly pairsPerEpoch: number;
  readonly a: number;
  readonly b: number;
  readonly similar: boolean;
  readonly distance: number;
  readonly loss: number;
  readonly force: PairForce;
  /** −dℓ/dza and −dℓ/dzb, the pull or push on each point. */
  readonly forceOnA: readonly [number, number];
  readonly forceOnB: readonly [number, number];
  readonly distanceAfter: number;
  readonly margin: number;
  /** Updates done so far, this step included: a snapshot with more updates makes it stale. */
  readonly updates: number;
}

export interface NeighbourView {
  readonly index: number;
  readonly similarity: number;
  readonly distance: number;
}

export type EmbeddingsEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'snapshot'; readonly snapshot: EmbeddingsSnapshot }
  | { readonly type: 'step'; readonly detail: EmbeddingsStepDetail }
  | {
      readonly type: 'nearest';
      readonly query: string | number;
      /** The phrase the query named, or -1 when no phrase matches. */
      readonly index: number;
      readonly neighbours: readonly NeighbourView[];
    }
  | {
      readonly type: 'status';
      readonly playing: boolean;
      readonly status: EmbeddingsSnapshot['status'];
    }
  | { readonly type: 'error'; readonly message: string; readonly fatal?: boolean };
