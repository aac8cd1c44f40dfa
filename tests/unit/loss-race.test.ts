/**
 * The loss race's settings really show the difference the lesson explains: from the same
 * confidently wrong start, cross-entropy recovers within a couple of epochs while squared
 * error stalls at 0 %, because its first gradient is hundreds of times smaller. Trained with
 * the core Trainer exactly as the engine builds it.
 */
import { describe, expect, it } from 'vitest';
import type { EpochSummary } from '../../src/core/trainer';
import { buildRun } from '../../src/engine/build';
import { RACE_EPOCHS, raceConfig, type RaceLoss } from '../../src/lessons/loss/race';

function train(loss: RaceLoss): EpochSummary[] {
  const { trainer } = buildRun(raceConfig(loss));
  const history: EpochSummary[] = [];
  trainer.runEpochs(RACE_EPOCHS, (summary) => history.push(summary));
  return history;
}

const squared = train('squared');
const crossEntropy = train('cross-entropy');
const at = (history: EpochSummary[], epochsTrained: number) => history[epochsTrained - 1]!;
const firstPerfect = (history: EpochSummary[]) =>
  history.findIndex((s) => s.trainAccuracy === 1) + 1;

describe('the loss race’s settings', () => {
  it('start confidently wrong on every training point', () => {
    const { model, train: data } = buildRun(raceConfig('squared'));
    for (let i = 0; i < data.size; i++) {
      const [p] = model.forward(data.inputs, i * data.inputSize);
      const rightAnswer = data.labels[i] === 1 ? p! : 1 - p!;
      expect(rightAnswer).toBeLessThan(0.01);
    }
  });

  it('give squared error a first gradient hundreds of times smaller than cross-entropy’s', () => {
    const first = { squared: at(squared, 1).gradientNorm, ce: at(crossEntropy, 1).gradientNorm };
    expect(first.squared).toBeLessThan(0.01);
    expect(first.ce).toBeGreaterThan(0.5);
    expect(first.ce / first.squared).toBeGreaterThan(100);
  });

  it('let cross-entropy pull ahead at once while squared error stalls', () => {
    expect(firstPerfect(crossEntropy)).toBeLessThanOrEqual(3);
    for (const epochs of [1, 5, 20]) {
      expect(at(squared, epochs).trainAccuracy).toBeLessThan(0.1);
      expect(at(crossEntropy, epochs).trainAccuracy).toBeGreaterThan(0.6);
    }
    expect(at(crossEntropy, 5).trainAccuracy).toBe(1);
    // Squared error's gradient is still small while it sits still.
    expect(at(squared, 20).gradientNorm).toBeLessThan(0.05 * at(crossEntropy, 1).gradientNorm);
  });

  it('end with squared error creeping off the flat tail within the race', () => {
    const squaredPerfect = firstPerfect(squared);
    expect(squaredPerfect).toBeGreaterThan(20);
    expect(squaredPerfect).toBeLessThan(RACE_EPOCHS);
    expect(squared).toHaveLength(RACE_EPOCHS);
    expect(crossEntropy).toHaveLength(RACE_EPOCHS);
  });
});
