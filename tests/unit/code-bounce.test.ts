/**
 * The code lesson's reading of the "big rate" experiment, against the real program: the
 * threshold it uses is where the unclipped neuron's printout really starts to rise, and the
 * words follow what the printout shows.
 */
import { describe, expect, it } from 'vitest';
import { articleOutputLines } from '../../src/core/article-output';
import { BIG_RATE, bounceOutcome, otherNeuron, rose } from '../../src/lessons/code/bounce';
import { readPrintout, type ProgramSettings } from '../../src/lessons/code/printout';

const settings = (patch: Partial<ProgramSettings>): ProgramSettings => ({
  learningRate: 0.1,
  epochs: 100,
  activation: 'clip',
  printEvery: 25,
  extraPoints: [],
  ...patch,
});

function outcomeOf(run: ProgramSettings) {
  const lines = articleOutputLines({ ...run, extra: run.extraPoints });
  return bounceOutcome(readPrintout(lines).epochs)!;
}

describe('the big-rate experiment', () => {
  it('reads the article’s neuron at 0.9 as settled at 0.0000 by epoch 25', () => {
    expect(outcomeOf(settings({ learningRate: 0.9 }))).toMatchObject({
      kind: 'settled',
      at: { epoch: 25, loss: '0.0000' },
    });
  });

  it('at every big rate, the unclipped variant’s printout rises (the bounce the article means)', () => {
    const rates = [BIG_RATE, 0.8, 0.9, 1, 1.2, 1.5, 2, 3, 10, 100];
    for (const learningRate of rates) {
      const variant = otherNeuron(settings({ learningRate }));
      expect(variant.activation).toBe('linear');
      expect(variant.printEvery).toBe(1);
      expect(rose(outcomeOf(variant)), `rate ${learningRate}`).toBe(true);
    }
  });

  it('just below the threshold the unclipped printout does not rise yet', () => {
    const variant = otherNeuron(settings({ learningRate: 0.7 }));
    expect(outcomeOf(variant).kind).toBe('fell');
  });

  it('names each outcome from the printed numbers', () => {
    const at09 = outcomeOf(otherNeuron(settings({ learningRate: 0.9 })));
    expect(at09).toMatchObject({
      kind: 'bounced',
      up: [
        { epoch: 0, loss: '0.4958' },
        { epoch: 1, loss: '0.6025' },
      ],
      last: { epoch: 99 },
    });
    expect(outcomeOf(settings({ learningRate: 1.5, activation: 'linear' }))).toMatchObject({
      kind: 'grew',
      from: { epoch: 0, loss: '0.8584' },
      to: { epoch: 75, loss: '18.8696' },
    });
    const blown = outcomeOf(settings({ learningRate: 5, activation: 'linear' }));
    expect(blown.kind).toBe('blewUp');
    expect(outcomeOf(settings({ learningRate: 0.3, activation: 'linear' })).kind).toBe('fell');
  });

  it('keeps the learner’s print interval when it is already finer, and caps long runs', () => {
    expect(otherNeuron(settings({ learningRate: 0.9, epochs: 1000 })).printEvery).toBe(5);
    expect(
      otherNeuron(settings({ learningRate: 0.9, epochs: 1000, printEvery: 2 })).printEvery,
    ).toBe(2);
    expect(otherNeuron(settings({ learningRate: 0.9, activation: 'linear' }))).toEqual(
      settings({ learningRate: 0.9 }),
    );
  });
});
