/**
 * The engine's requests: questions the page asks once and answers it waits for (a landscape,
 * a sweep, a gradient check…), as opposed to the stream of run snapshots. Each request kind
 * names its question and its answer in `EngineRequests`; everything else is generic:
 *
 * - on the wire a question is one 'request' command carrying a request id, and the worker
 *   echoes that id in its 'answer' (or 'request-failed') event;
 * - the engine answers through the handler table in answers.ts, which the compiler keeps
 *   complete over `EngineRequests`;
 * - the page asks with `request(kind, ask)` (pending-requests.ts) and gets a promise of that
 *   kind's answer.
 *
 * Adding a request is therefore one entry here plus its handler in answers.ts.
 */
import type { InputFeature } from '../core/features';
import type { ExportedModel } from '../core/model-export';
import type { OptimizerName } from '../core/optimizers';
import type { FullHistory } from './full-history';
import type { NeuronKind, RunConfig } from './protocol';

export interface SurfaceRacer {
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly momentum: number;
}

type Range = readonly [number, number];

export interface EngineRequests {
  /** The loss over a grid of two of a run's parameters. */
  readonly landscape: {
    readonly ask: {
      readonly runId: string;
      /** Indices into the run's parameter array for the two axes. */
      readonly axes: readonly [number, number];
      readonly resolution: number;
      /** [min, max] of each axis. */
      readonly ranges: readonly [Range, Range];
    };
    readonly answer: {
      readonly runId: string;
      readonly resolution: number;
      /** resolution × resolution losses, row-major, rows along the second axis. */
      readonly values: Float64Array;
      readonly ranges: readonly [Range, Range];
      readonly milliseconds: number;
    };
  };
  /** One whole run per learning rate (reports progress after each rate). */
  readonly sweep: {
    readonly ask: { readonly config: RunConfig; readonly learningRates: readonly number[] };
    readonly answer: {
      readonly learningRates: Float64Array;
      readonly finalLosses: Float64Array;
      readonly outcomes: readonly string[];
    };
  };
  /** Backpropagation against central differences for one parameter of a run. */
  readonly 'gradient-check': {
    readonly ask: { readonly runId: string; readonly paramIndex: number };
    readonly answer: {
      readonly runId: string;
      readonly paramIndex: number;
      readonly analytic: number;
      readonly numeric: number;
    };
  };
  /** Optimisers racing on the designed two-valley surface from one start. */
  readonly surface: {
    readonly ask: {
      readonly start: Range;
      readonly racers: readonly SurfaceRacer[];
      readonly steps: number;
      /** Grid resolution of the surface picture (0 = no grid). */
      readonly resolution: number;
    };
    readonly answer: {
      /** One path per racer: [x0, y0, x1, y1, …]; shorter if it left the finite numbers. */
      readonly paths: readonly Float64Array[];
      /** Final height of each path. */
      readonly finalValues: Float64Array;
      readonly resolution: number;
      /** resolution × resolution heights, row-major (rows along y), over `range` on both axes. */
      readonly grid: Float64Array;
      readonly range: Range;
    };
  };
  /** The run's prediction over the plane of its two inputs (2-D data sets). */
  readonly boundary: {
    readonly ask: { readonly runId: string; readonly resolution: number };
    readonly answer: {
      readonly runId: string;
      readonly resolution: number;
      /** [[x1 min, x1 max], [x2 min, x2 max]] of the grid. */
      readonly ranges: readonly [Range, Range];
      /** Predicted class per cell, row-major (rows along x2). */
      readonly classes: Int32Array;
      /** Confidence of that class (a probability, 0.5 … 1 for two classes). */
      readonly confidence: Float64Array;
      /** The training and validation points: x1, x2 pairs, their labels, 1 = validation. */
      readonly points: Float64Array;
      readonly labels: Int32Array;
      readonly isValidation: Uint8Array;
      /**
       * Regression only (null for a classifier): the predicted value per cell, in the same
       * order as `classes`, and each point's true value, both in the data's own units.
       */
      readonly values: Float64Array | null;
      readonly pointValues: Float64Array | null;
    };
  };
  /**
   * Every neuron's output over the plane (TensorFlow Playground's network view): one small map
   * per input feature, per hidden neuron and per output, over the same grid as 'boundary'.
   */
  readonly 'neuron-maps': {
    readonly ask: { readonly runId: string; readonly resolution: number };
    readonly answer: {
      readonly runId: string;
      /** Epochs trained when the maps were drawn. */
      readonly epoch: number;
      readonly resolution: number;
      /** [[x1 min, x1 max], [x2 min, x2 max]] of the grid, in the data's own units. */
      readonly ranges: readonly [Range, Range];
      /** Neurons per layer: the input features first, then each hidden layer, then the output. */
      readonly layerSizes: readonly number[];
      /** The input features, in the order of the first layer's nodes. */
      readonly features: readonly InputFeature[];
      /**
       * One map per neuron, layer by layer: resolution × resolution values each, row-major
       * (rows along x2). Hidden neurons hold their activation, outputs their prediction.
       */
      readonly maps: Float32Array;
      /** Each map's smallest and largest value: [min0, max0, min1, max1, …]. */
      readonly extents: Float32Array;
      /**
       * The weights into each non-input layer, as the model holds them: for layer L (1-based
       * among layerSizes), outputSize × inputSize weights row-major, then outputSize biases.
       */
      readonly params: Float64Array;
    };
  };
  /** What the article's Python program prints for these settings (src/core/article-output.ts). */
  readonly 'article-program': {
    readonly ask: {
      readonly learningRate: number;
      readonly epochs: number;
      readonly activation: NeuronKind;
      /** Examples appended after the article's four devices: [x1, x2, label 0 or 1]. */
      readonly extraPoints: readonly (readonly [number, number, number])[];
      readonly printEvery: number;
    };
    /** The printed lines, without their newlines. */
    readonly answer: { readonly lines: readonly string[] };
  };
  /** A run's trained network as a model file (engine/fit-model.ts), for "Export model". */
  readonly 'fit-model': {
    readonly ask: { readonly runId: string };
    readonly answer: {
      readonly runId: string;
      /** Epochs trained when the weights were taken. */
      readonly epoch: number;
      readonly model: ExportedModel;
    };
  };
  /** Every epoch of a run made with keepEveryEpoch, for the lossless CSV and JSON exports. */
  readonly 'full-history': {
    readonly ask: { readonly runId: string };
    readonly answer: {
      readonly runId: string;
      /** Null for a run that keeps no full history (only the main run keeps one). */
      readonly history: FullHistory | null;
    };
  };
}

export type RequestKind = keyof EngineRequests;
export type AskOf<K extends RequestKind> = EngineRequests[K]['ask'];
export type AnswerOf<K extends RequestKind> = EngineRequests[K]['answer'];

/** The command that carries a question to the worker. */
export type RequestCommand = {
  readonly [K in RequestKind]: {
    readonly type: 'request';
    readonly requestId: number;
    readonly kind: K;
    readonly ask: AskOf<K>;
  };
}[RequestKind];

/** The worker's reply to a request, always with the request's id. */
export type RequestEvent =
  | {
      readonly [K in RequestKind]: {
        readonly type: 'answer';
        readonly requestId: number;
        readonly kind: K;
        readonly answer: AnswerOf<K>;
      };
    }[RequestKind]
  /** The engine refused or could not answer the request. */
  | { readonly type: 'request-failed'; readonly requestId: number; readonly message: string }
  /** A long request's progress (the sweep: one step per rate). */
  | {
      readonly type: 'request-progress';
      readonly requestId: number;
      readonly done: number;
      readonly total: number;
    };
