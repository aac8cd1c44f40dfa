/**
 * The plane: each phrase a marker at the point the engine computed, each labelled pair a line
 * whose colour AND dash say whether it pulls, pushes or rests, and in step mode two arrows for
 * the forces of the pair just trained. Labels are HTML (dir="auto") over the SVG so Arabic
 * phrases lay out right to left inside this left-to-right coordinate system.
 */
import { useId, useMemo } from 'react';
import type { PairForce } from '../../core/contrastive';
import { phrases, type MeaningGroup } from '../../core/phrases';
import type { EmbeddingsSnapshot, EmbeddingsStepDetail } from '../../engine/embeddings/protocol';
import { formatNumber } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';
import {
  fitView,
  LABEL_HEIGHT,
  labelWidth,
  placeLabels,
  PLANE_HEIGHT,
  PLANE_WIDTH,
  toScreen,
  type PlaneView,
} from './plane-layout';

/** Plane units per unit of force for the step arrows, and their longest length. */
const ARROW_SCALE = 40;
const ARROW_MAX = 90;

export const lineStyles: Readonly<Record<PairForce, { stroke: string; dash: string | undefined }>> =
  {
    pull: { stroke: 'var(--series-1)', dash: undefined },
    push: { stroke: 'var(--negative)', dash: '7 5' },
    rest: { stroke: 'var(--muted)', dash: '1.5 4' },
  };

const groupColours: Readonly<Record<MeaningGroup, string>> = {
  coffee: 'var(--series-5)',
  sleep: 'var(--series-4)',
  rain: 'var(--series-6)',
  food: 'var(--series-3)',
};

interface PhrasePlaneProps {
  readonly snapshot: EmbeddingsSnapshot;
  /** The last pair step, drawn as two force arrows (null while playing). */
  readonly step: EmbeddingsStepDetail | null;
  readonly t: LessonTranslate<EmbeddingsKey>;
}

export function PhrasePlane({ snapshot, step, t }: PhrasePlaneProps) {
  const captionId = useId();
  const summaryId = useId();
  const arrowId = useId();
  const { points, pairs, margin } = snapshot;
  const view = useMemo(() => fitView(points, margin), [points, margin]);
  const screen = useMemo(
    () => phrases.map((_, p) => toScreen(view, points[2 * p] ?? NaN, points[2 * p + 1] ?? NaN)),
    [view, points],
  );
  const labels = useMemo(
    () =>
      placeLabels(
        screen,
        phrases.map((phrase) => labelWidth(phrase.text)),
      ),
    [screen],
  );

  return (
    <figure className="emb-plane" dir="ltr">
      <figcaption id={captionId}>{t('plane.caption')}</figcaption>
      <p id={summaryId} className="visually-hidden">
        {summaryOf(snapshot, t)}
      </p>
      <div className="emb-plane-canvas">
        <svg
          viewBox={`0 0 ${PLANE_WIDTH} ${PLANE_HEIGHT}`}
          role="img"
          aria-labelledby={captionId}
          aria-describedby={summaryId}
        >
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="var(--text)" />
            </marker>
          </defs>
          {pairs.map((pair) => {
            const [x1, y1] = screen[pair.a] ?? [0, 0];
            const [x2, y2] = screen[pair.b] ?? [0, 0];
            const style = lineStyles[pair.force];
            const current = step !== null && isPair(step, pair.a, pair.b);
            return (
              <line
                key={`${pair.a}-${pair.b}`}
                className="emb-pair"
                data-force={pair.force}
                data-similar={pair.similar}
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke={style.stroke}
                strokeDasharray={style.dash}
                strokeWidth={current ? 4 : pair.extra ? 3 : 1.5}
                strokeOpacity={pair.force === 'rest' ? 0.6 : 0.85}
              />
            );
          })}
          {labels.map(([lx, ly], p) => {
            const leader = leaderLine(screen[p] ?? [0, 0], lx, ly, labelWidth(phrases[p]!.text));
            return leader === null ? null : (
              <line key={`leader-${p}`} className="emb-leader" {...leader} />
            );
          })}
          {phrases.map((phrase, p) => {
            const [sx, sy] = screen[p] ?? [0, 0];
            return (
              <g
                key={p}
                className="emb-point"
                data-phrase={phrase.text}
                data-x={points[2 * p]}
                data-y={points[2 * p + 1]}
                transform={`translate(${sx.toFixed(2)} ${sy.toFixed(2)})`}
              >
                <Marker group={phrase.group} />
              </g>
            );
          })}
          {step !== null && <ForceArrows step={step} screen={screen} markerId={arrowId} />}
          <MarginBar view={view} margin={margin} label={t('legend.margin')} />
        </svg>
        {phrases.map((phrase, p) => {
          const [lx, ly] = labels[p] ?? [0, 0];
          return (
            <span
              key={p}
              className="emb-label"
              dir="auto"
              lang={phrase.language}
              aria-hidden="true"
              style={{ left: `${(100 * lx) / PLANE_WIDTH}%`, top: `${(100 * ly) / PLANE_HEIGHT}%` }}
            >
              {phrase.text}
            </span>
          );
        })}
      </div>
    </figure>
  );
}

/** A thin line from a point to its label when the label had to move away from it. */
function leaderLine(
  [px, py]: readonly [number, number],
  lx: number,
  ly: number,
  width: number,
): { x1: number; y1: number; x2: number; y2: number } | null {
  const middle = ly + LABEL_HEIGHT / 2;
  const edge = px < lx ? lx : px > lx + width ? lx + width : px;
  if (Math.abs(edge - px) <= 12 && Math.abs(middle - py) <= 10) return null;
  return { x1: px, y1: py, x2: edge, y2: middle };
}

function isPair(step: EmbeddingsStepDetail, a: number, b: number): boolean {
  return (step.a === a && step.b === b) || (step.a === b && step.b === a);
}

function summaryOf(snapshot: EmbeddingsSnapshot, t: LessonTranslate<EmbeddingsKey>): string {
  const similar = snapshot.pairs.filter((p) => p.similar).map((p) => p.distance);
  const different = snapshot.pairs.filter((p) => !p.similar).map((p) => p.distance);
  return t('plane.summary', {
    phrases: phrases.length,
    similar: similar.length,
    farthest: similar.length > 0 ? formatNumber(Math.max(...similar), 3) : '—',
    different: different.length,
    closest: different.length > 0 ? formatNumber(Math.min(...different), 3) : '—',
    margin: formatNumber(snapshot.margin, 2),
  });
}

/** A shape per meaning group, so colour is never the only way to tell groups apart. */
export function Marker({ group }: { group: MeaningGroup }) {
  const fill = groupColours[group];
  const common = { fill, stroke: 'var(--surface)', strokeWidth: 1.5 };
  switch (group) {
    case 'coffee':
      return <circle r={6.5} {...common} />;
    case 'sleep':
      return <rect x={-6} y={-6} width={12} height={12} {...common} />;
    case 'rain':
      return <path d="M0,-8 L8,0 L0,8 L-8,0 z" {...common} />;
    case 'food':
      return <path d="M0,-8 L7.5,6 L-7.5,6 z" {...common} />;
  }
}

function ForceArrows({
  step,
  screen,
  markerId,
}: {
  step: EmbeddingsStepDetail;
  screen: readonly (readonly [number, number])[];
  markerId: string;
}) {
  if (step.force === 'rest') return null;
  const arrows: [number, readonly [number, number]][] = [
    [step.a, step.forceOnA],
    [step.b, step.forceOnB],
  ];
  return (
    <g className="emb-forces">
      {arrows.map(([phrase, [fx, fy]]) => {
        const [sx, sy] = screen[phrase] ?? [0, 0];
        const size = Math.hypot(fx, fy);
        if (size === 0) return null;
        const length = Math.min(ARROW_MAX, ARROW_SCALE * size);
        // Screen y grows downwards, data y upwards.
        return (
          <line
            key={phrase}
            x1={sx}
            y1={sy}
            x2={sx + (length * fx) / size}
            y2={sy - (length * fy) / size}
            stroke="var(--text)"
            strokeWidth={2}
            markerEnd={`url(#${markerId})`}
          />
        );
      })}
    </g>
  );
}

/** A bar as long as the margin, so distances on the picture can be read against it. */
function MarginBar({ view, margin, label }: { view: PlaneView; margin: number; label: string }) {
  const length = view.scale * margin;
  const x = 12;
  const y = PLANE_HEIGHT - 14;
  return (
    <g className="emb-margin-bar">
      <line x1={x} y1={y} x2={x + length} y2={y} stroke="var(--text)" strokeWidth={2} />
      <line x1={x} y1={y - 5} x2={x} y2={y + 5} stroke="var(--text)" strokeWidth={2} />
      <line
        x1={x + length}
        y1={y - 5}
        x2={x + length}
        y2={y + 5}
        stroke="var(--text)"
        strokeWidth={2}
      />
      <text x={x + length + 6} y={y + 4} fontSize={12} fill="var(--text)">
        {label} = {formatNumber(margin, 2)}
      </text>
    </g>
  );
}
