/**
 * A loss landscape on a canvas: a viridis heatmap of a grid of values, contour lines, axes,
 * paths with a ball each (colour and marker shape per path), and a keyboard cross-hair that
 * reads values out loud. Pure props: the caller brings the grid and the paths; balls glide
 * to new path ends (or replay a whole path) on animation frames, not React renders.
 *
 * Text alternative: a visually hidden description (extent, minimum, each path's ends), a
 * legend, and the grid as a table behind a disclosure. Without a 2-D context (jsdom) only
 * the text parts show.
 */
import {
  useEffect,
  useId,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { formatNumber } from '../format';
import { useLessonT } from '../i18n';
import { contourLines, type ContourLine } from './contours';
import { canvasHeightFor, nearestNode, nodeCoordinate, toData, type Ranges } from './layout';
import {
  LandscapeDescription,
  LandscapeLegend,
  LandscapeTable,
  formatValue,
} from './LandscapeText';
import { markerFor, type MarkerShape } from './markers';
import { messages } from './messages';
import { lastIndex } from './motion';
import { LandscapePainter, type ScenePath } from './painter';
import { labelled, richText } from './rich';
import { contourLevels, valueScale } from './scale';
import './landscape.css';

export interface LandscapePath {
  readonly id: string;
  readonly label: string;
  /** Any canvas colour, or `var(--name)` for a theme colour. */
  readonly color: string;
  /** Defaults to a distinct shape per path position. */
  readonly marker?: MarkerShape;
  /** x0, y0, x1, y1, … in data coordinates. */
  readonly points: Float64Array;
}

export interface LandscapeMark {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export interface LandscapeCanvasProps {
  /** resolution × resolution values, row-major, rows along y (the engine's layout). */
  readonly grid: Float64Array;
  readonly resolution: number;
  /** [[x min, x max], [y min, y max]]: the first and last grid nodes. */
  readonly ranges: Ranges;
  readonly paths?: readonly LandscapePath[];
  /**
   * Balls: 'end' (default) puts one at each path's last point, 'none' draws none, and a map
   * from path id to a point index puts that path's ball there (others at their ends).
   */
  readonly balls?: 'end' | 'none' | Readonly<Record<string, number>>;
  readonly marks?: readonly LandscapeMark[];
  /** Colour and contour scale; chosen from the values (log when they span decades) if unset. */
  readonly log?: boolean;
  readonly axisLabels: readonly [string, string];
  /** What the values are ("loss" by default). */
  readonly valueLabel?: string;
  readonly onPick?: (x: number, y: number) => void;
  readonly title: string;
  /** A new key replays every ball along its path from the start over `durationMs`. */
  readonly replay?: { readonly key: string | number; readonly durationMs: number };
  readonly reducedMotion?: boolean;
}

const CONTOUR_COUNT = 12;
/** Arrow keys move this fraction of the grid; with Shift, one node. */
const COARSE_STEPS = 32;

export function LandscapeCanvas(props: LandscapeCanvasProps) {
  const t = useLessonT(messages);
  const { grid, resolution, ranges, log, onPick } = props;
  const valueLabel = props.valueLabel ?? t('value');
  const ids = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painterRef = useRef<LandscapePainter | null>(null);
  const [cursor, setCursor] = useState<{ column: number; row: number } | null>(null);

  const scale = useMemo(() => valueScale(grid, log), [grid, log]);
  // Contour lines are traced in a render of their own, after the heatmap is on screen: a new
  // map then never costs one long task (they show a frame later, or a frame late on a change).
  const contourGrid = useDeferredValue<Float64Array | null>(grid, null);
  const contourScale = useDeferredValue(scale);
  const contours = useMemo<ContourLine[]>(
    () =>
      contourGrid === null || contourGrid.length !== resolution * resolution
        ? []
        : contourLevels(contourScale, CONTOUR_COUNT).flatMap((level) =>
            contourLines(contourGrid, resolution, level),
          ),
    [contourGrid, resolution, contourScale],
  );
  const paths = useMemo(
    () => scenePaths(props.paths ?? [], props.balls ?? 'end'),
    [props.paths, props.balls],
  );
  const textPaths = useMemo(
    () => paths.map((path, k) => ({ ...path, label: props.paths?.[k]?.label ?? path.id })),
    [paths, props.paths],
  );
  const marks = props.marks ?? NO_MARKS;
  const cursorPoint =
    cursor === null
      ? null
      : ([
          nodeCoordinate(ranges[0], resolution, cursor.column),
          nodeCoordinate(ranges[1], resolution, cursor.row),
        ] as const);

  // Sized as it is put on the page, before the browser paints or anything reads it: until then a
  // canvas is 300×150, shown stretched to the frame's width and half as tall as it will be.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const frame = frameRef.current;
    if (canvas === null || frame === null) return;
    const painter = new LandscapePainter(canvas);
    painterRef.current = painter;
    const fit = (width: number) => {
      // Presenter mode sets a larger text size for the axes (--landscape-text-scale).
      const scale = parseFloat(getComputedStyle(canvas).getPropertyValue('--landscape-text-scale'));
      const textScale = Number.isFinite(scale) && scale > 0 ? scale : 1;
      const height = canvasHeightFor(width, textScale);
      canvas.style.height = `${height}px`;
      painter.resize(width, height, window.devicePixelRatio || 1, textScale);
    };
    fit(frame.clientWidth || 480);
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => {
            const width = entries[0]?.contentRect.width;
            if (width !== undefined && width > 0) fit(width);
          })
        : null;
    observer?.observe(frame);
    return () => {
      observer?.disconnect();
      painter.dispose();
      painterRef.current = null;
    };
  }, []);

  const markPoints = useMemo(() => marks.map((mark) => [mark.x, mark.y] as const), [marks]);
  const replay = props.replay ?? null;
  const reducedMotion = props.reducedMotion ?? false;
  const [axisX, axisY] = props.axisLabels;
  const cursorX = cursorPoint?.[0];
  const cursorY = cursorPoint?.[1];
  useEffect(() => {
    painterRef.current?.setScene({
      grid,
      resolution,
      ranges,
      scale,
      contours,
      paths,
      marks: markPoints,
      cursor: cursorX === undefined || cursorY === undefined ? null : [cursorX, cursorY],
      axisLabels: [axisX, axisY],
      reducedMotion,
      replay,
    });
  }, [
    grid,
    resolution,
    ranges,
    scale,
    contours,
    paths,
    markPoints,
    cursorX,
    cursorY,
    axisX,
    axisY,
    reducedMotion,
    replay,
  ]);

  const moveCursor = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = event.shiftKey ? 1 : Math.max(1, Math.round((resolution - 1) / COARSE_STEPS));
    const from = cursor ?? { column: resolution >> 1, row: resolution >> 1 };
    const clamp = (k: number) => Math.min(resolution - 1, Math.max(0, k));
    switch (event.key) {
      case 'ArrowLeft':
        return { ...from, column: clamp(from.column - step) };
      case 'ArrowRight':
        return { ...from, column: clamp(from.column + step) };
      case 'ArrowUp':
        return { ...from, row: clamp(from.row + step) };
      case 'ArrowDown':
        return { ...from, row: clamp(from.row - step) };
      case 'Home':
        return scale.minIndex < 0
          ? from
          : { column: scale.minIndex % resolution, row: Math.floor(scale.minIndex / resolution) };
      default:
        return null;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && onPick !== undefined) {
      event.preventDefault();
      const at = cursorPoint ?? [
        nodeCoordinate(ranges[0], resolution, resolution >> 1),
        nodeCoordinate(ranges[1], resolution, resolution >> 1),
      ];
      onPick(at[0], at[1]);
      return;
    }
    const next = moveCursor(event);
    if (next === null) return;
    event.preventDefault();
    setCursor(next);
  };

  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const layout = painterRef.current?.layout();
    if (layout === null || layout === undefined) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = toData(layout, event.clientX - box.left, event.clientY - box.top);
    if (at === null) return;
    setCursor({
      column: nearestNode(ranges[0], resolution, at[0]),
      row: nearestNode(ranges[1], resolution, at[1]),
    });
    onPick?.(at[0], at[1]);
  };

  const readout =
    cursor === null || cursorPoint === null
      ? null
      : richText(t('readout'), {
          xp: labelled(axisX, formatNumber(cursorPoint[0], 2)),
          yp: labelled(axisY, formatNumber(cursorPoint[1], 2)),
          vp: labelled(
            valueLabel,
            formatValue(grid[cursor.row * resolution + cursor.column] as number),
          ),
        });

  return (
    <figure className="landscape">
      <figcaption className="landscape-title">{props.title}</figcaption>
      <div className="landscape-frame" ref={frameRef}>
        <canvas
          ref={canvasRef}
          className="landscape-canvas"
          tabIndex={0}
          role="application"
          aria-label={props.title}
          aria-describedby={`${ids}-keys ${ids}-description`}
          onKeyDown={onKeyDown}
          onClick={onClick}
        />
      </div>
      <p id={`${ids}-keys`} className="landscape-hint">
        {t('keys')} {onPick !== undefined && t('keysPick')}
      </p>
      <p className="landscape-readout" aria-live="polite" data-testid="landscape-readout">
        {readout}
      </p>
      <LandscapeLegend paths={textPaths} scale={scale} />
      <LandscapeDescription
        id={`${ids}-description`}
        grid={grid}
        resolution={resolution}
        ranges={ranges}
        scale={scale}
        axisLabels={props.axisLabels}
        valueLabel={valueLabel}
        paths={textPaths}
        marks={marks}
      />
      <LandscapeTable
        grid={grid}
        resolution={resolution}
        ranges={ranges}
        axisLabels={props.axisLabels}
        valueLabel={valueLabel}
      />
    </figure>
  );
}

const NO_MARKS: readonly LandscapeMark[] = [];

function scenePaths(
  paths: readonly LandscapePath[],
  balls: NonNullable<LandscapeCanvasProps['balls']>,
): ScenePath[] {
  return paths.map((path, k) => ({
    id: path.id,
    color: path.color,
    marker: path.marker ?? markerFor(k),
    points: path.points,
    ballAt:
      balls === 'none'
        ? null
        : balls === 'end'
          ? lastIndex(path.points)
          : (balls[path.id] ?? lastIndex(path.points)),
  }));
}
