/**
 * The race on the loss landscape: the worker maps the loss of the racing neuron over w1 and w2
 * (bias held at 0, where every racer starts) and each racer's real path is drawn on it with a
 * ball at its current weights. The map is asked for when the race is built, before it plays.
 */
import { memo, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useEngineRequest } from '../../store/requests';
import type { LandscapeResult } from '../../store/runs';
import { useLessonT } from '../../ui/i18n';
import { LandscapeCanvas, type LandscapePath } from '../../ui/landscape/LandscapeCanvas';
import { useReducedMotion } from '../../ui/landscape/useReducedMotion';
import { messages } from './messages';
import type { Runner } from './race-view';
import { useRacePaths } from './useRacePaths';

const RESOLUTION = 128;
/** w1 and w2 of every well-behaved racer stay in here (they start at 0.5, 0.5). */
const RANGES = [
  [-1, 3],
  [-1, 3],
] as const;
const WEIGHT_AXES = [0, 1] as const;
const AXIS_LABELS = ['w1', 'w2'] as const;
const NO_POINTS = new Float64Array(0);

/** Asks for the map of a freshly built run, and keeps the answer when it comes. */
export function useRaceMap(): { map: LandscapeResult | null; request(runId: string): void } {
  const [map, setMap] = useState<LandscapeResult | null>(null);
  const { answer, ask } = useEngineRequest('landscape');
  useEffect(() => {
    const value = answer?.value;
    // The map mounts in slices, not in the same task as the race's first data.
    if (value !== undefined) startTransition(() => setMap(value));
  }, [answer]);
  const request = useCallback(
    (runId: string) =>
      ask({ runId, axes: WEIGHT_AXES, resolution: RESOLUTION, ranges: RANGES }, null),
    [ask],
  );
  return { map, request };
}

export const RaceLandscape = memo(function RaceLandscape(props: {
  map: LandscapeResult;
  runners: readonly Runner[];
}) {
  const t = useLessonT(messages);
  const reducedMotion = useReducedMotion();
  const { runners } = props;
  const paths = useRacePaths(useMemo(() => runners.map((r) => r.id), [runners]));
  // New paths arrive about ten times a second; the canvas redraws only then.
  const drawn = useMemo<LandscapePath[]>(
    () =>
      runners
        .map((runner) => ({
          id: runner.id,
          label: String(runner.rate),
          color: runner.color,
          points: paths[runner.id] ?? NO_POINTS,
        }))
        .filter((path) => path.points.length >= 2),
    [runners, paths],
  );
  return (
    <div className="race-landscape" data-presenter="secondary">
      <LandscapeCanvas
        grid={props.map.values}
        resolution={props.map.resolution}
        ranges={props.map.ranges}
        paths={drawn}
        axisLabels={AXIS_LABELS}
        title={t('landscapeTitle')}
        reducedMotion={reducedMotion}
      />
      <p className="hint">{t('landscapeNote')}</p>
    </div>
  );
});
