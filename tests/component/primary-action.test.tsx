/**
 * The registry of lessons' primary actions: a lesson declares its action while mounted, a
 * press always runs the latest closure, and the entry goes when the lesson does.
 */
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DeclarePrimaryAction,
  MAIN_RUN_ACTION,
  NO_ACTION,
  primaryActionOf,
  usePrimaryAction,
  usePrimaryActions,
  type ActionSpec,
  type OwnAction,
} from '../../src/ui/primary-action';

beforeEach(() => usePrimaryActions.setState({ actions: {} }));

function Race(props: { action: ActionSpec | typeof MAIN_RUN_ACTION | typeof NO_ACTION }) {
  usePrimaryAction('learning-rate', props.action);
  return null;
}

const own = (lesson: 'learning-rate' | 'forward') => primaryActionOf(lesson) as OwnAction;

describe('primary actions', () => {
  it('holds a lesson’s action while it is mounted, and drops it after', () => {
    const run = vi.fn();
    const view = render(<Race action={{ label: 'Start the race', run }} />);
    expect(own('learning-rate')).toMatchObject({
      label: 'Start the race',
      done: false,
      reveal: null,
    });
    own('learning-rate').run();
    expect(run).toHaveBeenCalledTimes(1);
    view.unmount();
    expect(primaryActionOf('learning-rate')).toBeNull();
  });

  it('follows the label, the end and the latest closure as the lesson re-renders', () => {
    const first = vi.fn();
    const second = vi.fn();
    const view = render(<Race action={{ label: 'Start the race', run: first }} />);
    view.rerender(
      <Race action={{ label: 'Pause the race', run: second, done: true, reveal: '.x' }} />,
    );
    expect(own('learning-rate')).toMatchObject({
      label: 'Pause the race',
      done: true,
      reveal: '.x',
    });
    own('learning-rate').run();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    // A new closure with the same label and state re-registers nothing, yet is the one run.
    const entry = own('learning-rate');
    const third = vi.fn();
    view.rerender(
      <Race action={{ label: 'Pause the race', run: third, done: true, reveal: '.x' }} />,
    );
    expect(own('learning-rate')).toBe(entry);
    entry.run();
    expect(third).toHaveBeenCalledTimes(1);
  });

  it('names the shared actions by their keyword', () => {
    const view = render(<Race action={MAIN_RUN_ACTION} />);
    expect(primaryActionOf('learning-rate')).toBe('main-run');
    view.rerender(<Race action={NO_ACTION} />);
    expect(primaryActionOf('learning-rate')).toBe('none');
  });

  it('keeps each lesson’s entry apart, and can be declared as an element', () => {
    const run = vi.fn();
    render(
      <>
        <Race action={MAIN_RUN_ACTION} />
        <DeclarePrimaryAction lesson="forward" label="Run the forward pass" run={run} />
      </>,
    );
    expect(primaryActionOf('learning-rate')).toBe('main-run');
    expect(own('forward').label).toBe('Run the forward pass');
    act(() => own('forward').run());
    expect(run).toHaveBeenCalledTimes(1);
  });
});
