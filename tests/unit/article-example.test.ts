/**
 * The article's example is the network the engine itself builds from its settings: its
 * guess is the engine's first forward pass, and it comes out as the article's 60 / 25 / 15 %
 * for a pair of glasses, with the article's loss (1 − 0.60)² = 0.16.
 */
import { describe, expect, it } from 'vitest';
import { lossValue } from '../../src/core/losses';
import { Engine } from '../../src/engine/engine';
import type { EngineEvent, StepDetail } from '../../src/engine/protocol';
import { articleExample, articleExampleConfig } from '../../src/lessons/shared/article-example';

function engineFirstForward(): StepDetail {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), { now: () => 0, schedule: () => {} });
  engine.handle({ type: 'configure', runId: 'x', config: articleExampleConfig });
  engine.handle({ type: 'step', runId: 'x', granularity: 'stage' });
  const step = events.findLast((event) => event.type === 'step');
  if (step?.type !== 'step') throw new Error('the engine sent no step detail');
  return step.detail;
}

describe('the article’s example', () => {
  it('is the engine’s own first forward pass of its settings', () => {
    const example = articleExample();
    const detail = engineFirstForward();
    expect(detail.stage).toBe('forward');
    expect(Array.from(example.input)).toEqual(Array.from(detail.input));
    expect(Array.from(example.target)).toEqual(Array.from(detail.target));
    expect(Array.from(example.params)).toEqual(Array.from(detail.params));
    expect(example.activations.map((a) => Array.from(a))).toEqual(
      detail.activations.map((a) => Array.from(a)),
    );
  });

  it('guesses 60 / 25 / 15 % for a pair of glasses, and its loss is 0.16', () => {
    const { preActivations, activations, target, layerSizes } = articleExample();
    expect(layerSizes).toEqual([2, 3]);
    expect(Array.from(target)).toEqual([1, 0, 0]);
    const a = activations[1]!;
    expect(Array.from(a, (p) => (p * 100).toFixed(1))).toEqual(['60.0', '25.0', '15.0']);
    const z = preActivations[0]!;
    const one = (v: Float64Array) => v.subarray(0, 1);
    expect(lossValue('squared', one(z), one(a), one(target), 1).toFixed(2)).toBe('0.16');
  });

  it('stays the same however often it is asked for', () => {
    expect(articleExample()).toBe(articleExample());
  });
});
