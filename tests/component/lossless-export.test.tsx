/**
 * Lossless exports from the page's side: the main run keeps every epoch in the worker, the
 * 'full-history' request hands it over (its arrays moved, not copied), and Export CSV / JSON
 * write every epoch of it, never the thinned history the charts draw.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportMainHistory } from '../../src/app/export/actions';
import { ExportMenu } from '../../src/app/tools/ExportMenu';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent } from '../../src/engine/protocol';
import { requestFromEngine, useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { acquireRun, configureRun } from '../../src/store/run-registry';
import { useRuns } from '../../src/store/runs';
import { HISTORY_COLUMNS } from '../../src/ui/export/history';
import { articleCliEpochs, expectCsvMatchesCli } from '../cli-harness';
import { captureDownloads, connectEngine, installEngine, resetStores } from './harness';

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the main run's export after 50,000 epochs", () => {
  it('writes 50,001 CSV lines from the worker, each matching the command line’s JSON lines', async () => {
    const epochs = 50_000;
    const downloads = captureDownloads();
    const lab = installEngine({ speed: Infinity });
    // What engine-bridge sends when the settings change.
    expect(useConfig.getState().setRunField('epochs', epochs)).toBe(true);
    lab.send({
      type: 'configure',
      runId: 'main',
      config: useConfig.getState().run,
      keepEveryEpoch: true,
    });
    lab.send({ type: 'play', runIds: ['main'] });
    const run = useRuns.getState().runs.main!;
    expect(run.status).toBe('finished');
    expect(run.counters.epoch).toBe(epochs);
    // The charts' history is thinned: an export from it could not have every epoch.
    expect(run.series.trainLossSum.points().x.length).toBeLessThan(epochs);

    const { history } = await requestFromEngine('full-history', { runId: 'main' });
    expect(history?.epochs).toBe(epochs);

    const result = await exportMainHistory('csv');
    expect(result).toEqual({ ok: true, file: `training-loop-lab-main-epoch-${epochs}.csv` });
    const csv = (await downloads.files[0]!.blob.text()).trimEnd().split('\n');
    console.log(`lossless export after ${epochs} epochs: ${csv.length} CSV lines (header + rows)`);
    expect(csv).toHaveLength(epochs + 1);
    expect(csv[0]).toBe(HISTORY_COLUMNS.join(','));

    // The lab's default settings are the article's program, which the CLI's preset runs.
    expect(useConfig.getState().run.model).toBe('article');
    const cli = articleCliEpochs(epochs);
    expectCsvMatchesCli(csv, cli);

    // The JSON export holds the same rows.
    expect(await exportMainHistory('json')).toMatchObject({ ok: true });
    const document = JSON.parse(await downloads.files[1]!.blob.text()) as {
      settings: unknown;
      rows: { epoch: number; trainLossSum: number }[];
    };
    expect(document.settings).toEqual(useConfig.getState().run);
    expect(document.rows).toHaveLength(epochs);
    const last = cli.at(-1)!;
    expect(document.rows.at(-1)).toMatchObject({ epoch: last.epoch, trainLossSum: last.loss });
  });
});

describe('the full-history request', () => {
  function engineWithRuns(): { engine: Engine; posted: [EngineEvent, Transferable[]][] } {
    const posted: [EngineEvent, Transferable[]][] = [];
    const engine = new Engine((event, transfer) => posted.push([event, transfer]), {
      now: () => 0,
      schedule: () => undefined,
    });
    const config = { ...DEFAULT_RUN_CONFIG, epochs: 10 };
    engine.handle({ type: 'configure', runId: 'main', config, keepEveryEpoch: true });
    engine.handle({ type: 'configure', runId: 'race', config });
    for (const runId of ['main', 'race']) {
      for (let i = 0; i < 3; i++) engine.handle({ type: 'step', runId, granularity: 'epoch' });
    }
    return { engine, posted };
  }

  function answerTo(
    { engine, posted }: ReturnType<typeof engineWithRuns>,
    runId: string,
  ): [EngineEvent, Transferable[]] {
    const requestId = posted.length + 1;
    engine.handle({ type: 'request', requestId, kind: 'full-history', ask: { runId } });
    const reply = posted.find(([event]) => 'requestId' in event && event.requestId === requestId);
    if (reply === undefined) throw new Error('no reply');
    return reply;
  }

  it('moves the arrays of every epoch to the page: their buffers are on the transfer list', () => {
    const [event, transfer] = answerTo(engineWithRuns(), 'main');
    if (event.type !== 'answer' || event.kind !== 'full-history') throw new Error(event.type);
    const history = event.answer.history!;
    expect(history.epochs).toBe(3);
    const arrays = Object.values(history.metrics).filter((m) => m instanceof Float64Array);
    // The article neuron's losses, gradient norm and accuracy change from epoch to epoch.
    expect(arrays.length).toBeGreaterThan(0);
    expect(transfer).toHaveLength(arrays.length);
    for (const array of arrays) expect(transfer).toContain(array.buffer);
  });

  it('answers null for a run that keeps no full history, and fails for no run', () => {
    const lab = engineWithRuns();
    const [event, transfer] = answerTo(lab, 'race');
    expect(event).toMatchObject({ type: 'answer', answer: { runId: 'race', history: null } });
    expect(transfer).toEqual([]);
    expect(answerTo(lab, 'nothing')[0]).toMatchObject({ type: 'request-failed' });
  });
});

describe('the page asks for the full history of the main run only', () => {
  it('configures the main run to keep every epoch, and no other', () => {
    resetStores();
    const sent: EngineCommand[] = [];
    useCommands.getState().install(
      (command) => sent.push(command),
      () => Promise.reject(new Error('no requests here')),
    );
    const releases = ['main', 'race'].map(acquireRun);
    configureRun('main', DEFAULT_RUN_CONFIG, undefined, { keepEveryEpoch: true });
    configureRun('race', DEFAULT_RUN_CONFIG);
    expect(sent).toEqual([
      { type: 'configure', runId: 'main', config: DEFAULT_RUN_CONFIG, keepEveryEpoch: true },
      { type: 'configure', runId: 'race', config: DEFAULT_RUN_CONFIG },
    ]);
    releases.forEach((release) => release());
  });

  it('says so, and writes nothing, when the worker kept no full history', async () => {
    resetStores();
    const downloads = captureDownloads();
    const events: EngineEvent[] = [];
    const engine = new Engine((event) => events.push(event), {
      now: () => 0,
      schedule: () => undefined,
    });
    const { deliver } = connectEngine(engine, events);
    // A main run built without keepEveryEpoch (not what the page does).
    deliver({ type: 'configure', runId: 'main', config: DEFAULT_RUN_CONFIG });
    deliver({ type: 'step', runId: 'main', granularity: 'epoch' });
    expect(await exportMainHistory('csv')).toEqual({ ok: false, reason: 'no-full-history' });

    const onMessage = vi.fn();
    const user = userEvent.setup();
    render(<ExportMenu onMessage={onMessage} lesson={() => null} />);
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByRole('button', { name: 'History as JSON' }));
    await waitFor(() =>
      expect(onMessage).toHaveBeenCalledWith(
        'The engine kept no epoch-by-epoch history of this run, so there is nothing complete to export.',
      ),
    );
    expect(downloads.files).toEqual([]);
  });
});
