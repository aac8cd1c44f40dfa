/**
 * The loss race's two charts over the race's own epochs: training accuracy, and the size of
 * the gradient each loss sends back (log scale). Side by side they show the stall and its
 * cause: squared error's line sits at 0 % exactly while its gradient is tiny.
 */
import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { RunView } from '../../store/runs';
import { formatDecade } from '../../ui/charts/chart-data';
import { useThrottled } from '../../ui/charts/useThrottledVersion';
import type { LessonTranslate } from '../../ui/i18n';
import {
  gradientAxis,
  mergeByEpoch,
  RACE_EPOCHS,
  raceEpochAxis,
  type EpochAxis,
  type RaceLoss,
  type RacePoint,
} from './race';
import type { raceMessages } from './race-messages';

type T = LessonTranslate<keyof typeof raceMessages.en>;
export type RaceRuns = Readonly<Record<RaceLoss, RunView | undefined>>;

const ACCURACY_AXIS: EpochAxis = { domain: [0, 100], ticks: [0, 25, 50, 75, 100] };

interface ChartProps {
  readonly runs: RaceRuns;
  readonly chosen: RaceLoss;
  readonly t: T;
  /** Both runs' state in words, for the charts' text alternatives. */
  readonly summary: string;
}

/** Both charts, redrawn at most every CHART_REFRESH_MS while the runs stream. */
export function RaceCharts({ runs, chosen, t, summary }: ChartProps) {
  const versions = useThrottled(
    `${runs.squared?.version ?? -1}/${runs['cross-entropy']?.version ?? -1}`,
  );
  // Series are mutated in place: `versions` says when they changed.
  const [accuracy, gradient] = useMemo(
    () => [
      mergeByEpoch(
        runs.squared?.series.trainAccuracy,
        runs['cross-entropy']?.series.trainAccuracy,
        100,
      ),
      mergeByEpoch(runs.squared?.series.gradientNorm, runs['cross-entropy']?.series.gradientNorm),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [versions],
  );
  const logAxis = gradientAxis(gradient);
  const gradientKey = `${logAxis.domain.join()}|${logAxis.ticks.join()}`;
  // The same axis object while its decades stay the same, so recharts keeps its layout.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const yGradient = useMemo<EpochAxis>(() => logAxis, [gradientKey]);

  return (
    <div className="loss-race-charts">
      <RaceChart
        testId="race-accuracy-chart"
        title={t('accuracyTitle')}
        label={t('accuracyChart', { summary })}
        data={accuracy}
        yAxis={ACCURACY_AXIS}
        unit=" %"
        chosen={chosen}
        t={t}
      />
      <RaceChart
        testId="race-gradient-chart"
        title={t('gradientTitle')}
        label={t('gradientChart', { summary })}
        data={gradient}
        yAxis={yGradient}
        log
        chosen={chosen}
        t={t}
      />
    </div>
  );
}

interface RaceChartProps {
  readonly testId: string;
  readonly title: string;
  readonly label: string;
  readonly data: readonly RacePoint[];
  readonly yAxis: EpochAxis;
  readonly log?: boolean;
  readonly unit?: string;
  readonly chosen: RaceLoss;
  readonly t: T;
}

/** The epoch axis is the race's length, fixed: the lines advance towards the finish. */
const EPOCH_AXIS = raceEpochAxis(RACE_EPOCHS);

function RaceChart(props: RaceChartProps) {
  const { t, chosen } = props;
  // The title sits outside the figure: a picture (role img) may not hold a caption.
  return (
    <div className="loss-race-chart" data-testid={props.testId}>
      <p className="loss-race-chart-title">{props.title}</p>
      <figure className="loss-chart" role="img" aria-label={props.label}>
        {props.data.length === 0 ? (
          <p className="loss-muted">{t('chartEmpty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={[...props.data]} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="trained"
                type="number"
                domain={[...EPOCH_AXIS.domain]}
                ticks={[...EPOCH_AXIS.ticks]}
                allowDataOverflow
                label={{ value: t('axisEpoch'), position: 'insideBottom', offset: -12 }}
              />
              <YAxis
                domain={[...props.yAxis.domain]}
                ticks={[...props.yAxis.ticks]}
                allowDataOverflow
                width={56}
                {...(props.log === true
                  ? { scale: 'log' as const, tickFormatter: formatDecade }
                  : { unit: props.unit ?? '' })}
              />
              <Legend verticalAlign="top" />
              <Line
                name={t('squared')}
                dataKey="squared"
                stroke="var(--series-2)"
                strokeWidth={chosen === 'squared' ? 3 : 1.5}
                strokeDasharray="6 4"
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                connectNulls
              />
              <Line
                name={t('crossEntropy')}
                dataKey="crossEntropy"
                stroke="var(--series-1)"
                strokeWidth={chosen === 'cross-entropy' ? 3 : 1.5}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        )}
      </figure>
    </div>
  );
}
