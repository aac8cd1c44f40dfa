// @vitest-environment node
/** The straight line's floor under the race's unclipped neuron, against numpy's lstsq. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import { leastSquaresLoss } from '../../src/core/least-squares';

describe('leastSquaresLoss', () => {
  it("matches numpy's residual on the article's four devices", () => {
    // numpy.linalg.lstsq([[.55,.48,1],[.45,.72,1],[.35,.03,1],[.2,.03,1]], [1,1,0,0])[1]
    expect(leastSquaresLoss(ARTICLE_PROGRAM.inputs, ARTICLE_PROGRAM.labels)).toBeCloseTo(
      0.03195384444690999,
      12,
    );
  });

  it('is zero when a line fits exactly, and never above any run of the linear neuron', () => {
    expect(
      leastSquaresLoss(
        [
          [0, 1],
          [1, 0],
          [1, 1],
          [2, 3],
        ],
        [1, 2, 3, 7],
      ),
    ).toBeCloseTo(0, 12);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.5, noNaN: true }), (learningRate) => {
        let last = Infinity;
        runArticleProgram({ ...ARTICLE_PROGRAM, activation: 'linear', learningRate }, (e) => {
          last = e.totalLoss;
        });
        expect(last).toBeGreaterThan(0.0319538);
      }),
      { numRuns: 25 },
    );
  });
});
