/**
 * Lessons declare their primary action next to their own buttons, against the real engine:
 * the action names the button it stands for, does what that button does, and says when the
 * lesson's demonstration has ended.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ForwardLesson from '../../src/lessons/forward/ForwardLesson';
import LearningRateLesson from '../../src/lessons/learning-rate/LearningRateLesson';
import { RACE_IDS } from '../../src/lessons/learning-rate/race';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { useStepFocus } from '../../src/lessons/shared/step-focus';
import type { LessonId } from '../../src/store/config-schema';
import { useRuns } from '../../src/store/runs';
import { primaryActionOf, usePrimaryActions, type OwnAction } from '../../src/ui/primary-action';
import { installEngine, installStepEngine, resetStores } from './harness';

afterEach(() => {
  resetStores();
  usePrimaryActions.setState({ actions: {} });
  useStepFocus.setState(useStepFocus.getInitialState(), true);
  vi.restoreAllMocks();
});

function action(lesson: LessonId): OwnAction {
  const found = primaryActionOf(lesson);
  if (found === null || typeof found === 'string') throw new Error(`${lesson}: no own action`);
  return found;
}

const press = (lesson: LessonId) => act(() => action(lesson).run());

describe('lessons’ primary actions', () => {
  it('learning rate: starts the race the Start button would, then pauses it', () => {
    // An engine whose clock never ticks: the race starts and stands still.
    const { sent } = installStepEngine();
    render(<LearningRateLesson />);
    expect(action('learning-rate')).toMatchObject({ label: 'Start the race', done: false });
    const start = screen.getByRole('button', { name: 'Start the race' });
    expect(start).toBeEnabled();
    press('learning-rate');
    const runners = sent.filter((c) => c.type === 'configure' && c.runId.startsWith('race-'));
    expect(runners.map((c) => (c.type === 'configure' ? c.config.learningRate : null))).toEqual([
      0.01, 0.1, 1.5, 3,
    ]);
    expect(sent.at(-1)).toEqual({ type: 'play', runIds: RACE_IDS.slice(0, 4) });
    expect(action('learning-rate').label).toBe('Pause the race');
    expect(start).toBeDisabled();
    press('learning-rate');
    expect(sent.at(-1)).toEqual({ type: 'pause', runIds: RACE_IDS });
    expect(action('learning-rate')).toMatchObject({ label: 'Start the race', done: false });
  });

  it('overfitting: trains the try as Train does, and is done once the try has ended', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    installEngine({
      speed: Infinity,
      reset: () => {
        useFit.getState().reset();
        useFit.getState().setSpeed(Infinity);
      },
    });
    render(<OverfittingLesson />);
    expect(action('overfitting')).toMatchObject({
      label: 'Train the model',
      done: false,
      reveal: '.fit-transport',
    });
    press('overfitting');
    // The harness trains a playing run to its end inside the command.
    await waitFor(() => expect(useRuns.getState().runs.fit?.status).toBe('finished'));
    expect(action('overfitting')).toMatchObject({ label: 'Train the model', done: true });
    expect(screen.getByTestId('fit-results').querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('forward pass: runs the stage the main button runs, then the lesson is done', () => {
    const engine = installStepEngine();
    render(<ForwardLesson />);
    expect(action('forward')).toMatchObject({ label: 'Run the forward pass', done: false });
    press('forward');
    expect(engine.sent).toEqual([{ type: 'step', runId: 'main', granularity: 'stage' }]);
    expect(engine.detail('main').stage).toBe('forward');
    // What the button says now is what a press would do; the clicker hands on instead.
    expect(action('forward').done).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Finish this sample (the rest of the loop)' }),
    ).toBeEnabled();
  });
});
