import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { keepAppearanceInSync } from '../../src/app/appearance';
import { forwardMove, presenterAction } from '../../src/app/presenter/keys';
import { useConfig } from '../../src/store/config';
import type { LessonId } from '../../src/store/config-schema';
import {
  MAIN_RUN_ACTION,
  NO_ACTION,
  usePrimaryActions,
  type PrimaryAction,
} from '../../src/ui/primary-action';
import { installClockEngine, resetStores, type ClockEngine } from './harness';

vi.mock('../../src/app/lesson-views', async () => (await import('./harness')).stubLessonViews());
vi.mock('../../src/app/engine-bridge', async () => (await import('./harness')).stubEngineBridge());

let stopAppearance: () => void = () => undefined;
let engine: ClockEngine;
beforeEach(() => {
  resetStores();
  usePrimaryActions.setState({ actions: {} });
  stopAppearance = keepAppearanceInSync();
  engine = installClockEngine({ keepStores: true });
});
afterEach(() => {
  stopAppearance();
  vi.restoreAllMocks();
});

async function openPresenter(lesson = 'loop') {
  useConfig.getState().setAppField('lesson', lesson);
  useConfig.getState().setAppField('mode', 'presenter');
  render(<App />);
  return screen.findByRole('navigation', { name: 'Presenter controls' });
}

const lastCommand = () => engine.sent[engine.sent.length - 1];
const position = () => screen.getByText(/^Lesson \d+ of 12$/).textContent;
const hint = () => screen.queryByTestId('presenter-primary')?.textContent ?? null;

/** What a lesson would declare when its view mounts (the views are stubs here). */
function declare(lesson: LessonId, action: PrimaryAction): void {
  act(() =>
    usePrimaryActions.setState((state) => ({ actions: { ...state.actions, [lesson]: action } })),
  );
}

describe('presenter mode', () => {
  it('shows one lesson, large and high-contrast, with reduced controls', async () => {
    await openPresenter();
    expect(document.documentElement.dataset.mode).toBe('presenter');
    expect(document.querySelectorAll('section.lesson')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: /The loop/ })).toBeInTheDocument();
    expect(position()).toBe('Lesson 1 of 12');
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Lessons' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Embed/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous lesson' })).toBeDisabled();
  });

  it('moves between lessons with the buttons, N/P, PageUp, ← and the digits', async () => {
    const user = userEvent.setup();
    await openPresenter();
    await user.click(screen.getByRole('button', { name: 'Next lesson' }));
    expect(position()).toBe('Lesson 2 of 12');
    expect(screen.getByRole('heading', { level: 2, name: /Forward pass/ })).toHaveFocus();
    await user.keyboard('n');
    expect(position()).toBe('Lesson 3 of 12');
    expect(useConfig.getState().app.lesson).toBe('loss');
    await user.keyboard('{PageUp}');
    expect(position()).toBe('Lesson 2 of 12');
    await user.keyboard('N');
    await user.keyboard('p');
    expect(position()).toBe('Lesson 2 of 12');
    await user.keyboard('{ArrowLeft}');
    expect(position()).toBe('Lesson 1 of 12');
    await user.keyboard('{ArrowLeft}');
    expect(position()).toBe('Lesson 1 of 12');
    await user.keyboard('9');
    expect(position()).toBe('Lesson 9 of 12');
    expect(screen.getByRole('heading', { level: 2, name: /Overfitting/ })).toBeInTheDocument();
    await user.keyboard('{Control>}2{/Control}');
    expect(position()).toBe('Lesson 9 of 12');
  });

  it('a lesson that declares the main run: Space, → and PageDown play and pause it, S steps, R resets', async () => {
    const user = userEvent.setup();
    await openPresenter('landscape');
    declare('landscape', MAIN_RUN_ACTION);
    expect(hint()).toBe('Space: Play the training');
    await user.keyboard(' ');
    expect(lastCommand()).toEqual({ type: 'play', runIds: ['main'] });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(hint()).toBe('Space: Pause the training');
    await user.keyboard('{ArrowRight}');
    expect(lastCommand()).toEqual({ type: 'pause', runIds: ['main'] });
    await user.keyboard('{PageDown}');
    expect(lastCommand()).toEqual({ type: 'play', runIds: ['main'] });
    await user.keyboard(' ');
    await user.keyboard('s');
    expect(lastCommand()).toEqual({ type: 'step', runId: 'main', granularity: 'stage' });
    await user.keyboard('r');
    expect(lastCommand()).toEqual({ type: 'reset', runIds: ['main'] });
    expect(position()).toBe('Lesson 7 of 12');
  });

  it("does a lesson's own action, and moves on once it has nothing left to do", async () => {
    const user = userEvent.setup();
    await openPresenter('learning-rate');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    const run = vi.fn();
    const race = (done: boolean, label = 'Start the race') =>
      declare('learning-rate', { label, run, done, reveal: null });
    race(false);
    expect(hint()).toBe('Space: Start the race');
    const before = engine.sent.length;
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{PageDown}');
    expect(run).toHaveBeenCalledTimes(3);
    // The main run is not this lesson's: its keys leave it alone.
    await user.keyboard('rs');
    expect(engine.sent).toHaveLength(before);
    race(true);
    expect(hint()).toBe('Space: Next lesson');
    await user.keyboard('{PageDown}');
    expect(run).toHaveBeenCalledTimes(3);
    expect(position()).toBe('Lesson 7 of 12');
  });

  it('starts an action that ended before the lesson came on screen, rather than skip it', async () => {
    const user = userEvent.setup();
    await openPresenter('overfitting');
    const run = vi.fn();
    declare('overfitting', { label: 'Train the model', run, done: true, reveal: null });
    expect(hint()).toBe('Space: Train the model');
    await user.keyboard(' ');
    expect(run).toHaveBeenCalledTimes(1);
    expect(position()).toBe('Lesson 9 of 12');
    // Pressed once on this visit: its end now hands on.
    expect(hint()).toBe('Space: Next lesson');
    await user.keyboard(' ');
    expect(position()).toBe('Lesson 10 of 12');
  });

  it('brings the part of the lesson where the action shows into view', async () => {
    const user = userEvent.setup();
    await openPresenter('learning-rate');
    const results = document.createElement('div');
    results.className = 'race-results';
    document.getElementById('learning-rate')!.append(results);
    const scroll = vi.fn();
    results.scrollIntoView = scroll;
    declare('learning-rate', {
      label: 'Start',
      run: vi.fn(),
      done: false,
      reveal: '.race-results',
    });
    await user.keyboard(' ');
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'start' }));
  });

  it('a lesson with nothing to run hands on at once; one still loading is not skipped', async () => {
    const user = userEvent.setup();
    await openPresenter('scale');
    // Nothing declared yet: the press waits, and does not scroll the page either.
    expect(hint()).toBeNull();
    expect(fireEvent.keyDown(window, { key: ' ' })).toBe(false);
    expect(position()).toBe('Lesson 11 of 12');
    declare('scale', NO_ACTION);
    expect(hint()).toBe('Space: Next lesson');
    await user.keyboard(' ');
    expect(position()).toBe('Lesson 12 of 12');
  });

  it('ignores keys typed into a field', async () => {
    await openPresenter();
    const field = document.createElement('input');
    document.getElementById('loop')!.append(field);
    const before = engine.sent.length;
    for (const key of [' ', 'PageDown', '3', 'r']) fireEvent.keyDown(field, { key });
    expect(engine.sent).toHaveLength(before);
    expect(position()).toBe('Lesson 1 of 12');
  });

  it('? opens the key list as a modal dialog: focus inside, Tab trapped, Escape closes', async () => {
    const user = userEvent.setup();
    await openPresenter();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Space / → / PageDown');
    expect(dialog).toHaveTextContent('← / PageUp');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    // Keys inside the dialog are the dialog's own.
    await user.keyboard('{PageDown}');
    expect(position()).toBe('Lesson 1 of 12');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the help button opens the list and focus returns to it on close', async () => {
    const user = userEvent.setup();
    await openPresenter();
    const help = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(help);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(help).toHaveFocus();
  });

  it('is entered with the header button (asking for full screen) and left with its own', async () => {
    const user = userEvent.setup();
    const requestFullscreen = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    document.documentElement.requestFullscreen = requestFullscreen;
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Presenter mode' }));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Lesson 1 of 12')).toBeInTheDocument();
    expect(useConfig.getState().app.mode).toBe('presenter');
    // Not (yet) full screen, so the presenter can ask again with a gesture of their own.
    await user.click(screen.getByRole('button', { name: 'Go full screen' }));
    expect(requestFullscreen).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Leave presenter mode' }));
    expect(useConfig.getState().app.mode).toBe('learner');
    expect(screen.getByRole('navigation', { name: 'Lessons' })).toBeInTheDocument();
    expect(document.querySelectorAll('section.lesson')).toHaveLength(12);
    Reflect.deleteProperty(document, 'fullscreenEnabled');
  });

  it('collapses the notices of a bad link', async () => {
    act(() => useConfig.getState().setRunField('learningRate', -1));
    await openPresenter();
    const summary = screen.getByText('Settings the link could not use (1)');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('Some settings in the link were ignored')).not.toBeVisible();
  });
});

describe('presenter keys', () => {
  const press = (key: string, target: EventTarget | null = document.body, extra = {}) =>
    presenterAction({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...extra });

  it('maps the documented keys', () => {
    expect(press(' ')).toEqual({ type: 'primary' });
    expect(press('ArrowRight')).toEqual({ type: 'primary' });
    expect(press('PageDown')).toEqual({ type: 'primary' });
    expect(press('ArrowLeft')).toEqual({ type: 'lesson', delta: -1 });
    expect(press('PageUp')).toEqual({ type: 'lesson', delta: -1 });
    expect(press('n')).toEqual({ type: 'lesson', delta: 1 });
    expect(press('P')).toEqual({ type: 'lesson', delta: -1 });
    expect(press('s')).toEqual({ type: 'step' });
    expect(press('R')).toEqual({ type: 'reset' });
    expect(press('?')).toEqual({ type: 'help' });
    expect(press('7')).toEqual({ type: 'jump', number: 7 });
    expect(press('0')).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('r', document.body, { metaKey: true })).toBeNull();
  });

  it('leaves Space to a focused button and arrows to a slider', () => {
    const button = document.createElement('button');
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    expect(press(' ', button)).toBeNull();
    expect(press('PageDown', button)).toEqual({ type: 'primary' });
    expect(press('ArrowRight', slider)).toBeNull();
    expect(press('select', document.createElement('select'))).toBeNull();
  });

  it('moves on only once the action has had something to do on this visit', () => {
    expect(forwardMove(null, true)).toBe('wait');
    expect(forwardMove('none', false)).toBe('next-lesson');
    expect(forwardMove({ done: false }, false)).toBe('action');
    expect(forwardMove({ done: false }, true)).toBe('action');
    expect(forwardMove({ done: true }, false)).toBe('action');
    expect(forwardMove({ done: true }, true)).toBe('next-lesson');
  });
});
