/**
 * The loop lesson's loss chart: the main run's loss per epoch (the article's total loss), with
 * the epochs its program prints marked with the values the engine measured there.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import LoopLesson from '../../src/lessons/loop/LoopLesson';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { formatLoss } from '../../src/ui/format';
import { installClockEngine } from './harness';

afterEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useCommands.setState({ sender: null, queued: [] });
});

describe('the loop lesson’s loss chart', () => {
  it('marks epochs 0, 25, 50 and 75 with the total loss the run reached there', async () => {
    const engine = installClockEngine({ speed: Infinity });
    render(<LoopLesson />);
    const marks = () =>
      within(screen.getByRole('list', { name: 'Marks on the chart' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    // The marks are there before the run, so the list does not grow under the learner's eyes.
    await waitFor(() =>
      expect(marks()).toEqual([0, 25, 50, 75].map((epoch) => `epoch ${epoch}: not reached yet`)),
    );
    engine.send({ type: 'play', runIds: ['main'] });
    engine.advance(100, 10);
    expect(useRuns.getState().runs['main']?.status).toBe('finished');
    expect(await screen.findByText('Loss per epoch of this run')).toBeInTheDocument();
    const program: number[] = [];
    runArticleProgram(ARTICLE_PROGRAM, (e) => void program.push(e.totalLoss));
    const expected = [0, 25, 50, 75].map(
      (epoch) => `epoch ${epoch}: ${formatLoss(program[epoch])}`,
    );
    await waitFor(() => expect(marks()).toEqual(expected));
    expect(expected[0]).toBe('epoch 0: 0.4635');
  });
});
