/**
 * A logarithmic strip: each decade the same width, so a toy run and GPT-3 fit on one line.
 * Marks are labelled in text and shape (a circle and a diamond), not only in colour. It is laid
 * out at the width it is shown (up to 640 px), so its labels keep their size on a phone.
 */
import { useRef } from 'react';
import { useWidth } from '../../ui/use-width';

export interface StripMark {
  readonly value: number;
  readonly label: string;
  readonly shape: 'circle' | 'diamond';
}

export interface StripReference {
  readonly value: number;
  readonly label: string;
}

/** The widest the strip is drawn; narrower, it is laid out at the width it is shown. */
const WIDTH = 640;
const HEIGHT = 110;
/** Room per decade label, so the ticks thin out on a phone instead of running together. */
const TICK_ROOM = 44;
const PAD = 24;
const AXIS_Y = 50;

/** The decade span shown: the marks' decades with one to spare on each side. */
export function decadeSpan(values: readonly number[]): [number, number] {
  const logs = values.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log10);
  if (logs.length === 0) return [0, 1];
  return [Math.floor(Math.min(...logs)) - 1, Math.ceil(Math.max(...logs)) + 1];
}

/** Room a reference label needs; one closer than this to the previous goes a row lower. */
const REFERENCE_ROOM = 64;

/** The baseline of reference k's label: its own row, or the next one down if it would collide. */
function referenceRow(
  references: readonly StripReference[],
  x: (value: number) => number,
  k: number,
): number {
  const previous = references[k - 1];
  const current = references[k];
  if (previous === undefined || current === undefined) return 42;
  const crowded = Math.abs(x(current.value) - x(previous.value)) < REFERENCE_ROOM;
  return crowded && referenceRow(references, x, k - 1) === 42 ? 55 : 42;
}

export function LogStrip(props: {
  readonly marks: readonly StripMark[];
  readonly references?: readonly StripReference[];
  readonly label: string;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const width = Math.min(WIDTH, useWidth(svg, WIDTH, 240));
  // A value a log axis cannot place (0, Infinity, NaN from extreme inputs) gets no mark.
  const marks = props.marks.filter((m) => m.value > 0 && Number.isFinite(m.value));
  const [low, high] = decadeSpan(marks.map((m) => m.value));
  // Placed by decade, not by 10 ** decade, which overflows or underflows at the extremes.
  const atDecade = (d: number) => PAD + ((d - low) / (high - low)) * (width - 2 * PAD);
  const x = (value: number) => atDecade(Math.log10(value));
  const most = Math.max(2, Math.min(8, Math.floor((width - 2 * PAD) / TICK_ROOM)));
  const step = Math.max(1, Math.ceil((high - low) / most));
  const decades: number[] = [];
  for (let d = Math.ceil(low / step) * step; d <= high; d += step) decades.push(d);
  const references = (props.references ?? []).filter(
    (r) => Math.log10(r.value) >= low && Math.log10(r.value) <= high,
  );
  return (
    <svg
      ref={svg}
      className="log-strip"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-label={props.label}
      direction="ltr"
    >
      <line x1={PAD} x2={width - PAD} y1={AXIS_Y} y2={AXIS_Y} className="axis" />
      {decades.map((d) => (
        <g key={d} transform={`translate(${atDecade(d)} ${AXIS_Y})`}>
          <line y1={-4} y2={4} className="axis" />
          <text y={18} textAnchor="middle" className="tick">
            10
            <tspan dy={-5} fontSize="0.7em">
              {d}
            </tspan>
          </text>
        </g>
      ))}
      {references.map((r, k) => (
        <g key={r.label} transform={`translate(${x(r.value)} ${AXIS_Y})`}>
          <line y1={22} y2={30} className="reference" />
          <text y={referenceRow(references, x, k)} textAnchor="middle" className="reference-label">
            {r.label}
          </text>
        </g>
      ))}
      {marks.map((mark, k) => {
        const cx = x(mark.value);
        const labelY = k % 2 === 0 ? 12 : 28;
        return (
          <g key={mark.label} className={`mark mark-${k}`}>
            {mark.shape === 'circle' ? (
              <circle cx={cx} cy={AXIS_Y} r={7} />
            ) : (
              <rect
                x={cx - 6}
                y={AXIS_Y - 6}
                width={12}
                height={12}
                transform={`rotate(45 ${cx} ${AXIS_Y})`}
              />
            )}
            <line x1={cx} x2={cx} y1={labelY + 3} y2={AXIS_Y - 8} className="leader" />
            <text
              x={cx}
              y={labelY}
              textAnchor={cx < width / 2 ? 'start' : 'end'}
              className="mark-label"
            >
              {mark.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
