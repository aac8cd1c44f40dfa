/**
 * The loop diagram tells the truth at every speed: one lit stage, the one the engine just ran,
 * when paused or playing at a teaching pace; a chasing highlight with the real loop rate when
 * the run plays too fast to follow; and only a still label with reduced motion.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../src/core/trainer';
import { formatRate, LoopDiagram } from '../../src/lessons/loop/LoopDiagram';
import LoopLesson from '../../src/lessons/loop/LoopLesson';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { installClockEngine } from './harness';

afterEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useCommands.setState({ sender: null, queued: [] });
});

const diagram = () => screen.getByRole('figure', { name: 'The training loop' });
const lit = () =>
  Array.from(diagram().querySelectorAll<HTMLElement>('.loop-stage.lit')).map(
    (box) => box.dataset.stage,
  );
const current = () =>
  Array.from(diagram().querySelectorAll<HTMLElement>('[aria-current="step"]')).map(
    (box) => box.dataset.stage,
  );
/** A live counter's value (each is a dt followed by its dd). */
const counter = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling;
const sample = () => counter('Sample')?.textContent ?? null;

describe('LoopDiagram', () => {
  it.each(['forward', 'loss', 'backprop', 'update'] as const)(
    'lights %s alone while playing one stage at a time',
    (stage: Stage) => {
      render(<LoopDiagram activity={{ kind: 'stages', stage }} />);
      expect(lit()).toEqual([stage]);
      expect(current()).toEqual([stage]);
      expect(diagram().querySelector('.loop-ring')).not.toHaveClass('chasing');
      expect(screen.getByTestId('loop-rate')).toHaveTextContent(
        'One stage at a time: the lit box is the stage the engine has just run.',
      );
    },
  );

  it('spins with the real rate, lighting no box, when too fast to follow', () => {
    render(<LoopDiagram activity={{ kind: 'spinning', loopsPerSecond: 39.6 }} />);
    expect(lit()).toEqual([]);
    expect(current()).toEqual([]);
    expect(diagram().querySelector('.loop-ring')).toHaveClass('chasing');
    expect(screen.getByTestId('loop-rate')).toHaveTextContent(
      '40 loops a second: far too fast to follow one stage at a time.',
    );
  });

  it('with reduced motion keeps only a still rate label', () => {
    useConfig.getState().setAppField('reducedMotion', true);
    render(<LoopDiagram activity={{ kind: 'spinning', loopsPerSecond: 1234 }} />);
    expect(lit()).toEqual([]);
    expect(diagram().querySelector('.chasing')).toBeNull();
    expect(screen.getByTestId('loop-rate')).toHaveTextContent('×1,200 a second');
  });

  it('writes rates with two significant digits', () => {
    expect([0.5, 9.96, 16, 39.6, 1234, 1_987_654].map(formatRate)).toEqual([
      '0.5',
      '10.0',
      '16',
      '40',
      '1,200',
      '2,000,000',
    ]);
  });
});

describe('the loop lesson while the main run plays', () => {
  it('at 1 epoch/s lights forward, loss, backprop, update in turn, and Sample advances', () => {
    const engine = installClockEngine({ speed: 1 });
    render(<LoopLesson />);
    expect(lit()).toEqual([]);
    engine.send({ type: 'play', runIds: ['main'] });
    const seen: { lit: (string | undefined)[]; sample: string | null }[] = [];
    for (let k = 0; k < 16; k++) {
      // 16 stages a second: one every 62.5 ms.
      engine.advance(62.5, 62.5);
      seen.push({ lit: lit(), sample: sample() });
    }
    expect(seen.every((s) => s.lit.length === 1)).toBe(true);
    const cycle = ['forward', 'loss', 'backprop', 'update'];
    expect(seen.map((s) => s.lit[0])).toEqual(Array.from({ length: 16 }, (_, k) => cycle[k % 4]));
    expect(seen.slice(0, 12).map((s) => s.sample)).toEqual([
      '1 / 4',
      '1 / 4',
      '1 / 4',
      '1 / 4',
      '2 / 4',
      '2 / 4',
      '2 / 4',
      '2 / 4',
      '3 / 4',
      '3 / 4',
      '3 / 4',
      '3 / 4',
    ]);
    // Past the epoch's end the counters start again.
    expect(counter('Iteration')).toHaveTextContent('0 / 4');
    expect(counter('Epoch')).toHaveTextContent('1');
  });

  it('at 10 epochs/s spins and says how many loops a second the engine really makes', () => {
    const engine = installClockEngine({ speed: 10 });
    render(<LoopLesson />);
    engine.send({ type: 'play', runIds: ['main'] });
    engine.advance(1500, 20);
    expect(lit()).toEqual([]);
    expect(diagram()).toHaveAttribute('data-activity', 'spinning');
    // 10 epochs of 4 updates each a second.
    expect(screen.getByTestId('loop-rate')).toHaveTextContent(/^(39|40|41) loops a second/);
    engine.send({ type: 'pause' });
    expect(diagram()).toHaveAttribute('data-activity', 'paused');
    expect(screen.getByTestId('loop-rate')).toHaveTextContent(/^$/);
  });
});
