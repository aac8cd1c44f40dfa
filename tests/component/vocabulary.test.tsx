/** The vocabulary lesson: the calculator's arithmetic, and live counters that agree with it. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent } from '../../src/engine/protocol';
import VocabularyLesson from '../../src/lessons/vocabulary/VocabularyLesson';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';

function installEngine(): (command: EngineCommand) => void {
  useRuns.getState().reset();
  useConfig.getState().reset();
  const events: EngineEvent[] = [];
  const ticks: (() => void)[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: (fn) => void ticks.push(fn),
  });
  const deliver = (command: EngineCommand) => {
    engine.handle(command);
    for (let n = 0; ticks.length > 0 && n < 10_000; n++) ticks.shift()?.();
    useRuns.getState().applyEvents(events.splice(0));
  };
  act(() => {
    useCommands.setState({ sender: null, queued: [] });
    useCommands.getState().install(deliver);
    deliver({ type: 'speed', epochsPerSecond: Infinity });
    deliver({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  });
  return (command) => act(() => useCommands.getState().send(command));
}

let send: (command: EngineCommand) => void;
beforeEach(() => {
  send = installEngine();
});

const calculator = () => screen.getByRole('region', { name: 'Calculator' });

describe('epoch, batch, iteration calculator', () => {
  it("shows the article's example with both conventions: 31 or 32 iterations, 3,100 or 3,200 updates", () => {
    render(<VocabularyLesson />);
    const calc = within(calculator());
    expect(calc.getByText('1,000 ÷ 32 = 31')).toBeInTheDocument();
    expect(calc.getByText(/and one short batch of/)).toHaveTextContent('8');
    expect(calc.getByTestId('keep-per-epoch')).toHaveTextContent('ceil(1,000 / 32) = 32');
    expect(calc.getByTestId('drop-per-epoch')).toHaveTextContent('floor(1,000 / 32) = 31');
    expect(calc.getByTestId('keep-total')).toHaveTextContent('32 × 100 = 3,200');
    expect(calc.getByTestId('drop-total')).toHaveTextContent('31 × 100 = 3,100');
    expect(calc.getByRole('img')).toHaveAccessibleName(
      'One epoch as 32 batches of up to 32 samples, the last one holding only 8.',
    );
  });

  it('recomputes as the numbers change and explains a rejected value', async () => {
    const user = userEvent.setup();
    render(<VocabularyLesson />);
    const batch = screen.getByLabelText('Batch size');
    await user.clear(batch);
    await user.type(batch, '50');
    const calc = within(calculator());
    expect(calc.getByTestId('keep-total')).toHaveTextContent('20 × 100 = 2,000');
    expect(calc.getByTestId('drop-total')).toHaveTextContent('20 × 100 = 2,000');
    expect(calc.getByText(/with nothing left over/)).toBeInTheDocument();
    await user.clear(batch);
    await user.type(batch, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to');
    expect(calc.getByTestId('keep-total')).toHaveTextContent('20 × 100 = 2,000');
  });

  it('draws the grouping without animation when motion is reduced', () => {
    useConfig.getState().setAppField('reducedMotion', true);
    const { container } = render(<VocabularyLesson />);
    const boxes = container.querySelectorAll('.batch-strip .batch-box');
    expect(boxes).toHaveLength(32);
    expect(boxes[31]).toHaveClass('partial');
    expect(boxes[31]?.textContent).toBe('8');
  });
});

describe('live counters of the main run', () => {
  // The counters refresh at 10 Hz, so each check waits for the latest numbers.
  it('agree with the calculator filled in with the run’s own settings', async () => {
    render(<VocabularyLesson />);
    const live = within(screen.getByRole('region', { name: 'The counters of the run at the top' }));
    expect(
      live.getByText('That run trains on 4 samples, 1 per batch, for 100 epochs.'),
    ).toBeVisible();
    expect(live.getByTestId('keep-total')).toHaveTextContent('4 × 100 = 400');

    send({ type: 'step', runId: 'main', granularity: 'batch' });
    send({ type: 'step', runId: 'main', granularity: 'batch' });
    await waitFor(() =>
      expect(live.getByText('Iterations done in this epoch').nextSibling).toHaveTextContent(
        '2 / 4',
      ),
    );
    expect(live.getByTestId('agreement')).toHaveTextContent('Matches the run above: 0 × 4 + 2 = 2');
    // The tick is an SVG icon, hidden from assistive technology, not a ✓ character.
    expect(live.getByTestId('agreement').querySelector('svg[data-icon="check"]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );

    send({ type: 'step', runId: 'main', granularity: 'epoch' });
    await waitFor(() =>
      expect(live.getByText('Epochs done').nextSibling).toHaveTextContent('1 / 100'),
    );
    expect(live.getByTestId('agreement')).toHaveTextContent('1 × 4 + 0 = 4');

    send({ type: 'play', runIds: ['main'] });
    expect(useRuns.getState().runs.main?.status).toBe('finished');
    await waitFor(() =>
      expect(live.getByText('Weight updates so far').nextSibling).toHaveTextContent('400 / 400'),
    );
    expect(live.getByTestId('agreement')).toHaveTextContent(
      'Matches the run above: 100 × 4 + 0 = 400',
    );
  });

  it('follows a batched network run: 140 training samples in batches of 32 give 5 iterations', async () => {
    render(<VocabularyLesson />);
    act(() => {
      const config = useConfig.getState();
      config.setRunField('model', 'mlp');
      config.setRunField('batchSize', 32);
      config.setRunField('epochs', 3);
      send({ type: 'configure', runId: 'main', config: useConfig.getState().run });
    });
    send({ type: 'play', runIds: ['main'] });
    const live = within(screen.getByRole('region', { name: 'The counters of the run at the top' }));
    expect(
      live.getByText('That run trains on 140 samples, 32 per batch, for 3 epochs.'),
    ).toBeVisible();
    await waitFor(() => expect(live.getByTestId('agreement')).toHaveTextContent('3 × 5 + 0 = 15'));
  });
});
