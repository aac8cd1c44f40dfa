/**
 * The learning-rate sweep: the worker trains one whole run per rate and reports where each
 * ended. Plotted as final loss against rate (both axes logarithmic) with the "just right" band
 * shaded; choosing a point (click, or a button in the list) races that rate.
 */
import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import { useEngineRequest } from '../../store/requests';
import type { SweepResult } from '../../store/runs';
import { formatDecade, logAxis } from '../../ui/charts/chart-data';
import { formatLoss } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { FilledText } from './FilledText';
import { messages } from './messages';
import {
  ARTICLE_SAMPLES,
  formatRate,
  justRightBand,
  raceConfig,
  raceTarget,
  sweepRates,
  sweepVerdict,
  SWEEP_FROM,
  SWEEP_TO,
  type RaceSettings,
  type SweepVerdict,
} from './race';

const RATES = sweepRates();
const RATE_TICKS = [1e-4, 1e-3, 1e-2, 1e-1, 1];

/** What a sweep was asked with: the settings it belongs to and the neuron it trained. */
interface SweepContext {
  readonly key: string;
  readonly neuron: RaceSettings['neuron'];
}

interface SweepPoint {
  readonly rate: number;
  /** The article's total loss in the last epoch (the engine reports the mean per sample). */
  readonly total: number;
  readonly verdict: SweepVerdict;
}

function sweepPoints(result: SweepResult, threshold: number): SweepPoint[] {
  return Array.from(result.learningRates, (rate, i) => {
    const total = (result.finalLosses[i] as number) * ARTICLE_SAMPLES;
    return { rate, total, verdict: sweepVerdict(total, result.outcomes[i], threshold) };
  });
}

/** Memoised, like the race's results: a race starting or ending does not redraw the sweep. */
export const SweepPanel = memo(function SweepPanel(props: {
  settings: RaceSettings;
  onRace(rate: number): void;
}) {
  const t = useLessonT(messages);
  const settingsKey = JSON.stringify(props.settings);
  const sweep = useEngineRequest<'sweep', SweepContext>('sweep');
  // The settings of the sweep on show: the one running, else the one answered.
  const request = sweep.waiting?.context ?? sweep.answer?.context ?? null;
  const result = sweep.waiting === null ? (sweep.answer?.value ?? null) : null;
  // What "converged" means depends on the neuron the sweep trained (raceTarget).
  const sweptNeuron = request?.neuron ?? props.settings.neuron;
  const { threshold } = raceTarget(sweptNeuron);
  const points = useMemo(
    () => (result === null ? null : sweepPoints(result, threshold)),
    [result, threshold],
  );
  const progress =
    sweep.waiting !== null
      ? (sweep.progress ?? { done: 0, total: RATES.length })
      : result !== null
        ? { done: result.learningRates.length, total: result.learningRates.length }
        : null;

  function run() {
    sweep.ask(
      { config: raceConfig(props.settings, RATES[0] as number), learningRates: RATES },
      { key: settingsKey, neuron: props.settings.neuron },
    );
  }

  return (
    <section className="sweep" aria-labelledby="learning-rate-sweep" data-presenter="secondary">
      <h3 id="learning-rate-sweep">{t('sweepTitle')}</h3>
      <p>
        {t('sweepIntro', {
          count: RATES.length,
          from: formatRate(SWEEP_FROM),
          to: formatRate(SWEEP_TO),
        })}
      </p>
      <button type="button" className="button" onClick={run}>
        {t('sweepRun')}
      </button>
      {progress !== null && (
        <p className="sweep-progress">
          <label>
            {t('sweepProgress')}{' '}
            <progress value={progress.done} max={Math.max(1, progress.total)} />
          </label>{' '}
          {/* A sentence with counts in it, not a figure: the text face and the page's direction. */}
          <span>{t('sweepDone', { done: progress.done, total: progress.total })}</span>
        </p>
      )}
      {points !== null && request !== null && request.key !== settingsKey && (
        <p className="hint">{t('sweepStale')}</p>
      )}
      {points !== null && (
        <SweepResultView points={points} threshold={threshold} onRace={props.onRace} />
      )}
    </section>
  );
});

function SweepResultView(props: {
  points: readonly SweepPoint[];
  threshold: number;
  onRace(rate: number): void;
}) {
  const t = useLessonT(messages);
  const { points } = props;
  const band = justRightBand(
    points.map((p) => p.rate),
    points.map((p) => (p.verdict === 'diverged' ? NaN : p.total)),
    props.threshold,
  );
  const axis = logAxis([
    points.map((p) => ({ x: p.rate, y: p.verdict === 'diverged' ? null : p.total })),
  ]);
  const finite = points
    .filter((p) => p.verdict !== 'diverged')
    .map((p) => ({ rate: p.rate, y: p.total <= 0 ? axis.floor : p.total }));
  // Diverged runs have no final loss: they sit on the top edge, drawn as crosses.
  const diverged = points
    .filter((p) => p.verdict === 'diverged')
    .map((p) => ({ rate: p.rate, y: axis.domain[1] }));
  const pick = (entry: unknown) => {
    const rate = (entry as { payload?: { rate?: unknown } }).payload?.rate;
    if (typeof rate === 'number') props.onRace(rate);
  };
  const threshold = String(Number(props.threshold.toPrecision(2)));

  return (
    <figure className="sweep-result">
      <figcaption>{t('sweepChart')}</figcaption>
      <div className="sweep-plot">
        <ResponsiveContainer width="100%" height={260}>
          <ScatterChart
            margin={{ top: 16, right: 16, bottom: 20, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis
              type="number"
              dataKey="rate"
              scale="log"
              domain={[SWEEP_FROM, SWEEP_TO]}
              ticks={RATE_TICKS}
              tickFormatter={formatDecade}
              allowDataOverflow
              stroke="var(--muted)"
              label={{
                value: t('sweepX'),
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--muted)',
              }}
            />
            <YAxis
              type="number"
              dataKey="y"
              scale="log"
              domain={axis.domain}
              ticks={axis.ticks}
              tickFormatter={formatDecade}
              allowDataOverflow
              width={64}
              stroke="var(--muted)"
              label={{
                value: t('sweepY'),
                angle: -90,
                position: 'insideLeft',
                fill: 'var(--muted)',
              }}
            />
            {band !== null && (
              <ReferenceArea
                x1={band.from}
                x2={band.to}
                fill="var(--positive)"
                fillOpacity={0.15}
                stroke="var(--positive)"
                strokeDasharray="4 3"
              />
            )}
            <Scatter
              data={finite}
              fill="var(--series-1)"
              line={{ stroke: 'var(--series-1)' }}
              isAnimationActive={false}
              onClick={pick}
              cursor="pointer"
            />
            <Scatter
              data={diverged}
              shape="cross"
              fill="var(--negative)"
              isAnimationActive={false}
              onClick={pick}
              cursor="pointer"
            />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">
        {band === null
          ? t('bandNone')
          : t(band.kind === 'converged' ? 'bandConverged' : 'bandBest', {
              from: formatRate(band.from),
              to: formatRate(band.to),
              threshold,
            })}
      </p>
      {diverged.length > 0 && <p className="hint">{t('sweepDiverged')}</p>}
      <SweepList points={points} onRace={props.onRace} />
    </figure>
  );
}

function SweepList(props: { points: readonly SweepPoint[]; onRace(rate: number): void }) {
  const t = useLessonT(messages);
  return (
    <details className="sweep-list">
      <summary>{t('sweepList')}</summary>
      <ul>
        {props.points.map((p) => (
          <li key={p.rate}>
            <FilledText
              template={t('sweepItem')}
              numbers={{
                rate: formatRate(p.rate),
                loss: Number.isFinite(p.total) ? formatLoss(p.total) : '—',
              }}
              words={{ verdict: t(`verdict.${p.verdict}`) }}
            />{' '}
            <button type="button" className="button" onClick={() => props.onRace(p.rate)}>
              {t('raceAt', { rate: formatRate(p.rate) })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
