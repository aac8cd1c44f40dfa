/**
 * A decision-boundary plot on a canvas: what a classifier predicts over the plane of its two
 * inputs, with the data on top. Presentational only: the caller passes the picture (from the
 * engine) and gets clicks back in data coordinates. The canvas is focusable and described by a
 * text summary, and a legend spells out colours and shapes.
 */
import { useCallback, useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import {
  drawBoundary,
  pictureValueRange,
  shapeOf,
  type BoundaryPicture,
  type Palette,
} from './draw';
import { plotFrame, toData, type PlotFrame } from './geometry';
import { ValueLegend } from './ValueLegend';
import { useWidth } from '../use-width';
import './boundary.css';

export type { BoundaryPicture } from './draw';

export interface BoundaryPlotProps {
  readonly picture: BoundaryPicture | null;
  /** Accessible name of the plot. */
  readonly label: string;
  /** Text alternative: what the plot shows, in words and numbers. */
  readonly summary: string;
  readonly classNames: readonly string[];
  readonly axisLabels: readonly [string, string];
  readonly legend: {
    readonly training: string;
    readonly validation: string;
    readonly added: string;
  };
  /** Training points from this index on (in `picture.points`) were added by the learner. */
  readonly highlightFrom?: number;
  /** Called with the data coordinates of a click inside the plotting area. */
  readonly onPick?: (x1: number, x2: number) => void;
  /** Largest size in CSS pixels (the canvas is square; narrower, it is drawn to fit). */
  readonly size?: number;
  /**
   * A regression's value map: the colour bar's heading (what the colours are, with the value's
   * name). Shown only when the picture carries values.
   */
  readonly valueLabel?: string;
}

const FALLBACK_COLOURS = ['#2448c8', '#b3261e', '#0b6b3a'];

function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    classes: FALLBACK_COLOURS.map((fallback, k) => read(`--series-${k + 1}`, fallback)),
    text: read('--text', '#15171c'),
    border: read('--border', '#c9cedb'),
    background: read('--surface', '#ffffff'),
  };
}

/** Presenter mode draws the tick labels larger (--boundary-text-scale); elsewhere 1. */
function textScaleOf(element: Element): number {
  const scale = parseFloat(getComputedStyle(element).getPropertyValue('--boundary-text-scale'));
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

export function BoundaryPlot(props: BoundaryPlotProps) {
  const { picture, size: largest = 380, onPick, highlightFrom = Infinity } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  // The frame last drawn, so a click is read in the same coordinates.
  const frame = useRef<PlotFrame>(plotFrame(largest));
  // Drawn at the size it is shown, not scaled down: on a phone its 11 px tick labels stay 11 px.
  // Wider than `largest` (presenter mode lifts the CSS cap) it is drawn at `largest` and shown
  // enlarged, text and all, with more pixels behind it so it stays sharp.
  const shown = useWidth(canvasRef, largest);
  const size = Math.min(largest, shown);
  const enlarged = Math.max(1, shown / size);
  const valueRange = useMemo(
    () => (picture === null ? null : pictureValueRange(picture)),
    [picture],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas === null || ctx === null) return;
    const ratio = (window.devicePixelRatio || 1) * enlarged;
    canvas.width = Math.round(size * ratio);
    canvas.height = Math.round(size * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (picture === null) {
      ctx.clearRect(0, 0, size, size);
      return;
    }
    frame.current = plotFrame(size, textScaleOf(canvas));
    drawBoundary(ctx, frame.current, picture, readPalette(canvas), {
      classCount: props.classNames.length,
      highlightFrom,
    });
  }, [picture, size, enlarged, highlightFrom, props.classNames.length]);

  const click = useCallback(
    (event: MouseEvent<HTMLCanvasElement>) => {
      if (onPick === undefined || picture === null) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const scale = rect.width > 0 ? size / rect.width : 1;
      const point = toData(
        frame.current,
        picture.ranges,
        (event.clientX - rect.left) * scale,
        (event.clientY - rect.top) * scale,
      );
      if (point !== null) onPick(point[0], point[1]);
    },
    [onPick, picture, size],
  );

  return (
    <figure className="boundary-plot">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={props.label}
        aria-describedby={summaryId}
        tabIndex={0}
        width={size}
        height={size}
        style={{ maxWidth: `${largest}px` }}
        className={onPick === undefined ? undefined : 'pickable'}
        onClick={click}
      />
      <figcaption>
        <p className="boundary-axes">
          <span>→ {props.axisLabels[0]}</span> <span>↑ {props.axisLabels[1]}</span>
        </p>
        {valueRange !== null && <ValueLegend range={valueRange} label={props.valueLabel ?? ''} />}
        <ul className="boundary-legend">
          {valueRange === null &&
            props.classNames.map((name, label) => (
              <li key={name}>
                <span
                  className={`swatch shape-${shapeOf(label)} class-${label}`}
                  aria-hidden="true"
                />
                {name}
              </li>
            ))}
          <li>
            <span className="swatch shape-circle filled" aria-hidden="true" />
            {props.legend.training}
          </li>
          <li>
            <span
              className={
                valueRange === null ? 'swatch shape-circle hollow' : 'swatch shape-square filled'
              }
              aria-hidden="true"
            />
            {props.legend.validation}
          </li>
          <li>
            <span className="swatch shape-circle added" aria-hidden="true" />
            {props.legend.added}
          </li>
        </ul>
        <p id={summaryId} className="boundary-summary">
          {props.summary}
        </p>
      </figcaption>
    </figure>
  );
}
