import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { keepAppearanceInSync } from '../../src/app/appearance';
import { HOST_SOURCE } from '../../src/app/embed/protocol';
import { readUrlState } from '../../src/app/url-state';
import { useConfig } from '../../src/store/config';
import { installEngine, resetStores } from './app-harness';

vi.mock('../../src/app/lesson-views', async () =>
  (await import('./app-harness')).stubLessonViews(),
);
vi.mock('../../src/app/engine-bridge', async () =>
  (await import('./app-harness')).stubEngineBridge(),
);

let stopAppearance: () => void = () => undefined;
beforeEach(() => {
  resetStores();
  installEngine();
  stopAppearance = keepAppearanceInSync();
});
afterEach(() => {
  stopAppearance();
  vi.restoreAllMocks();
});

/** A real second window standing in for the host page, and a ResizeObserver we can fire. */
function hostFrame() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const host = frame.contentWindow!;
  const posted: unknown[] = [];
  host.postMessage = ((message: unknown) => posted.push(message)) as typeof host.postMessage;
  Object.defineProperty(window, 'parent', { value: host, configurable: true });

  let height = 321.4;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ height, width: 600, top: 0, bottom: height }) as DOMRect,
  );
  const observers: ResizeObserverCallback[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
      unobserve() {}
    },
  );
  return {
    host,
    posted,
    resize(to: number) {
      height = to;
      for (const callback of observers) callback([], {} as ResizeObserver);
    },
    send(data: unknown, source: Window = host) {
      act(() => {
        window.dispatchEvent(new MessageEvent('message', { data, source }));
      });
    },
    restore() {
      Object.defineProperty(window, 'parent', { value: window, configurable: true });
      vi.unstubAllGlobals();
      frame.remove();
    },
  };
}

describe('embed mode', () => {
  it('shows the lesson alone, with the transport only for a lesson on the main run', async () => {
    useConfig.getState().setAppField('embed', 'loop');
    const { unmount } = render(<App />);
    expect(await screen.findByTestId('view-loop')).toBeInTheDocument();
    expect(document.documentElement.dataset.mode).toBe('embed');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Training Loop Lab');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1. The loop');
    expect(screen.getByRole('region', { name: '1. The loop' })).toHaveAttribute('id', 'loop');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: /Embed|Presenter mode|Copy link/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(document.querySelectorAll('section.lesson')).toHaveLength(1);
    unmount();

    act(() => useConfig.getState().setAppField('embed', 'learning-rate'));
    render(<App />);
    expect(await screen.findByTestId('view-learning-rate')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('posts its height to the host when it renders and whenever it changes', async () => {
    const frame = hostFrame();
    try {
      useConfig.getState().setAppField('embed', 'loop');
      render(<App />);
      await screen.findByTestId('view-loop');
      expect(frame.posted).toEqual([
        { source: 'training-loop-lab', type: 'resize', lesson: 'loop', height: 322 },
      ]);
      frame.resize(322);
      expect(frame.posted).toHaveLength(1);
      frame.resize(500);
      expect(frame.posted.at(-1)).toEqual({
        source: 'training-loop-lab',
        type: 'resize',
        lesson: 'loop',
        height: 500,
      });
      frame.send({ source: HOST_SOURCE, type: 'request-height' });
      expect(frame.posted).toHaveLength(3);
    } finally {
      frame.restore();
    }
  });

  it('obeys a valid set-theme from its host and ignores everything else', async () => {
    const frame = hostFrame();
    try {
      useConfig.getState().setAppField('embed', 'loop');
      render(<App />);
      await screen.findByTestId('view-loop');
      const theme = () => useConfig.getState().app.theme;

      frame.send({ source: HOST_SOURCE, type: 'set-theme', theme: 'system' });
      frame.send({ source: HOST_SOURCE, type: 'set-theme', theme: 'dark', more: true });
      frame.send({ source: 'someone-else', type: 'set-theme', theme: 'dark' });
      frame.send('set-theme dark');
      frame.send(null);
      frame.send({ source: HOST_SOURCE, type: 'set-theme', theme: 'dark' }, window);
      expect(theme()).toBe('system');

      frame.send({ source: HOST_SOURCE, type: 'set-theme', theme: 'dark' });
      expect(theme()).toBe('dark');
      expect(document.documentElement.dataset.theme).toBe('dark');
      frame.send({ source: HOST_SOURCE, type: 'set-theme', theme: 'light' });
      expect(theme()).toBe('light');
    } finally {
      frame.restore();
    }
  });
});

describe('the Embed dialog', () => {
  it('gives the iframe snippet with the current settings, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useConfig.getState().setRunField('learningRate', 0.5);
    useConfig.getState().setAppField('theme', 'dark');
    useConfig.getState().setAppField('lesson', 'update');
    render(<App />);

    const open = screen.getByRole('button', { name: 'Embed Learning rate' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Embed “Learning rate”' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const code = screen.getByLabelText('Code to paste') as HTMLTextAreaElement;
    const snippet = code.value;

    const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
    const url = new URL(src);
    expect(`${url.origin}${url.pathname}`).toBe(`${location.origin}${location.pathname}`);
    const { run, app, notices } = readUrlState(url.search);
    expect(notices).toEqual([]);
    expect(app.embed).toBe('learning-rate');
    expect(app.theme).toBe('dark');
    expect(run.learningRate).toBe(0.5);
    expect(url.searchParams.has('ls')).toBe(false);
    expect(url.searchParams.has('mode')).toBe(false);
    expect(snippet).toContain('title="Training Loop Lab: Learning rate"');
    expect(snippet).toContain('style="width:100%;border:0"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain("addEventListener('message'");
    expect(snippet).toContain(`event.origin !== "${location.origin}"`);

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(await screen.findByText('Copied')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(open).toHaveFocus());
  });

  it('selects the code for copying by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Embed The loop' }));
    await user.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(
      await screen.findByText(/The browser refused to copy: the code is selected/),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('Code to paste') as HTMLTextAreaElement;
    expect(code.selectionEnd - code.selectionStart).toBe(code.value.length);
  });
});
