/**
 * Batch size, shown by runs rather than asserted: the lab's current settings trained three
 * times (one sample per update, 16 per update, the whole training set per update) on the same
 * seed, at a pace of their own. When all three end, their results are copied and the runs
 * removed, so they do not hold engine slots that other lessons need.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Speed } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { configureRun, retireRun, useHeldRuns } from '../../store/run-registry';
import { useRuns, type RunView } from '../../store/runs';
import { LossChart, type ChartSeries } from '../../ui/charts/LossChart';
import { formatLoss } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { lowestPoint } from './FitCurves';
import { DEFAULT_TRY_SPEED, useFit } from './fit-store';
import { messages, type OverfittingKey } from './messages';
import { PaceSelect } from './PaceSelect';
import { BATCH_RUNS, batchRunConfig, batchSizes, type BatchRunId } from './presets';
import { subscribeThrottled } from '../../store/throttled';
import { ENDED } from './use-fit-run';

export interface BatchResult {
  readonly runId: BatchRunId;
  readonly updatesPerEpoch: number;
  readonly samplesPerEpoch: number;
  readonly epochs: number;
  readonly finalTrain: number;
  readonly finalValidation: number;
  readonly lowest: { readonly epoch: number; readonly value: number } | null;
  readonly validation: { readonly x: Float64Array; readonly y: Float64Array };
}

const COLOURS: Readonly<Record<BatchRunId, string>> = {
  'batch-1': 'var(--series-4)',
  'batch-16': 'var(--series-5)',
  'batch-all': 'var(--series-6)',
};

function resultOf(runId: BatchRunId, run: RunView): BatchResult {
  const points = run.series.validationLoss.points();
  return {
    runId,
    updatesPerEpoch: run.counters.iterationsPerEpoch,
    samplesPerEpoch: run.counters.samplesPerEpoch,
    epochs: run.counters.epoch,
    finalTrain: run.lastEpoch?.trainLoss ?? Number.NaN,
    finalValidation: run.lastEpoch?.validationLoss ?? Number.NaN,
    lowest: lowestPoint(run, 'validationLoss'),
    validation: { x: points.x.slice(), y: points.y.slice() },
  };
}

/** The three runs leave the engine once ended (their results are kept as copies). */
function removeBatchRuns(): void {
  for (const runId of BATCH_RUNS) retireRun(runId, { keepHistory: false });
}

type Phase = 'idle' | 'running' | 'done';

export function BatchCompare() {
  const t = useLessonT(messages);
  useHeldRuns(BATCH_RUNS);
  const [phase, setPhase] = useState<Phase>('idle');
  const [results, setResults] = useState<readonly BatchResult[]>([]);
  const [speed, setSpeed] = useState<Speed>(DEFAULT_TRY_SPEED);
  const playing = useRuns((state) => BATCH_RUNS.some((id) => state.playingRunIds.includes(id)));
  const failed = useRuns(
    (state) => state.error !== null && BATCH_RUNS.some((id) => id === state.error?.runId),
  );

  // While running, follow the three runs at a calm rate; when all have ended, keep copies.
  useEffect(() => {
    if (phase !== 'running') return;
    // Removing the runs changes the store again: a closed look must not overwrite the copies.
    let closed = false;
    const look = () => {
      if (closed) return;
      const runs = useRuns.getState().runs;
      const views = BATCH_RUNS.map((id) => runs[id]);
      const live = BATCH_RUNS.flatMap((id, k) => {
        const run = views[k];
        return run === undefined ? [] : [resultOf(id, run)];
      });
      setResults(live);
      if (views.every((run) => run !== undefined && ENDED.has(run.status))) {
        closed = true;
        removeBatchRuns();
        setPhase('done');
      }
    };
    const stop = subscribeThrottled(
      (state, previous) => BATCH_RUNS.some((id) => state.runs[id] !== previous.runs[id]),
      look,
      100,
    );
    // The runs may have changed (even ended) before this effect subscribed.
    look();
    return stop;
  }, [phase]);

  const start = () => {
    const { config } = useFit.getState();
    for (const runId of BATCH_RUNS) configureRun(runId, batchRunConfig(config, runId));
    // After 'configure': the engine ignores a speed for runs it does not have yet.
    sendCommand({ type: 'run-speed', runIds: [...BATCH_RUNS], epochsPerSecond: speed });
    sendCommand({ type: 'play', runIds: [...BATCH_RUNS] });
    setResults([]);
    setPhase('running');
  };

  const changeSpeed = (next: Speed) => {
    setSpeed(next);
    // Runs under way take the new pace at once; idle ones get it when they start.
    if (phase === 'running')
      sendCommand({ type: 'run-speed', runIds: [...BATCH_RUNS], epochsPerSecond: next });
  };

  const stop = () => {
    removeBatchRuns();
    setPhase('idle');
    setResults([]);
  };

  const series = useMemo<ChartSeries[]>(
    () =>
      results.map((result) => ({
        id: result.runId,
        label: t('batch.series', { size: sizeLabel(result, t) }),
        color: COLOURS[result.runId],
        points: result.validation,
      })),
    [results, t],
  );

  return (
    <section className="batch-compare" aria-labelledby="batch-title" data-presenter="secondary">
      <h3 id="batch-title">{t('batch.title')}</h3>
      <p>{t('batch.intro')}</p>
      <div className="button-row">
        {phase === 'running' ? (
          <>
            {!playing && (
              <button
                type="button"
                className="button primary"
                onClick={() => sendCommand({ type: 'play', runIds: [...BATCH_RUNS] })}
              >
                {t('batch.continue')}
              </button>
            )}
            <button type="button" className="button" onClick={stop}>
              {t('batch.stop')}
            </button>
          </>
        ) : (
          <button type="button" className="button primary" onClick={start}>
            {t('batch.start')}
          </button>
        )}
        <PaceSelect label={t('batch.speed')} value={speed} onChange={changeSpeed} />
      </div>
      {failed && <p className="field-problem">{t('batch.failed')}</p>}
      {results.length > 0 && (
        <>
          <BatchTable results={results} />
          <LossChart
            series={series}
            title={t('batch.chartTitle')}
            yLabel={t('curves.y')}
            height={200}
          />
          {phase === 'done' && <BatchFindings results={results} />}
        </>
      )}
    </section>
  );
}

function sizeLabel(result: BatchResult, t: LessonTranslate<OverfittingKey>): string {
  const size = batchSizes[result.runId];
  return size === 'all' ? t('batch.all', { n: result.samplesPerEpoch }) : String(size);
}

function BatchTable({ results }: { results: readonly BatchResult[] }) {
  const t = useLessonT(messages);
  return (
    <table className="results-table" data-testid="batch-results">
      <caption>{t('batch.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('batch.size')}</th>
          <th scope="col">{t('batch.updates')}</th>
          <th scope="col">{t('results.epochs')}</th>
          <th scope="col">{t('batch.best')}</th>
          <th scope="col">{t('results.validation')}</th>
          <th scope="col">{t('results.train')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.runId}>
            <th scope="row">{sizeLabel(result, t)}</th>
            <td className="numbers">{result.updatesPerEpoch}</td>
            <td className="numbers">{result.epochs}</td>
            <td className="numbers">
              {result.lowest === null
                ? '—'
                : `${formatLoss(result.lowest.value)} @ ${result.lowest.epoch}`}
            </td>
            <td className="numbers">{formatLoss(result.finalValidation)}</td>
            <td className="numbers">{formatLoss(result.finalTrain)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What these particular runs showed, in words: computed from them, never assumed. */
function BatchFindings({ results }: { results: readonly BatchResult[] }) {
  const t = useLessonT(messages);
  // A diverged run has no finite loss to rank.
  const byFinal = results
    .filter((r) => Number.isFinite(r.finalValidation))
    .sort((a, b) => a.finalValidation - b.finalValidation);
  const lowestEpochs = results.flatMap((r) =>
    r.lowest === null ? [] : [{ r, epoch: r.lowest.epoch }],
  );
  const earliest = lowestEpochs.sort((a, b) => a.epoch - b.epoch)[0];
  const best = byFinal[0];
  const worst = byFinal[byFinal.length - 1];
  if (best === undefined || worst === undefined) return null;
  return (
    <div className="batch-findings">
      <p>
        {t(
          results.every((r) => r.epochs === results[0]?.epochs)
            ? 'batch.mechanics'
            : 'batch.mechanicsUneven',
        )}
      </p>
      <p data-testid="batch-finding">
        {t('batch.finding', {
          best: sizeLabel(best, t),
          bestLoss: formatLoss(best.finalValidation),
          worst: sizeLabel(worst, t),
          worstLoss: formatLoss(worst.finalValidation),
        })}
        {earliest !== undefined &&
          ` ${t('batch.earliest', { size: sizeLabel(earliest.r, t), epoch: earliest.epoch })}`}
      </p>
    </div>
  );
}
