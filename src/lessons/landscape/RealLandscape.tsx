/**
 * Part A: the main run's own loss landscape. The worker computes the loss of the article's
 * neuron over a 128 × 128 grid of two of its parameters (the third held at its current
 * value); the route the run really took is drawn on it, with a ball at the current point that
 * rolls on as training streams. The page's transport bar (Play, Step, Reset) drives the run.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AskOf, RunConfig } from '../../engine/protocol';
import { useConfig } from '../../store/config';
import { useEngineRequest } from '../../store/requests';
import { useRuns, type LandscapeResult } from '../../store/runs';
import { formatNumber } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { LandscapeCanvas, type LandscapePath } from '../../ui/landscape/LandscapeCanvas';
import { labelled, richText } from '../../ui/landscape/rich';
import { useReducedMotion } from '../../ui/landscape/useReducedMotion';
import {
  AXIS_CHOICES,
  extent,
  fitRange,
  PARAMETER_COUNT,
  project,
  type AxisChoice,
  type AxisChoiceId,
} from './axes';
import { messages, type LandscapeKey } from './messages';
import { useRunPath } from './useRunPath';

const RUN = 'main';
const RESOLUTION = 128;
/** The held parameter must move this much before the map is recomputed… */
const HELD_TOLERANCE = 1e-3;
/** …and the map is recomputed at most this often while it keeps moving. */
const RECOMPUTE_MS = 500;
const PATH_COLOR = '#ffffff';

interface LandscapeContext {
  readonly choice: AxisChoice;
  readonly heldValue: number;
}

type AskLandscape = (ask: AskOf<'landscape'>, context: LandscapeContext) => void;

export function RealLandscape() {
  const t = useLessonT(messages);
  const model = useConfig((state) => state.run.model);
  const setRunField = useConfig((state) => state.setRunField);
  const [choiceId, setChoiceId] = useState<AxisChoiceId>('weights');
  const choice = AXIS_CHOICES.find((c) => c.id === choiceId) ?? (AXIS_CHOICES[0] as AxisChoice);
  const track = useRunPath(RUN);
  const hasRun = useRuns((state) => state.runs[RUN] !== undefined);
  const { answer, ask } = useEngineRequest<'landscape', LandscapeContext>('landscape');

  const isNeuron = model === 'article';
  useLandscapeRequests(isNeuron ? track?.path : undefined, choice, ask);

  if (!isNeuron) {
    return (
      <Part t={t}>
        <p className="landscape-notice">{t('notArticle')}</p>
        <button type="button" className="button" onClick={() => setRunField('model', 'article')}>
          {t('useArticle')}
        </button>
      </Part>
    );
  }

  const current = track?.path.at(-1);
  return (
    <Part t={t}>
      <p className="hint" data-presenter="secondary">
        {t('realHint')}
      </p>
      <fieldset className="landscape-axes" data-presenter="secondary">
        <legend>{t('axesLegend')}</legend>
        {AXIS_CHOICES.map((c) => (
          <label key={c.id}>
            <input
              type="radio"
              name="landscape-axes"
              value={c.id}
              checked={c.id === choiceId}
              onChange={() => setChoiceId(c.id)}
            />{' '}
            {t(`axes.${c.id}`)}
          </label>
        ))}
      </fieldset>
      {answer === null || track === null ? (
        <p className="placeholder">{hasRun ? t('computing') : t('waiting')}</p>
      ) : (
        <LandscapeView answer={answer.value} context={answer.context} path={track.path} />
      )}
      {current !== undefined && current.length === PARAMETER_COUNT && track !== null && (
        <p className="landscape-now">
          {richText(
            t('now'),
            {
              w1: labelled(t('param.0'), formatNumber(current[0] as number, 3)),
              w2: labelled(t('param.1'), formatNumber(current[1] as number, 3)),
              b: labelled(t('param.2'), formatNumber(current[2] as number, 3)),
              updates: track.updates,
              epoch: track.epoch,
            },
            NOW_NUMBERS,
          )}
        </p>
      )}
      <p className="hint" data-presenter="secondary">
        {t('slice')}
      </p>
    </Part>
  );
}

const NOW_NUMBERS: ReadonlySet<string> = new Set(['updates', 'epoch']);

function Part({ t, children }: { t: LessonTranslate<LandscapeKey>; children: ReactNode }) {
  return (
    <div className="landscape-part">
      <h3>{t('realTitle')}</h3>
      {children}
    </div>
  );
}

/** The map as last computed, with the route projected onto the same two parameters. */
function LandscapeView({
  answer,
  context,
  path,
}: {
  answer: LandscapeResult;
  context: LandscapeContext;
  path: readonly Float64Array[];
}) {
  const t = useLessonT(messages);
  const reducedMotion = useReducedMotion();
  const { axes, held } = context.choice;
  const x = t(`param.${axes[0]}` as LandscapeKey);
  const y = t(`param.${axes[1]}` as LandscapeKey);
  const points = useMemo(() => project(path, axes), [path, axes]);
  const mainLabel = t('mainPath');
  const paths = useMemo<LandscapePath[]>(
    () => [{ id: RUN, label: mainLabel, color: PATH_COLOR, marker: 'circle', points }],
    [mainLabel, points],
  );
  return (
    <>
      <LandscapeCanvas
        grid={answer.values}
        resolution={answer.resolution}
        ranges={answer.ranges}
        paths={paths}
        axisLabels={[x, y]}
        title={t('canvasTitle', { x, y })}
        reducedMotion={reducedMotion}
      />
      <p className="landscape-meta" data-presenter="secondary">
        <span data-testid="landscape-held">
          {richText(
            t('held'),
            {
              param: t(`param.${held}` as LandscapeKey),
              value: formatNumber(context.heldValue, 3),
            },
            new Set(['value']),
          )}
        </span>{' '}
        <span data-testid="landscape-timing">
          {richText(
            t('timing'),
            { ms: formatNumber(answer.milliseconds, 1), n: answer.resolution },
            new Set(['ms', 'n']),
          )}
        </span>
      </p>
    </>
  );
}

/**
 * Asks the worker for the map whenever what it shows changes: the axes, the ranges (widened
 * to keep the route in view), the run's settings, or the held parameter (throttled).
 */
function useLandscapeRequests(
  path: readonly Float64Array[] | undefined,
  choice: AxisChoice,
  ask: AskLandscape,
): void {
  const config = useConfig((state) => state.run);
  const current = path?.at(-1);
  const ready = current !== undefined && current.length === PARAMETER_COUNT;
  const heldValue = ready ? (current[choice.held] as number) : NaN;
  const [x0, x1] = fitRange(choice.axes[0], ...extent(path ?? [], choice.axes[0]));
  const [y0, y1] = fitRange(choice.axes[1], ...extent(path ?? [], choice.axes[1]));
  const last = useRef<{
    choice: AxisChoice;
    ranges: string;
    config: RunConfig;
    held: number;
    at: number;
  } | null>(null);

  useEffect(() => {
    if (!ready) return;
    const ranges = `${x0} ${x1} ${y0} ${y1}`;
    const previous = last.current;
    const reshaped =
      previous === null ||
      previous.choice !== choice ||
      previous.ranges !== ranges ||
      previous.config !== config;
    if (!reshaped && !(Math.abs(previous.held - heldValue) > HELD_TOLERANCE)) return;
    const go = () => {
      last.current = { choice, ranges, config, held: heldValue, at: performance.now() };
      ask(
        {
          runId: RUN,
          axes: choice.axes,
          resolution: RESOLUTION,
          ranges: [
            [x0, x1],
            [y0, y1],
          ],
        },
        { choice, heldValue },
      );
    };
    const wait = reshaped ? 0 : previous.at + RECOMPUTE_MS - performance.now();
    if (wait <= 0) {
      go();
      return;
    }
    const timer = setTimeout(go, wait);
    return () => clearTimeout(timer);
  }, [ready, choice, config, heldValue, x0, x1, y0, y1, ask]);
}
