/**
 * A light loss-per-epoch plot in plain SVG: one line, a fixed epoch axis, a few ticks, and
 * labelled marks. It is for charts on the first screen, where recharts (about 100 KB gzip, and
 * a long task to mount) would hold up the page; lessons further down use LossChart.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatLoss } from '../format';
import { niceTicks } from '../boundary/geometry';
import './epoch-plot.css';

export interface PlotMark {
  readonly x: number;
  /** The value there, when the run has reached it. */
  readonly y: number | undefined;
  readonly label: string;
}

export interface EpochPlotProps {
  readonly points: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> } | null;
  /** The epoch axis, fixed for the whole run so it never re-lays out. */
  readonly epochs: readonly [number, number];
  readonly marks: readonly PlotMark[];
  readonly title: string;
  readonly yLabel: string;
  readonly xLabel: string;
  readonly marksLabel: string;
  readonly height: number;
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 72 };

/** The element's width in CSS pixels, followed as it changes. */
function useWidth(element: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const target = element.current;
    if (target === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.max(160, Math.round(entry.contentRect.width)));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function highestFinite(y: ArrayLike<number>): number {
  let high = 0;
  for (let i = 0; i < y.length; i++) {
    const value = y[i] as number;
    if (Number.isFinite(value) && value > high) high = value;
  }
  return high;
}

/** Line segments through the finite points; a non-finite value breaks the line there. */
function linePath(
  points: NonNullable<EpochPlotProps['points']>,
  px: (x: number) => number,
  py: (y: number) => number,
): string {
  const parts: string[] = [];
  let pen = 'M';
  let lastColumn = NaN;
  for (let i = 0; i < Math.min(points.x.length, points.y.length); i++) {
    const y = points.y[i] as number;
    if (!Number.isFinite(y)) {
      pen = 'M';
      continue;
    }
    const cx = px(points.x[i] as number);
    // One point per half pixel is all a screen can show.
    const column = Math.round(cx * 2);
    if (column === lastColumn && pen === 'L') continue;
    lastColumn = column;
    parts.push(`${pen}${cx.toFixed(1)},${py(y).toFixed(1)}`);
    pen = 'L';
  }
  return parts.join('');
}

export function EpochPlot(props: EpochPlotProps) {
  const { points, epochs, marks, title, yLabel, xLabel, marksLabel, height } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const high = (points === null ? 0 : highestFinite(points.y)) || 1;
  const yTicks = niceTicks(0, high, 4);
  const yMax = Math.max(high, yTicks[yTicks.length - 1] ?? 0);
  const [x0, x1] = epochs;
  const px = (x: number) => MARGIN.left + ((x - x0) / Math.max(1, x1 - x0)) * innerWidth;
  const py = (y: number) => MARGIN.top + (1 - y / yMax) * innerHeight;
  const xTicks = niceTicks(x0, x1, width < 420 ? 3 : 6).filter((x) => x >= x0 && x <= x1);
  return (
    <figure className="epoch-plot">
      <figcaption className="epoch-plot-title">{title}</figcaption>
      <div ref={box} className="epoch-plot-box" style={{ height }}>
        <svg width={width} height={height} role="img" aria-label={title} direction="ltr">
          <g className="epoch-plot-grid">
            {yTicks.map((y) => (
              <g key={`y${y}`}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={py(y)} y2={py(y)} />
                <text x={MARGIN.left - 6} y={py(y)} textAnchor="end" dominantBaseline="middle">
                  {formatLoss(y)}
                </text>
              </g>
            ))}
            {xTicks.map((x) => (
              <text key={`x${x}`} x={px(x)} y={height - MARGIN.bottom + 16} textAnchor="middle">
                {x}
              </text>
            ))}
            <text
              className="epoch-plot-axis-title"
              x={MARGIN.left + innerWidth / 2}
              y={height - 4}
              textAnchor="middle"
            >
              {xLabel}
            </text>
            <text
              className="epoch-plot-axis-title"
              transform={`translate(14 ${MARGIN.top + innerHeight / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          </g>
          {marks.map((mark) => (
            <g key={mark.x} className="epoch-plot-mark">
              <line x1={px(mark.x)} x2={px(mark.x)} y1={MARGIN.top} y2={MARGIN.top + innerHeight} />
              {mark.y !== undefined && Number.isFinite(mark.y) && (
                <circle cx={px(mark.x)} cy={py(Math.min(mark.y, yMax))} r={4} />
              )}
            </g>
          ))}
          {points !== null && (
            <path className="epoch-plot-line" d={linePath(points, px, py)} fill="none" />
          )}
        </svg>
      </div>
      <ul className="epoch-plot-marks" aria-label={marksLabel}>
        {marks.map((mark) => (
          <li key={mark.x}>{mark.label}</li>
        ))}
      </ul>
    </figure>
  );
}
