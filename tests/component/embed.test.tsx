import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { keepAppearanceInSync } from '../../src/app/appearance';
import { HOST_SOURCE } from '../../src/app/embed/protocol';
import { readUrlState } from '../../src/app/url-state';
import { useConfig } from '../../src/store/config';
import { EMBED_VARIANT, useLessonT, type LessonMessages } from '../../src/ui/i18n';
import { installClockEngine, resetStores } from './harness';

vi.mock('../../src/app/lesson-views', async () => (await import('./harness')).stubLessonViews());
vi.mock('../../src/app/engine-bridge', async () => (await import('./harness')).stubEngineBridge());

let stopAppearance: () => void = () => undefined;
beforeEach(() => {
  resetStores();
  installClockEngine({ keepStores: true });
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

  it('posts its laid-out height once, then real changes only, and answers the host', async () => {
    const frame = hostFrame();
    try {
      useConfig.getState().setAppField('embed', 'loop');
      render(<App />);
      await screen.findByTestId('view-loop');
      const resize = (height: number) => ({
        source: 'training-loop-lab',
        type: 'resize',
        lesson: 'loop',
        height,
      });
      // Not at once: only after the lesson's height has held still (see height-poster).
      expect(frame.posted).toEqual([]);
      await waitFor(() => expect(frame.posted).toEqual([resize(322)]));
      frame.resize(322);
      frame.resize(500);
      await waitFor(() => expect(frame.posted).toEqual([resize(322), resize(500)]));
      // A shrink of a few pixels is not worth moving the host page for.
      frame.resize(490);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(frame.posted).toHaveLength(2);
      frame.send({ source: HOST_SOURCE, type: 'request-height' });
      expect(frame.posted).toEqual([resize(322), resize(500), resize(490)]);
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

describe('words in an embed', () => {
  const catalog = {
    en: {
      hint: 'Press Play in the bar at the top of the page.',
      'hint@embed': 'Press Play above.',
    },
    ar: { hint: 'اضغط Play في الشريط أعلى الصفحة.', 'hint@embed': 'اضغط Play في الأعلى.' },
  } satisfies LessonMessages<'hint' | 'hint@embed'>;
  function Probe() {
    const t = useLessonT(catalog);
    return <p>{t('hint')}</p>;
  }

  it('uses a message’s @embed variant in embed mode only, in either language', () => {
    const { container } = render(<Probe />);
    expect(container).toHaveTextContent('Press Play in the bar at the top of the page.');
    act(() => useConfig.getState().setAppField('embed', 'landscape'));
    expect(container).toHaveTextContent('Press Play above.');
    act(() => useConfig.getState().setAppField('lang', 'ar'));
    expect(container).toHaveTextContent('اضغط Play في الأعلى.');
  });

  it('gives each variant in the lessons its key and both languages, without the page around it', () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../src/lessons/**/*messages.ts', {
      eager: true,
    });
    const variants: string[] = [];
    for (const [path, module] of Object.entries(modules)) {
      for (const value of Object.values(module)) {
        const catalog = value as Partial<LessonMessages<string>>;
        if (typeof catalog?.en !== 'object' || typeof catalog.ar !== 'object') continue;
        for (const [key, text] of Object.entries(catalog.en)) {
          if (!key.endsWith(EMBED_VARIANT)) continue;
          variants.push(`${path} ${key}`);
          expect(catalog.en, key).toHaveProperty([key.slice(0, -EMBED_VARIANT.length)]);
          expect(catalog.ar[key], key).toBeTruthy();
          expect(text).not.toMatch(/top of the page|the bar at|in the \w+ lesson/i);
        }
      }
    }
    // The one the issue saw: the landscape's "in the bar at the top of the page".
    expect(variants).toContain('../../src/lessons/landscape/messages.ts realHint@embed');
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
