// @vitest-environment node
/**
 * The run-outcome classifier: on histories built to show one behaviour each, and on the
 * article's own program (numpy-exact, src/core/article.ts) at the rates the lesson races.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram, type NeuronActivation } from '../../src/core/article';
import fc from 'fast-check';
import {
  classifyOutcome,
  DEFAULT_THRESHOLD,
  MilestoneTracker,
  type Outcome,
} from '../../src/core/outcome';

/** A history whose loss at epoch i is f(i). */
function history(epochs: number, f: (i: number) => number) {
  const epoch = Float64Array.from({ length: epochs }, (_, i) => i);
  const loss = epoch.map((i) => f(i));
  return { epoch, loss };
}

describe('classifyOutcome on constructed histories', () => {
  it('is running with no history, or before the last epoch', () => {
    expect(classifyOutcome({ epoch: [], loss: [] })).toEqual({ kind: 'running' });
    const slow = history(40, (i) => 1 - i / 100);
    expect(classifyOutcome(slow, { totalEpochs: 100 })).toEqual({ kind: 'running' });
    expect(classifyOutcome(slow, { totalEpochs: 40 })).toEqual({ kind: 'too-slow' });
  });

  it('calls a non-finite loss diverged at its epoch, even mid-run', () => {
    const h = history(30, (i) => (i >= 12 ? NaN : 1));
    expect(classifyOutcome(h, { totalEpochs: 100 })).toEqual({ kind: 'diverged', epoch: 12 });
    const inf = history(5, (i) => (i === 3 ? Infinity : 1));
    expect(classifyOutcome(inf)).toEqual({ kind: 'diverged', epoch: 3 });
  });

  it('calls growth to a million times the first loss diverged, before it overflows', () => {
    const h = history(100, (i) => 2 * 1.5 ** i);
    // 1.5^i ≥ 1e6 first at i = 35 (1.5^34 ≈ 9.8e5).
    expect(classifyOutcome(h)).toEqual({ kind: 'diverged', epoch: 35 });
  });

  it('does not call a small rise from an almost perfect start diverged', () => {
    const h = history(30, (i) => (i === 0 ? 1e-12 : 0.5));
    expect(classifyOutcome(h).kind).toBe('bouncing');
  });

  it('calls a loss below the threshold converged at the first epoch below it', () => {
    const h = history(50, (i) => 0.5 * 0.8 ** i);
    const first = Array.from(h.loss).findIndex((v) => v < DEFAULT_THRESHOLD);
    expect(first).toBeGreaterThan(0);
    expect(classifyOutcome(h)).toEqual({ kind: 'converged', epoch: first });
    // Convergence is a fact as soon as it happens, so it shows mid-run too.
    expect(classifyOutcome(h, { totalEpochs: 500 }).kind).toBe('converged');
  });

  it('uses the final stretch below the threshold when a run dipped under it earlier', () => {
    const h = history(40, (i) => (i === 5 ? 0.001 : i >= 30 ? 0.005 : 0.3 - i / 200));
    expect(classifyOutcome(h)).toEqual({ kind: 'converged', epoch: 30 });
    expect(classifyOutcome(h, { threshold: 0.004 }).kind).not.toBe('converged');
  });

  it('calls a loss that rises and falls without settling bouncing', () => {
    const zigzag = history(60, (i) => (i % 2 === 0 ? 0.4 : 0.25) - i / 1000);
    expect(classifyOutcome(zigzag)).toEqual({ kind: 'bouncing' });
  });

  it('calls a loss that climbs, or stays high, bouncing', () => {
    const climbing = history(100, (i) => 1 + 19 * (1 - 0.97 ** i));
    expect(classifyOutcome(climbing)).toEqual({ kind: 'bouncing' });
    const high = history(100, () => 3);
    expect(classifyOutcome(high)).toEqual({ kind: 'bouncing' });
  });

  it('calls a loss still falling steadily at the end too slow', () => {
    const crawl = history(100, (i) => 0.45 - 0.0001 * i);
    expect(classifyOutcome(crawl)).toEqual({ kind: 'too-slow' });
    const halving = history(100, (i) => 0.5 * 0.99 ** i);
    expect(classifyOutcome(halving)).toEqual({ kind: 'too-slow' });
  });

  it('calls a loss that levels off above the threshold settled, at that level', () => {
    const floor = history(200, (i) => 0.2 + 0.3 * 0.9 ** i);
    const outcome = classifyOutcome(floor);
    expect(outcome.kind).toBe('settled');
    expect(outcome.level).toBeCloseTo(0.2, 6);
    // 0.3·0.9^i ≤ 1 % of 0.2 from i = 48.
    expect(outcome.epoch).toBe(48);
    // With a higher threshold the same curve has converged instead.
    expect(classifyOutcome(floor, { threshold: 0.25 }).kind).toBe('converged');
  });

  it('reads the epoch numbers it is given (a decimated history skips some)', () => {
    const h = { epoch: [0, 10, 20, 30, 40], loss: [1, 0.5, 0.1, 0.005, 0.001] };
    expect(classifyOutcome(h)).toEqual({ kind: 'converged', epoch: 30 });
  });
});

/** The article's total loss per epoch for one neuron and rate. */
function articleRun(activation: NeuronActivation, learningRate: number, epochs: number) {
  const epoch: number[] = [];
  const loss: number[] = [];
  runArticleProgram({ ...ARTICLE_PROGRAM, activation, learningRate, epochs }, (e) => {
    epoch.push(e.epoch);
    loss.push(e.totalLoss);
  });
  return { epoch, loss };
}

function classifyArticle(activation: NeuronActivation, rate: number, epochs: number): Outcome {
  return classifyOutcome(articleRun(activation, rate, epochs), { totalEpochs: epochs });
}

describe("classifyOutcome on the article's neuron", () => {
  it('clipped, 0.9: converged (the clip stops the overshoot; 0.0000 by epoch 25)', () => {
    const run = articleRun('clip', 0.9, 100);
    expect(run.loss[25]).toBeLessThan(0.00005);
    expect(classifyArticle('clip', 0.9, 100)).toEqual({ kind: 'converged', epoch: 10 });
    expect(run.loss[9]).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('clipped, 0.01 and 0.0001: too slow in 100 epochs', () => {
    expect(classifyArticle('clip', 0.01, 100)).toEqual({ kind: 'too-slow' });
    expect(classifyArticle('clip', 0.0001, 100)).toEqual({ kind: 'too-slow' });
  });

  it('linear, 0.9: rises for two epochs, then settles near 0.18, above the threshold', () => {
    const run = articleRun('linear', 0.9, 100);
    expect(run.loss[1]).toBeGreaterThan(run.loss[0] as number);
    const outcome = classifyArticle('linear', 0.9, 100);
    expect(outcome.kind).toBe('settled');
    expect(outcome.level).toBeCloseTo(0.178, 3);
    expect(classifyArticle('linear', 0.9, 1000).level).toBeCloseTo(0.1782, 4);
  });

  it('linear, 1.5: bouncing, the loss staying near 20', () => {
    const run = articleRun('linear', 1.5, 1000);
    expect(run.loss.at(-1)).toBeCloseTo(20.8, 1);
    expect(classifyArticle('linear', 1.5, 100)).toEqual({ kind: 'bouncing' });
    expect(classifyArticle('linear', 1.5, 1000)).toEqual({ kind: 'bouncing' });
  });

  it('linear, 1.6 and 3: diverged (growing without bound, then no longer finite)', () => {
    const at16 = classifyArticle('linear', 1.6, 300);
    expect(at16.kind).toBe('diverged');
    expect(at16.epoch).toBeGreaterThan(20);
    expect(at16.epoch).toBeLessThan(100);
    expect(classifyArticle('linear', 1.6, 100).kind).toBe('diverged');
    const at3 = articleRun('linear', 3, 300);
    expect(at3.loss.some((v) => !Number.isFinite(v))).toBe(true);
    expect(classifyArticle('linear', 3, 300)).toEqual({ kind: 'diverged', epoch: 2 });
  });
});

describe('MilestoneTracker: exact epochs for a thinned history', () => {
  /** Every value a real loss curve can take: tiny, huge, zero, and not finite. */
  const lossValue = fc.oneof(
    fc.double({ min: 0, max: 0.02, noNaN: true }),
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    fc.constantFrom(0, NaN, Infinity),
  );

  it('dates divergence and convergence as the classifier does on the full history', () => {
    fc.assert(
      fc.property(fc.array(lossValue, { minLength: 1, maxLength: 60 }), (losses) => {
        const full = history(losses.length, (i) => losses[i] as number);
        const tracker = new MilestoneTracker();
        losses.forEach((loss, epoch) => tracker.add(epoch, loss));
        const milestones = tracker.milestones;
        expect(classifyOutcome(full, { milestones })).toEqual(classifyOutcome(full));
      }),
    );
  });

  it('keeps the exact epochs when the history it is given is thinned', () => {
    fc.assert(
      fc.property(
        fc.array(lossValue, { minLength: 2, maxLength: 200 }),
        fc.integer({ min: 2, max: 20 }),
        (losses, stride) => {
          const full = history(losses.length, (i) => losses[i] as number);
          const tracker = new MilestoneTracker();
          losses.forEach((loss, epoch) => tracker.add(epoch, loss));
          // Every stride-th epoch and the last one: what a chart keeps of a fast run.
          const kept = [...full.epoch.keys()].filter(
            (i) => i % stride === 0 || i === losses.length - 1,
          );
          const thinned = {
            epoch: kept.map((i) => full.epoch[i] as number),
            loss: kept.map((i) => full.loss[i] as number),
          };
          const exact = classifyOutcome(full);
          const fromThinned = classifyOutcome(thinned, { milestones: tracker.milestones });
          if (exact.kind === 'diverged' || exact.kind === 'converged') {
            expect(fromThinned).toEqual(exact);
          }
        },
      ),
    );
  });

  it('is ignored when it followed another threshold', () => {
    const h = history(20, (i) => (i >= 5 ? 0.001 : 1));
    const other = { threshold: 0.5, divergedAt: null, belowSince: 2 };
    expect(classifyOutcome(h, { milestones: other })).toEqual({ kind: 'converged', epoch: 5 });
  });
});
