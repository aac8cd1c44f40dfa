/**
 * The four stages as a ring, telling what the engine is doing at any speed. Paused, or playing
 * at a teaching pace, it lights the one stage the engine just ran, marked for assistive
 * technology with aria-current. Playing faster than anyone can follow, no box claims to be the
 * current one: a highlight chases round the ring and a label gives the real number of loops a
 * second; with reduced motion only the label stays.
 */
import type { Stage } from '../../core/trainer';
import { TEACHING_STAGES_PER_SECOND } from '../../engine/pace';
import { assertNever } from '../../core/assert-never';
import { useLessonT, useT } from '../../ui/i18n';
import { useReducedMotion } from '../../ui/network/reduced-motion';
import { messages } from './messages';

const STAGES: readonly Stage[] = ['forward', 'loss', 'backprop', 'update'];

export type LoopActivity =
  /** Not playing: `stage` is the one the last step ran (null: none, or no longer current). */
  | { readonly kind: 'paused'; readonly stage: Stage | null }
  /** Playing at a teaching pace, one stage at a time: `stage` is the one just run. */
  | { readonly kind: 'stages'; readonly stage: Stage | null }
  /** Playing whole epochs: updates (one per turn of the ring) a second, null until measured. */
  | { readonly kind: 'spinning'; readonly loopsPerSecond: number | null };

export function LoopDiagram({ activity }: { activity: LoopActivity }) {
  const t = useT();
  const reduced = useReducedMotion();
  const lit = litStage(activity);
  const chase = activity.kind === 'spinning' && !reduced;
  return (
    <figure className="loop-diagram" aria-label={t('loop.diagram')} data-activity={activity.kind}>
      <div className="loop-ring-box">
        <ol className={`loop-ring${chase ? ' chasing' : ''}`}>
          {STAGES.map((stage, index) => (
            <li
              key={stage}
              className={`loop-stage${lit === stage ? ' lit' : ''}`}
              aria-current={lit === stage ? 'step' : undefined}
              data-stage={stage}
            >
              <span className="loop-stage-number numbers">{index + 1}</span>
              <strong>{t(`loop.stage.${stage}`)}</strong>
              <span className="loop-stage-hint">{t(`loop.stage.${stage}.hint`)}</span>
            </li>
          ))}
        </ol>
        <span className={`loop-repeat${chase ? ' chasing' : ''}`} aria-hidden="true">
          ↻
        </span>
      </div>
      <Caption activity={activity} reduced={reduced} />
    </figure>
  );
}

/** Always there, with room kept for its first line, so starting Play moves nothing below. */
function Caption(props: { activity: LoopActivity; reduced: boolean }) {
  const t = useLessonT(messages);
  const { activity } = props;
  let text = '';
  if (activity.kind === 'stages') text = t('pace.stages');
  if (activity.kind === 'spinning') {
    const rate = activity.loopsPerSecond;
    text =
      rate === null
        ? t('spin.measuring')
        : t(props.reduced ? 'spin.still' : 'spin.rate', { n: formatRate(rate) });
  }
  return (
    <figcaption className="loop-caption">
      <span className="loop-rate" data-testid="loop-rate">
        {text}
      </span>
      <span className="loop-rate-hint">{t('spin.hint', { max: TEACHING_STAGES_PER_SECOND })}</span>
    </figcaption>
  );
}

/** Two significant digits are plenty for a rate that moves with every tick (one decimal below 10). */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond < 0) return '—';
  if (perSecond < 10) return perSecond.toFixed(1);
  const digits = Math.floor(Math.log10(perSecond)) + 1;
  const unit = 10 ** Math.max(0, digits - 2);
  // Grouped by hand, not with toLocaleString: a page's first Intl call sets up ICU, a single
  // task of ~100 ms on a slow machine, and this runs in the first frames after Play.
  return String(Math.round(perSecond / unit) * unit).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Whether an activity lights a stage; the exhaustive switch keeps new kinds honest. */
export function litStage(activity: LoopActivity): Stage | null {
  switch (activity.kind) {
    case 'paused':
    case 'stages':
      return activity.stage;
    case 'spinning':
      return null;
    default:
      return assertNever(activity);
  }
}
