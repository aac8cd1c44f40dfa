/**
 * Choosing the loss that trains the three-class model: train either one, or race both from
 * the same start, and compare their training accuracy epoch by epoch. The runs are created
 * only when the learner first trains, so an unopened lesson costs the engine nothing.
 */
import { useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { sendCommand } from '../../store/commands';
import { useConfig } from '../../store/config';
import { useRuns, type RunView } from '../../store/runs';
import { useThrottled } from '../../ui/charts/useThrottledVersion';
import { formatNumber } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { SPEED_CHOICES } from '../../ui/TransportBar';
import { messages } from './messages';
import {
  accuracyChartData,
  epochsToReach,
  RACE_EPOCHS,
  RACE_RUN,
  raceConfig,
  raceLosses,
  type RaceLoss,
} from './race';

type T = LessonTranslate<keyof typeof messages.en>;

const ENDED = new Set(['finished', 'diverged', 'early-stopped']);

const lossLabel = (t: T, loss: RaceLoss) =>
  loss === 'squared' ? t('race.squared') : t('race.crossEntropy');

/** Sends 'configure' for the race runs this lesson has not built yet. */
function ensureRuns(losses: readonly RaceLoss[]): void {
  const existing = useRuns.getState().runs;
  for (const loss of losses) {
    const runId = RACE_RUN[loss];
    if (existing[runId] === undefined) {
      sendCommand({ type: 'configure', runId, config: raceConfig(loss) });
    }
  }
}

export function LossRace() {
  const t = useLessonT(messages);
  const [chosen, setChosen] = useState<RaceLoss>('cross-entropy');
  const squared = useRuns((state) => state.runs[RACE_RUN.squared]);
  const crossEntropy = useRuns((state) => state.runs[RACE_RUN['cross-entropy']]);
  const playing = useRuns(
    (state) =>
      state.playing && raceLosses.some((loss) => state.playingRunIds.includes(RACE_RUN[loss])),
  );
  const runs: Readonly<Record<RaceLoss, RunView | undefined>> = {
    squared,
    'cross-entropy': crossEntropy,
  };

  const train = () => {
    ensureRuns([chosen]);
    const runId = RACE_RUN[chosen];
    if (ENDED.has(runs[chosen]?.status ?? 'ready')) sendCommand({ type: 'reset', runIds: [runId] });
    sendCommand({ type: 'play', runIds: [runId] });
  };
  const race = () => {
    // A fair race starts both runs from scratch, with the same settings.
    for (const loss of raceLosses) {
      sendCommand({ type: 'configure', runId: RACE_RUN[loss], config: raceConfig(loss) });
    }
    sendCommand({ type: 'play', runIds: raceLosses.map((loss) => RACE_RUN[loss]) });
  };
  const reset = () => {
    ensureRuns(raceLosses);
    sendCommand({ type: 'reset', runIds: raceLosses.map((loss) => RACE_RUN[loss]) });
  };

  return (
    <section className="loss-race" aria-labelledby="loss-race-title">
      <h3 id="loss-race-title">{t('race.title')}</h3>
      <p>{t('race.intro')}</p>
      <fieldset className="loss-choice">
        <legend>{t('race.legend')}</legend>
        {raceLosses.map((loss) => (
          <label key={loss}>
            <input
              type="radio"
              name="loss-race-choice"
              value={loss}
              checked={chosen === loss}
              onChange={() => setChosen(loss)}
            />{' '}
            {lossLabel(t, loss)}
          </label>
        ))}
      </fieldset>
      <div className="loss-race-controls">
        <button type="button" className="button" onClick={train}>
          {chosen === 'squared' ? t('race.trainSquared') : t('race.trainCrossEntropy')}
        </button>
        <button type="button" className="button primary" onClick={race}>
          {t('race.start')}
        </button>
        {playing && (
          <button
            type="button"
            className="button"
            onClick={() => sendCommand({ type: 'pause', runIds: Object.values(RACE_RUN) })}
          >
            {t('race.stop')}
          </button>
        )}
        <button type="button" className="button" onClick={reset}>
          {t('race.reset')}
        </button>
        <SpeedChoice t={t} />
      </div>
      <AccuracyChart runs={runs} chosen={chosen} t={t} />
      <p className="hint">{t('race.why')}</p>
    </section>
  );
}

function SpeedChoice({ t }: { t: T }) {
  const speed = useConfig((state) => state.app.speed);
  const setAppField = useConfig((state) => state.setAppField);
  const key = (n: number) => (Number.isFinite(n) ? String(n) : 'max');
  return (
    <label className="loss-speed">
      <span>{t('race.speed')}</span>{' '}
      <select
        value={key(speed)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setAppField('speed', value === 'max' ? Infinity : Number(value));
        }}
      >
        {SPEED_CHOICES.map((n) => (
          <option key={key(n)} value={key(n)}>
            {Number.isFinite(n) ? t('race.epochsPerSecond', { n }) : t('race.speedMax')}
          </option>
        ))}
      </select>
    </label>
  );
}

interface RunSummary {
  readonly loss: RaceLoss;
  readonly epochs: number;
  readonly accuracy: number | null;
  readonly first90: number | null;
  readonly first100: number | null;
}

function summarise(loss: RaceLoss, run: RunView | undefined): RunSummary {
  const series = run?.series.trainAccuracy;
  return {
    loss,
    epochs: run?.counters.epoch ?? 0,
    accuracy: run?.lastEpoch?.trainAccuracy ?? null,
    first90: series === undefined ? null : epochsToReach(series, 0.9),
    first100: series === undefined ? null : epochsToReach(series, 1),
  };
}

function AccuracyChart({
  runs,
  chosen,
  t,
}: {
  runs: Readonly<Record<RaceLoss, RunView | undefined>>;
  chosen: RaceLoss;
  t: T;
}) {
  const versions = useThrottled(
    `${runs.squared?.version ?? -1}/${runs['cross-entropy']?.version ?? -1}`,
  );
  // Series are mutated in place: `versions` says when they changed.
  const data = useMemo(
    () =>
      accuracyChartData(
        runs.squared?.series.trainAccuracy,
        runs['cross-entropy']?.series.trainAccuracy,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [versions],
  );
  const summaries = raceLosses.map((loss) => summarise(loss, runs[loss]));
  const never = t('race.notYet');
  const epochText = (epoch: number | null) => (epoch === null ? never : String(epoch));
  const summaryText = summaries
    .map(
      (s) =>
        `${lossLabel(t, s.loss)}: ${s.accuracy === null ? never : `${formatNumber(100 * s.accuracy, 1)} %`}`,
    )
    .join('; ');

  return (
    <div className="loss-race-result">
      <figure
        className="loss-chart"
        role="img"
        aria-label={t('race.chart', { summary: summaryText })}
      >
        {data.length === 0 ? (
          <p className="loss-muted">{t('race.chartEmpty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="trained"
                type="number"
                scale="log"
                domain={[1, RACE_EPOCHS]}
                ticks={[1, 10, 100, 1000]}
                allowDataOverflow
                label={{ value: t('race.axisEpoch'), position: 'insideBottom', offset: -12 }}
              />
              <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={56} />
              <Legend verticalAlign="top" />
              <Line
                name={t('race.squared')}
                dataKey="squared"
                stroke="var(--series-2)"
                strokeWidth={chosen === 'squared' ? 3 : 1.5}
                strokeDasharray="6 4"
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
              <Line
                name={t('race.crossEntropy')}
                dataKey="crossEntropy"
                stroke="var(--series-1)"
                strokeWidth={chosen === 'cross-entropy' ? 3 : 1.5}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        )}
      </figure>
      <table className="loss-race-table">
        <caption>{t('race.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('race.colLoss')}</th>
            <th scope="col">{t('race.colEpochs')}</th>
            <th scope="col">{t('race.colAccuracy')}</th>
            <th scope="col">{t('race.colFirst90')}</th>
            <th scope="col">{t('race.colFirst100')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => (
            <tr key={s.loss} data-testid={`race-row-${s.loss}`}>
              <th scope="row">
                {lossLabel(t, s.loss)} {s.loss === chosen && t('race.chosen')}
              </th>
              <td className="numbers">{s.epochs}</td>
              <td className={s.accuracy === null ? undefined : 'numbers'}>
                {s.accuracy === null ? never : `${formatNumber(100 * s.accuracy, 1)} %`}
              </td>
              <td className={s.first90 === null ? undefined : 'numbers'}>{epochText(s.first90)}</td>
              <td
                className={s.first100 === null ? undefined : 'numbers'}
                data-testid={`race-first100-${s.loss}`}
              >
                {epochText(s.first100)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Verdict summaries={summaries} t={t} />
    </div>
  );
}

function Verdict({ summaries, t }: { summaries: readonly RunSummary[]; t: T }) {
  const [a, b] = summaries;
  if (a === undefined || b === undefined || a.first100 === null || b.first100 === null) {
    return null;
  }
  if (a.first100 === b.first100) {
    return <p role="status">{t('race.verdictTie', { epochs: a.first100 })}</p>;
  }
  const [faster, slower] = a.first100 < b.first100 ? [a, b] : [b, a];
  return (
    <p role="status" data-testid="race-verdict">
      {t('race.verdict', {
        faster: lossLabel(t, faster.loss),
        gap: (slower.first100 as number) - (faster.first100 as number),
      })}
    </p>
  );
}
