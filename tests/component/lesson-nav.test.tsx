/**
 * The lesson links load a lesson's code as soon as a reader may follow one (pointer over it,
 * a finger on it, keyboard focus), so the lesson they jump to is not left empty while it loads.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonNav } from '../../src/app/LessonNav';
import { loadLessonAhead } from '../../src/app/lesson-views';
import { resetStores } from './harness';

vi.mock('../../src/app/lesson-views', async () => (await import('./harness')).stubLessonViews());

const loaded = () => vi.mocked(loadLessonAhead).mock.calls.map(([id]) => id);

beforeEach(() => {
  resetStores();
  vi.mocked(loadLessonAhead).mockClear();
});

describe('lesson links', () => {
  it('start loading a lesson when the pointer comes over its link', async () => {
    const user = userEvent.setup();
    render(<LessonNav />);
    await user.hover(screen.getByRole('link', { name: /Loss landscape/ }));
    expect(loaded()).toEqual(['landscape']);
  });

  it('start loading a lesson when its link takes keyboard focus', async () => {
    const user = userEvent.setup();
    render(<LessonNav />);
    // The first Tab lands on the phone's Lessons button (shown or not, jsdom has no CSS).
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: /The loop/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: /Forward pass/ })).toHaveFocus();
    expect(loaded()).toEqual(['loop', 'forward']);
  });

  it('start loading on a touch, before the tap ends', async () => {
    const user = userEvent.setup();
    render(<LessonNav />);
    await user.pointer({
      keys: '[TouchA>]',
      target: screen.getByRole('link', { name: /Overfitting/ }),
    });
    expect(loaded()).toContain('overfitting');
  });
});
