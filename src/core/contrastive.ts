/**
 * The contrastive loss (margin form) beside its gradient, and the tiny encoder it trains.
 *
 * For two phrase points za, zb at distance d = |za − zb|:
 *   similar pair:   ℓ = d²                 (always pulls the points together)
 *   different pair: ℓ = max(0, margin − d)² (pushes them apart until they are a margin away)
 *
 * The encoder is a bag of words: each word has a row in an embedding table E, a phrase's
 * hidden vector is the SUM of its words' rows, and a linear layer W maps it to 2 numbers,
 * the phrase's point in the plane. A sum (not a mean) lets words that carry no meaning
 * ("I", "need", "محتاج") learn to weigh nothing, so "I need coffee" can land on "coffee"
 * without dragging "I need sleep" along.
 */
import type { Rng } from './rng';

/** Points live in a plane so the lesson can draw them without a projection. */
export const POINT_SIZE = 2;
/** Spread of the initial word embeddings (see `PhraseEncoder.initialise`). */
const WORD_SCALE = 0.25;

export type PairForce = 'pull' | 'push' | 'rest';

/** ℓ(d) for one pair. */
export function contrastiveLoss(distance: number, similar: boolean, margin: number): number {
  if (similar) return distance * distance;
  const gap = margin - distance;
  return gap > 0 ? gap * gap : 0;
}

/** dℓ/dd: positive pulls the points together, negative pushes them apart. */
export function contrastiveLossSlope(distance: number, similar: boolean, margin: number): number {
  if (similar) return 2 * distance;
  const gap = margin - distance;
  return gap > 0 ? -2 * gap : 0;
}

/** What a pair does to its points: similar pairs pull, different pairs closer than the margin push. */
export function pairForce(distance: number, similar: boolean, margin: number): PairForce {
  if (similar) return distance > 0 ? 'pull' : 'rest';
  return distance < margin ? 'push' : 'rest';
}

export function pointDistance(points: Float64Array, a: number, b: number): number {
  const dx = (points[a * POINT_SIZE] as number) - (points[b * POINT_SIZE] as number);
  const dy = (points[a * POINT_SIZE + 1] as number) - (points[b * POINT_SIZE + 1] as number);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * The pair's loss, and dℓ/dza written into `dLoss_dA` (dℓ/dzb is its negative).
 * dℓ/dza = ℓ'(d) · (za − zb) / d; for a similar pair that is 2 (za − zb), with no division,
 * and a different pair whose points coincide gets no direction to push in (gradient 0).
 */
export function pairLossGradient(
  points: Float64Array,
  a: number,
  b: number,
  similar: boolean,
  margin: number,
  dLoss_dA: Float64Array,
): number {
  const dx = (points[a * POINT_SIZE] as number) - (points[b * POINT_SIZE] as number);
  const dy = (points[a * POINT_SIZE + 1] as number) - (points[b * POINT_SIZE + 1] as number);
  const distance = Math.sqrt(dx * dx + dy * dy);
  let scale = 2;
  if (!similar) {
    const slope = contrastiveLossSlope(distance, false, margin);
    scale = slope === 0 || distance === 0 ? 0 : slope / distance;
  }
  dLoss_dA[0] = scale * dx;
  dLoss_dA[1] = scale * dy;
  return contrastiveLoss(distance, similar, margin);
}

/**
 * Bag-of-words encoder. Parameters in one flat array: E (words × embeddingSize, row-major)
 * at 0, then W (2 × embeddingSize, row-major) at `weightOffset`.
 */
export class PhraseEncoder {
  readonly vocabularySize: number;
  readonly embeddingSize: number;
  readonly phraseCount: number;
  readonly weightOffset: number;
  readonly params: Float64Array;
  /** dLoss/dparams, accumulated by `backward` until `zeroGrads`. */
  readonly grads: Float64Array;
  /** Each phrase's summed word embeddings (phraseCount × embeddingSize), from the last encode. */
  readonly hidden: Float64Array;
  /** Each phrase's point (phraseCount × 2), from the last encode. */
  readonly points: Float64Array;
  private readonly tokenStart: Int32Array;
  private readonly tokens: Int32Array;

  constructor(
    tokenIds: readonly (readonly number[])[],
    vocabularySize: number,
    embeddingSize: number,
  ) {
    if (!Number.isInteger(embeddingSize) || embeddingSize < POINT_SIZE) {
      throw new RangeError(
        `embeddingSize must be an integer ≥ ${POINT_SIZE}, got ${embeddingSize}`,
      );
    }
    this.vocabularySize = vocabularySize;
    this.embeddingSize = embeddingSize;
    this.phraseCount = tokenIds.length;
    this.weightOffset = vocabularySize * embeddingSize;
    this.params = new Float64Array(this.weightOffset + POINT_SIZE * embeddingSize);
    this.grads = new Float64Array(this.params.length);
    this.hidden = new Float64Array(this.phraseCount * embeddingSize);
    this.points = new Float64Array(this.phraseCount * POINT_SIZE);
    this.tokenStart = new Int32Array(this.phraseCount + 1);
    this.tokens = new Int32Array(tokenIds.reduce((sum, ids) => sum + ids.length, 0));
    let at = 0;
    tokenIds.forEach((ids, phrase) => {
      this.tokenStart[phrase] = at;
      for (const id of ids) {
        if (!Number.isInteger(id) || id < 0 || id >= vocabularySize) {
          throw new RangeError(`phrase ${phrase} has word id ${id} outside the vocabulary`);
        }
        this.tokens[at++] = id;
      }
    });
    this.tokenStart[this.phraseCount] = at;
  }

  /**
   * Word rows ~ N(0, 0.25²) and W ~ N(0, 1/embeddingSize): first points spread about ±0.5
   * (a few words each), inside the default margin, so the learner sees the pushes begin.
   */
  initialise(rng: Rng): void {
    for (let k = 0; k < this.weightOffset; k++) this.params[k] = WORD_SCALE * rng.normal();
    const scale = 1 / Math.sqrt(this.embeddingSize);
    for (let k = this.weightOffset; k < this.params.length; k++) {
      this.params[k] = scale * rng.normal();
    }
  }

  /** Forward pass for one phrase: its hidden vector and its point. */
  encode(phrase: number): void {
    const size = this.embeddingSize;
    const h = phrase * size;
    for (let j = 0; j < size; j++) this.hidden[h + j] = 0;
    const end = this.tokenStart[phrase + 1] as number;
    for (let t = this.tokenStart[phrase] as number; t < end; t++) {
      const row = (this.tokens[t] as number) * size;
      for (let j = 0; j < size; j++) {
        this.hidden[h + j] = (this.hidden[h + j] as number) + (this.params[row + j] as number);
      }
    }
    for (let k = 0; k < POINT_SIZE; k++) {
      const w = this.weightOffset + k * size;
      let sum = 0;
      for (let j = 0; j < size; j++)
        sum += (this.params[w + j] as number) * (this.hidden[h + j] as number);
      this.points[phrase * POINT_SIZE + k] = sum;
    }
  }

  encodeAll(): void {
    for (let p = 0; p < this.phraseCount; p++) this.encode(p);
  }

  /** Adds the gradient of the loss through this phrase, given dLoss/dpoint (uses the last encode). */
  backward(phrase: number, dLoss_dX: number, dLoss_dY: number): void {
    const size = this.embeddingSize;
    const h = phrase * size;
    const w0 = this.weightOffset;
    const w1 = w0 + size;
    const start = this.tokenStart[phrase] as number;
    const end = this.tokenStart[phrase + 1] as number;
    for (let j = 0; j < size; j++) {
      const hj = this.hidden[h + j] as number;
      this.grads[w0 + j] = (this.grads[w0 + j] as number) + dLoss_dX * hj;
      this.grads[w1 + j] = (this.grads[w1 + j] as number) + dLoss_dY * hj;
      // Every word of the phrase receives the whole dLoss/dhidden: the hidden vector is a sum.
      const dLoss_dHidden =
        (this.params[w0 + j] as number) * dLoss_dX + (this.params[w1 + j] as number) * dLoss_dY;
      for (let t = start; t < end; t++) {
        const row = (this.tokens[t] as number) * size;
        this.grads[row + j] = (this.grads[row + j] as number) + dLoss_dHidden;
      }
    }
  }

  zeroGrads(): void {
    this.grads.fill(0);
  }
}

/**
 * The gradient of one pair's loss with respect to every encoder parameter, accumulated into
 * `encoder.grads`: encode both phrases, take dℓ/dza and dℓ/dzb, push each back through the
 * encoder. Returns the loss. `scratch` holds dℓ/dza (2 numbers) so nothing is allocated.
 */
export function pairBackward(
  encoder: PhraseEncoder,
  a: number,
  b: number,
  similar: boolean,
  margin: number,
  scratch: Float64Array,
): number {
  encoder.encode(a);
  encoder.encode(b);
  const loss = pairLossGradient(encoder.points, a, b, similar, margin, scratch);
  const gx = scratch[0] as number;
  const gy = scratch[1] as number;
  encoder.backward(a, gx, gy);
  encoder.backward(b, -gx, -gy);
  return loss;
}

export interface Neighbour {
  readonly index: number;
  /** Cosine similarity, −1 … 1. */
  readonly similarity: number;
}

/**
 * Every other phrase ranked by cosine similarity to `query`, closest first. Vectors are
 * measured from the centre of all points: the loss only sees distances, so where the cloud
 * sits in the plane means nothing, and the angle from its centre is what can be compared.
 */
export function nearestByCosine(points: Float64Array, query: number): Neighbour[] {
  const count = points.length / POINT_SIZE;
  if (!Number.isInteger(query) || query < 0 || query >= count) {
    throw new RangeError(`there is no phrase ${query}`);
  }
  let cx = 0;
  let cy = 0;
  for (let p = 0; p < count; p++) {
    cx += points[p * POINT_SIZE] as number;
    cy += points[p * POINT_SIZE + 1] as number;
  }
  cx /= count;
  cy /= count;
  const qx = (points[query * POINT_SIZE] as number) - cx;
  const qy = (points[query * POINT_SIZE + 1] as number) - cy;
  const neighbours: Neighbour[] = [];
  for (let p = 0; p < count; p++) {
    if (p === query) continue;
    const x = (points[p * POINT_SIZE] as number) - cx;
    const y = (points[p * POINT_SIZE + 1] as number) - cy;
    const norms = Math.hypot(qx, qy) * Math.hypot(x, y);
    neighbours.push({ index: p, similarity: norms === 0 ? 0 : (qx * x + qy * y) / norms });
  }
  return neighbours.sort((u, v) => v.similarity - u.similarity || u.index - v.index);
}

export interface ContrastiveSettings {
  readonly margin: number;
  readonly learningRate: number;
  readonly seed: number;
  /** Width of the word embeddings before the linear layer to the plane. */
  readonly embeddingSize: number;
}

/** Two phrases (indexes into the phrase list) and whether they mean the same thing. */
export interface PairLabel {
  readonly a: number;
  readonly b: number;
  readonly similar: boolean;
}

/** What one pair step did, overwritten in place by each step (read it before the next). */
export interface PairStep {
  /** Index of the pair in the trainer's pair list. */
  pairIndex: number;
  a: number;
  b: number;
  similar: boolean;
  /** Distance and loss before the update. */
  distance: number;
  loss: number;
  force: PairForce;
  /** −dℓ/dza and −dℓ/dzb: where the loss wants each point to move. */
  forceAx: number;
  forceAy: number;
  forceBx: number;
  forceBy: number;
  /** The pair's distance after the update. */
  distanceAfter: number;
}

export type ContrastiveStatus = 'ready' | 'running' | 'diverged';

/**
 * Stochastic gradient descent over the labelled pairs, one pair per update: an epoch visits
 * every pair once in a seeded shuffled order. Stepping one pair and playing whole epochs run
 * the same `stepPair`, so they give identical numbers.
 */
export class ContrastiveTrainer {
  readonly encoder: PhraseEncoder;
  readonly pairs: PairLabel[];
  margin: number;
  learningRate: number;
  /** Completed epochs. */
  epoch = 0;
  /** Pairs already trained in the current epoch. */
  pairInEpoch = 0;
  updates = 0;
  readonly lastStep: PairStep = {
    pairIndex: -1,
    a: 0,
    b: 0,
    similar: true,
    distance: 0,
    loss: 0,
    force: 'rest',
    forceAx: 0,
    forceAy: 0,
    forceBx: 0,
    forceBy: 0,
    distanceAfter: 0,
  };
  private statusValue: ContrastiveStatus = 'ready';
  private readonly rng: Rng;
  private order = new Int32Array(0);
  private readonly dLoss_dA = new Float64Array(POINT_SIZE);

  constructor(
    tokenIds: readonly (readonly number[])[],
    vocabularySize: number,
    pairs: readonly PairLabel[],
    settings: ContrastiveSettings,
    rng: Rng,
  ) {
    checkHyperparameters(settings.margin, settings.learningRate);
    this.encoder = new PhraseEncoder(tokenIds, vocabularySize, settings.embeddingSize);
    this.rng = rng;
    this.encoder.initialise(rng);
    this.encoder.encodeAll();
    this.margin = settings.margin;
    this.learningRate = settings.learningRate;
    this.pairs = [];
    for (const pair of pairs) this.addPair(pair);
  }

  get status(): ContrastiveStatus {
    return this.statusValue;
  }

  /** Updated points of every phrase (phraseCount × 2), encoded with the current parameters. */
  points(): Float64Array {
    this.encoder.encodeAll();
    return this.encoder.points;
  }

  /** Labels a pair, or relabels it if the two phrases are already paired. Joins the next epoch. */
  addPair(pair: PairLabel): void {
    const count = this.encoder.phraseCount;
    for (const index of [pair.a, pair.b]) {
      if (!Number.isInteger(index) || index < 0 || index >= count) {
        throw new RangeError(`there is no phrase ${index}`);
      }
    }
    if (pair.a === pair.b) throw new RangeError('a pair needs two different phrases');
    const existing = this.pairs.findIndex(
      (p) => (p.a === pair.a && p.b === pair.b) || (p.a === pair.b && p.b === pair.a),
    );
    const label = { a: pair.a, b: pair.b, similar: pair.similar };
    if (existing >= 0) this.pairs[existing] = label;
    else this.pairs.push(label);
  }

  /** One update from the next pair of the epoch; fills `lastStep`. */
  stepPair(): void {
    if (this.statusValue === 'diverged' || this.pairs.length === 0) return;
    if (this.pairInEpoch === 0) this.beginEpoch();
    const pairIndex = this.order[this.pairInEpoch] as number;
    const pair = this.pairs[pairIndex] as PairLabel;
    const encoder = this.encoder;
    encoder.zeroGrads();
    const loss = pairBackward(encoder, pair.a, pair.b, pair.similar, this.margin, this.dLoss_dA);
    const step = this.lastStep;
    step.pairIndex = pairIndex;
    step.a = pair.a;
    step.b = pair.b;
    step.similar = pair.similar;
    step.distance = pointDistance(encoder.points, pair.a, pair.b);
    step.loss = loss;
    step.force = pairForce(step.distance, pair.similar, this.margin);
    step.forceAx = -(this.dLoss_dA[0] as number);
    step.forceAy = -(this.dLoss_dA[1] as number);
    step.forceBx = -step.forceAx;
    step.forceBy = -step.forceAy;
    const { params, grads } = encoder;
    for (let k = 0; k < params.length; k++) {
      params[k] = (params[k] as number) - this.learningRate * (grads[k] as number);
    }
    this.updates++;
    encoder.encode(pair.a);
    encoder.encode(pair.b);
    step.distanceAfter = pointDistance(encoder.points, pair.a, pair.b);
    this.statusValue = 'running';
    if (!Number.isFinite(step.distanceAfter) || !Number.isFinite(loss)) {
      this.statusValue = 'diverged';
    }
    this.pairInEpoch++;
    if (this.pairInEpoch >= this.order.length) {
      this.pairInEpoch = 0;
      this.epoch++;
    }
  }

  /** Trains the rest of the current epoch (a whole one when at its start). */
  stepEpoch(): void {
    do this.stepPair();
    while (this.pairInEpoch !== 0 && this.statusValue !== 'diverged');
  }

  /** Mean pair loss over all pairs with the current parameters. */
  meanLoss(): number {
    if (this.pairs.length === 0) return 0;
    const points = this.points();
    let total = 0;
    for (const pair of this.pairs) {
      total += contrastiveLoss(pointDistance(points, pair.a, pair.b), pair.similar, this.margin);
    }
    return total / this.pairs.length;
  }

  setHyperparameters(margin: number, learningRate: number): void {
    checkHyperparameters(margin, learningRate);
    this.margin = margin;
    this.learningRate = learningRate;
  }

  /** A fresh shuffled order over every pair (pairs added since the last epoch join here). */
  private beginEpoch(): void {
    if (this.order.length !== this.pairs.length) this.order = new Int32Array(this.pairs.length);
    for (let k = 0; k < this.order.length; k++) this.order[k] = k;
    this.rng.shuffle(this.order);
  }
}

function checkHyperparameters(margin: number, learningRate: number): void {
  if (!Number.isFinite(margin) || margin <= 0) {
    throw new RangeError(`the margin must be a positive number, got ${margin}`);
  }
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`the learning rate must be a positive number, got ${learningRate}`);
  }
}
