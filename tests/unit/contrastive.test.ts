// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastiveLoss,
  contrastiveLossSlope,
  ContrastiveTrainer,
  nearestByCosine,
  pairBackward,
  pairForce,
  pairLossGradient,
  PhraseEncoder,
  pointDistance,
} from '../../src/core/contrastive';
import { relativeError } from '../../src/core/gradcheck';
import {
  buildVocabulary,
  defaultPairs,
  findPhrase,
  phrases,
  tokenize,
} from '../../src/core/phrases';
import { Rng } from '../../src/core/rng';

const STEP = 1e-5;

/**
 * A central difference carries rounding noise of about ε·loss/STEP ≈ 2e-11·loss, so a
 * gradient below 1e-4·loss is "tiny": compared absolutely, since a relative error there
 * would measure the noise.
 */
function expectClose(analytic: number, numeric: number, loss: number): void {
  if (Math.abs(analytic) + Math.abs(numeric) < 1e-4 * Math.max(1, loss)) {
    expect(Math.abs(analytic - numeric)).toBeLessThan(1e-9 * Math.max(1, loss));
  } else {
    expect(relativeError(analytic, numeric)).toBeLessThan(1e-6);
  }
}

function pairLoss(points: Float64Array, similar: boolean, margin: number): number {
  return contrastiveLoss(pointDistance(points, 0, 1), similar, margin);
}

const coordinate = fc.double({ min: -3, max: 3, noNaN: true });

describe('contrastive loss', () => {
  it('charges similar pairs their squared distance and different pairs for entering the margin', () => {
    expect(contrastiveLoss(0.5, true, 1)).toBeCloseTo(0.25, 15);
    expect(contrastiveLoss(0.25, false, 1)).toBeCloseTo(0.5625, 15);
    expect(contrastiveLoss(1.5, false, 1)).toBe(0);
    expect(contrastiveLossSlope(0.5, true, 1)).toBe(1);
    expect(contrastiveLossSlope(0.25, false, 1)).toBe(-1.5);
    expect(contrastiveLossSlope(2, false, 1)).toBe(0);
    expect(pairForce(0.5, true, 1)).toBe('pull');
    expect(pairForce(0.5, false, 1)).toBe('push');
    expect(pairForce(1.5, false, 1)).toBe('rest');
  });

  it('has the gradient of central differences with respect to both points', () => {
    fc.assert(
      fc.property(
        fc.tuple(coordinate, coordinate, coordinate, coordinate),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.boolean(),
        ([ax, ay, bx, by], margin, similar) => {
          const points = Float64Array.of(ax, ay, bx, by);
          const distance = pointDistance(points, 0, 1);
          // Away from the kink at the margin and from coinciding points, where ℓ is not smooth.
          fc.pre(distance > 1e-2 && Math.abs(margin - distance) > 1e-3);
          const dLoss_dA = new Float64Array(2);
          const loss = pairLossGradient(points, 0, 1, similar, margin, dLoss_dA);
          const analytic = [dLoss_dA[0]!, dLoss_dA[1]!, -dLoss_dA[0]!, -dLoss_dA[1]!];
          for (let k = 0; k < 4; k++) {
            const original = points[k]!;
            points[k] = original + STEP;
            const above = pairLoss(points, similar, margin);
            points[k] = original - STEP;
            const below = pairLoss(points, similar, margin);
            points[k] = original;
            expectClose(analytic[k]!, (above - below) / (2 * STEP), loss);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('backpropagates through the encoder to every parameter (central differences)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.boolean(),
        (seed, margin, similar) => {
          const rng = new Rng(seed);
          const vocabularySize = 2 + rng.int(5);
          const tokenIds = [0, 1].map(() =>
            Array.from({ length: 1 + rng.int(3) }, () => rng.int(vocabularySize)),
          );
          const encoder = new PhraseEncoder(tokenIds, vocabularySize, 2 + rng.int(4));
          encoder.initialise(rng);
          for (let k = 0; k < encoder.params.length; k++) encoder.params[k] = rng.normal();
          encoder.encodeAll();
          const distance = pointDistance(encoder.points, 0, 1);
          fc.pre(distance > 1e-2 && Math.abs(margin - distance) > 1e-3);

          const scratch = new Float64Array(2);
          encoder.zeroGrads();
          const loss = pairBackward(encoder, 0, 1, similar, margin, scratch);
          const analytic = Float64Array.from(encoder.grads);
          const lossNow = () => {
            encoder.encodeAll();
            return pairLoss(encoder.points, similar, margin);
          };
          for (let k = 0; k < encoder.params.length; k++) {
            const original = encoder.params[k]!;
            encoder.params[k] = original + STEP;
            const above = lossNow();
            encoder.params[k] = original - STEP;
            const below = lossNow();
            encoder.params[k] = original;
            expectClose(analytic[k]!, (above - below) / (2 * STEP), loss);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a different pair with coinciding points no direction (zero gradient, no NaN)', () => {
    const points = Float64Array.of(0.3, 0.3, 0.3, 0.3);
    const dLoss_dA = new Float64Array(2);
    expect(pairLossGradient(points, 0, 1, false, 1, dLoss_dA)).toBe(1);
    expect([...dLoss_dA]).toEqual([0, 0]);
  });
});

describe('phrase encoder inputs', () => {
  it('tokenizes English and Arabic words and finds phrases by text', () => {
    expect(tokenize('  I need   COFFEE! ')).toEqual(['i', 'need', 'coffee']);
    expect(tokenize('محتاج قهوة؟')).toEqual(['محتاج', 'قهوة']);
    expect(findPhrase(phrases, 'i NEED coffee')).toBe(0);
    expect(findPhrase(phrases, 'محتاج قهوة')).toBe(1);
    expect(findPhrase(phrases, 'tea')).toBe(-1);
  });

  it('shares a word id between phrases that share a word', () => {
    const vocabulary = buildVocabulary(phrases.map((p) => p.text));
    const coffee = vocabulary.words.indexOf('coffee');
    expect(vocabulary.tokenIds[0]).toContain(coffee);
    expect(vocabulary.tokenIds[2]).toEqual([coffee]);
  });

  it('rejects a word id outside the vocabulary and a pair of one phrase', () => {
    expect(() => new PhraseEncoder([[0, 3]], 3, 4)).toThrow(/outside the vocabulary/);
    const vocabulary = buildVocabulary(['a', 'b']);
    const settings = { margin: 1, learningRate: 0.1, seed: 1, embeddingSize: 4 };
    expect(
      () =>
        new ContrastiveTrainer(
          vocabulary.tokenIds,
          2,
          [{ a: 0, b: 0, similar: true }],
          settings,
          new Rng(1),
        ),
    ).toThrow(/two different phrases/);
    expect(
      () =>
        new ContrastiveTrainer(vocabulary.tokenIds, 2, [], { ...settings, margin: 0 }, new Rng(1)),
    ).toThrow(/margin/);
  });
});

function defaultTrainer(seed = 7, learningRate = 0.05): ContrastiveTrainer {
  const vocabulary = buildVocabulary(phrases.map((p) => p.text));
  return new ContrastiveTrainer(
    vocabulary.tokenIds,
    vocabulary.words.length,
    defaultPairs,
    { margin: 1, learningRate, seed, embeddingSize: 8 },
    new Rng(seed),
  );
}

describe('contrastive training', () => {
  it('steps one pair at a time through the same updates as a whole epoch', () => {
    const byPair = defaultTrainer();
    const byEpoch = defaultTrainer();
    for (let k = 0; k < defaultPairs.length * 3; k++) byPair.stepPair();
    for (let e = 0; e < 3; e++) byEpoch.stepEpoch();
    expect(byPair.epoch).toBe(3);
    expect(byPair.updates).toBe(byEpoch.updates);
    expect([...byPair.encoder.params]).toEqual([...byEpoch.encoder.params]);
  });

  it('records the pair step: distance, loss, force on each point and the distance after', () => {
    const trainer = defaultTrainer();
    const before = Float64Array.from(trainer.points());
    trainer.stepPair();
    const step = trainer.lastStep;
    const distance = pointDistance(before, step.a, step.b);
    expect(step.distance).toBeCloseTo(distance, 12);
    expect(step.loss).toBeCloseTo(contrastiveLoss(distance, step.similar, 1), 12);
    expect(step.forceBx).toBe(-step.forceAx);
    // The force on a points along (a − b) for a push and against it for a pull.
    const dx = before[step.a * 2]! - before[step.b * 2]!;
    const dy = before[step.a * 2 + 1]! - before[step.b * 2 + 1]!;
    const along = step.forceAx * dx + step.forceAy * dy;
    if (step.force === 'pull') expect(along).toBeLessThan(0);
    if (step.force === 'push') expect(along).toBeGreaterThan(0);
    if (step.force === 'pull') expect(step.distanceAfter).toBeLessThan(step.distance);
    expect(trainer.pairInEpoch).toBe(1);
  });

  it('lowers the loss by training', () => {
    const trainer = defaultTrainer();
    const start = trainer.meanLoss();
    for (let e = 0; e < 30; e++) trainer.stepEpoch();
    expect(trainer.meanLoss()).toBeLessThan(start / 10);
  });

  it('reports a learning rate far too large as diverged, and then stops updating', () => {
    const trainer = defaultTrainer(7, 50);
    for (let e = 0; e < 20 && trainer.status !== 'diverged'; e++) trainer.stepEpoch();
    expect(trainer.status).toBe('diverged');
    const updates = trainer.updates;
    trainer.stepEpoch();
    expect(trainer.updates).toBe(updates);
  });

  it('relabels a pair that is added twice instead of duplicating it', () => {
    const trainer = defaultTrainer();
    const count = trainer.pairs.length;
    trainer.addPair({ a: 1, b: 0, similar: false });
    expect(trainer.pairs.length).toBe(count);
    expect(trainer.pairs[0]).toEqual({ a: 1, b: 0, similar: false });
    trainer.addPair({ a: 4, b: 17, similar: true });
    expect(trainer.pairs.length).toBe(count + 1);
  });
});

describe('nearest by cosine', () => {
  it('ranks phrases by the angle from the centre of the cloud', () => {
    // Centre (0, 0): phrase 1 points the same way as 0, phrase 2 at right angles, 3 opposite.
    const points = Float64Array.of(1, 0, 2, 0.1, 0, 1, -1.5, -1.1);
    const ranked = nearestByCosine(points, 0);
    expect(ranked.map((n) => n.index)).toEqual([1, 2, 3]);
    expect(ranked[0]!.similarity).toBeGreaterThan(0.99);
    expect(() => nearestByCosine(points, 4)).toThrow(/no phrase/);
  });
});
