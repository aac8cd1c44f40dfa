/**
 * The race as it streams: every runner's total loss on the shared chart, and beside it the
 * label its own history earns. Redrawn about ten times a second, however fast the runs go.
 */
import { memo, useMemo } from 'react';
import type { RunConfig } from '../../engine/protocol';
import type { LandscapeResult } from '../../store/runs';
import { useThrottledRuns } from '../../store/throttled';
import { LossChart } from '../../ui/charts/LossChart';
import { useLessonT } from '../../ui/i18n';
import { FilledText } from './FilledText';
import { messages } from './messages';
import { raceTarget, type RaceNeuron } from './race';
import { RaceLandscape } from './RaceLandscape';
import { RaceWhy } from './RaceWhy';
import { buildRaceView, type RaceView } from './race-view';

/**
 * Memoised: the lesson around it renders again whenever a race starts, pauses or ends, and the
 * chart, outcomes and map need not follow it then (they follow the throttled runs instead).
 */
export const RaceResults = memo(function RaceResults(props: {
  ids: readonly string[];
  configs: readonly RunConfig[];
  /** The neuron raced (or about to be): it decides what "converged" means. */
  neuron: RaceNeuron;
  map: LandscapeResult | null;
}) {
  const t = useLessonT(messages);
  const { ids, configs } = props;
  // Read about ten times a second, not on every frame the store changes.
  const runs = useThrottledRuns(ids.join(','));
  const { threshold } = raceTarget(props.neuron);
  const view = useMemo(
    () => buildRaceView(ids, configs, runs, t, threshold),
    [ids, configs, runs, t, threshold],
  );
  // The race's length is known: its epoch axis runs to the finish from the start.
  const lastEpoch = Math.max(1, ...configs.map((config) => config.epochs - 1));
  const epochRange = useMemo(() => [0, lastEpoch] as const, [lastEpoch]);
  return (
    <div className="race-results">
      <div className="race-chart-row">
        <LossChart
          title={t('chartTitle')}
          yLabel={t('chartY')}
          series={view.series}
          markers={view.markers}
          epochRange={epochRange}
          log
        />
        <RaceWhy neuron={props.neuron} />
      </div>
      <Outcomes view={view} />
      {props.map !== null && view.runners.length > 0 && (
        <RaceLandscape map={props.map} runners={view.runners} />
      )}
    </div>
  );
});

const Outcomes = memo(function Outcomes({ view }: { view: RaceView }) {
  const t = useLessonT(messages);
  return (
    <section className="race-outcomes" aria-label={t('outcomesTitle')}>
      <h3>{t('outcomesTitle')}</h3>
      {view.runners.length === 0 ? (
        <p className="hint">{t('outcomesEmpty')}</p>
      ) : (
        <ul aria-live="polite">
          {view.runners.map((runner) => (
            <li key={runner.id} data-outcome={runner.outcome?.kind ?? 'waiting'}>
              <svg width="28" height="10" aria-hidden="true" focusable="false">
                <line
                  x1="1"
                  y1="5"
                  x2="27"
                  y2="5"
                  stroke={runner.color}
                  strokeWidth="3"
                  strokeDasharray={runner.dash || undefined}
                />
              </svg>{' '}
              <FilledText template={t(runner.message.key)} numbers={runner.message.params} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
