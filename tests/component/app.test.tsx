import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import Announcer, { PROGRESS_MS } from '../../src/app/announcer/Announcer';
import { keepAppearanceInSync } from '../../src/app/appearance';
import { sendCommand } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { captureDownloads, installClockEngine, resetStores } from './harness';

vi.mock('../../src/app/lesson-views', async () => (await import('./harness')).stubLessonViews());
vi.mock('../../src/app/engine-bridge', async () => (await import('./harness')).stubEngineBridge());

let stopAppearance: () => void = () => undefined;
beforeEach(() => {
  resetStores();
  stopAppearance = keepAppearanceInSync();
});
afterEach(() => {
  stopAppearance();
  vi.restoreAllMocks();
});

describe('languages', () => {
  it('switches to Arabic: right-to-left page, Arabic titles, numbers kept left-to-right', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByRole('heading', { level: 2, name: /The loop/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), 'ar');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    // The Arabic shell catalog loads on first use.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('مختبر حلقة التدريب'),
    );
    const loop = screen.getByRole('heading', { level: 2, name: /الحلقة/ });
    expect(loop.querySelector('.numbers')).toHaveTextContent('1.');
    expect(screen.getByRole('button', { name: 'تشغيل' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'وضع العرض' })).toBeInTheDocument();
    expect(screen.queryByText('Copy link')).toBeNull();

    await user.selectOptions(screen.getByLabelText('اللغة'), 'en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('header tools', () => {
  it('Reduce motion sets the setting and marks the page for the CSS', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await screen.findByRole('checkbox', { name: 'Reduce motion' });
    expect(document.documentElement.hasAttribute('data-reduced-motion')).toBe(false);
    await user.click(box);
    expect(useConfig.getState().app.reducedMotion).toBe(true);
    expect(document.documentElement.hasAttribute('data-reduced-motion')).toBe(true);
    await user.click(box);
    expect(document.documentElement.hasAttribute('data-reduced-motion')).toBe(false);
  });

  it('Copy link copies the full state and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useConfig.getState().setRunField('learningRate', 0.5);
    useConfig.getState().setAppField('theme', 'dark');
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = new URL(writeText.mock.calls[0]![0]);
    expect(link.searchParams.get('lr')).toBe('0.5');
    expect(link.searchParams.get('th')).toBe('dark');
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
  });

  it('exports the main run history as CSV and JSON, number for number', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    installClockEngine({ keepStores: true });
    for (let i = 0; i < 3; i++)
      act(() => sendCommand({ type: 'step', runId: 'main', granularity: 'epoch' }));
    render(<App />);

    await user.click(await screen.findByRole('button', { name: /Export/ }));
    await user.click(screen.getByRole('button', { name: 'History as CSV' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const csv = await downloads.files[0]!.blob.text();
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe(
      'epoch,trainLoss,trainLossSum,validationLoss,trainAccuracy,validationAccuracy,gradientNorm,learningRate',
    );
    expect(rows).toHaveLength(3);
    const run = useRuns.getState().runs.main!;
    const sums = run.series.trainLossSum.points().y;
    expect(rows.map((row) => Number(row.split(',')[2]))).toEqual([...sums]);
    expect(downloads.files[0]!.name).toBe('training-loop-lab-main-epoch-3.csv');
    expect(screen.getByText(/Saved training-loop-lab-main-epoch-3.csv/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByRole('button', { name: 'History as JSON' }));
    await waitFor(() => expect(downloads.files).toHaveLength(2));
    const json = JSON.parse(await downloads.files[1]!.blob.text());
    expect(json.runId).toBe('main');
    expect(json.settings).toEqual(useConfig.getState().run);
    expect(json.rows.map((row: { epoch: number }) => row.epoch)).toEqual([
      ...run.series.trainLossSum.points().x,
    ]);
    expect(json.rows[2].trainLossSum).toBe(sums[2]);
  });

  it('says so when there is nothing to export yet, and the menu closes with Escape', async () => {
    const user = userEvent.setup();
    captureDownloads();
    render(<App />);
    const toggle = await screen.findByRole('button', { name: /Export/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'History as CSV' }));
    expect(await screen.findByText('No history yet: play the run first.')).toBeInTheDocument();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Chart as PNG' }));
    expect(
      await screen.findByText('This lesson shows no chart to export yet.'),
    ).toBeInTheDocument();
  });

  it('gives every lesson an Embed button named after it', () => {
    render(<App />);
    const sections = document.querySelectorAll('section.lesson');
    expect(sections).toHaveLength(12);
    for (const section of sections) {
      const title = section.querySelector('h2')!.textContent!.replace(/^\d+\.\s*/, '');
      expect(
        within(section as HTMLElement).getByRole('button', { name: `Embed ${title}` }),
      ).toBeInTheDocument();
    }
  });
});

describe('announcements', () => {
  it('announces progress at a calm rate, and outcomes at once', () => {
    let now = 0;
    const engine = installClockEngine({ keepStores: true });
    render(<Announcer now={() => now} />);
    const polite = screen.getByTestId('announce-polite');
    const urgent = screen.getByTestId('announce-urgent');
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(urgent).toHaveAttribute('aria-live', 'assertive');

    act(() => sendCommand({ type: 'speed', epochsPerSecond: 10 }));
    act(() => sendCommand({ type: 'play', runIds: ['main'] }));
    engine.advance(300);
    expect(polite.textContent).toMatch(/^Epoch \d+, loss \d\.\d{4}$/);
    const first = polite.textContent;

    now += PROGRESS_MS / 2;
    engine.advance(300);
    expect(polite.textContent).toBe(first);

    now += PROGRESS_MS / 2;
    engine.advance(300);
    expect(polite.textContent).not.toBe(first);
    const epoch = useRuns.getState().runs.main!.counters.epoch;
    expect(polite.textContent).toContain(`Epoch ${epoch},`);

    act(() =>
      useRuns
        .getState()
        .applyEvents([{ type: 'status', runId: 'main', status: 'diverged', epoch }]),
    );
    expect(urgent.textContent).toBe(
      `Training diverged at epoch ${epoch}: the loss is no longer a finite number.`,
    );
  });

  it('announces the end of a run immediately, with its loss', () => {
    let now = 0;
    useConfig.getState().setRunField('epochs', 3);
    const engine = installClockEngine({ keepStores: true });
    render(<Announcer now={() => now} />);
    act(() => sendCommand({ type: 'speed', epochsPerSecond: 1000 }));
    act(() => sendCommand({ type: 'play', runIds: ['main'] }));
    now += 1;
    engine.advance(1000);
    expect(useRuns.getState().runs.main!.status).toBe('finished');
    expect(screen.getByTestId('announce-polite').textContent).toMatch(
      /^Training finished after epoch 3, loss \d\.\d{4}\.$/,
    );
  });
});
