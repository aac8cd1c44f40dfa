/**
 * The words and tables beside the landscape canvas: its legend (marker, colour and label of
 * each path, and the colour scale), a visually hidden description, and the grid as a table
 * behind a disclosure.
 */
import { memo } from 'react';
import { formatNumber } from '../format';
import { FormulaText } from '../Formula';
import { useLessonT } from '../i18n';
import { colormapGradient } from './colormap';
import { nodeCoordinate, type Ranges } from './layout';
import { markerSvgPath, type MarkerShape } from './markers';
import { lastIndex, pointAlong } from './motion';
import { messages } from './messages';
import type { ValueScale } from './scale';

export interface TextPath {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly marker: MarkerShape;
  readonly points: Float64Array;
  readonly ballAt: number | null;
}

export interface TextMark {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

const coordinate = (value: number) => formatNumber(value, 2);
export const formatValue = (value: number) => formatNumber(value, 4);

export function LandscapeLegend({
  paths,
  scale,
}: {
  paths: readonly TextPath[];
  scale: ValueScale;
}) {
  const t = useLessonT(messages);
  return (
    <div className="landscape-legend" aria-label={t('legend')} role="group">
      {paths.length > 0 && (
        <ul className="landscape-keys">
          {paths.map((path) => (
            <li key={path.id}>
              <MarkerIcon color={path.color} marker={path.marker} />
              <span>{path.label}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="landscape-scale">
        <span className="numbers">{formatValue(scale.log ? scale.floor : scale.min)}</span>
        <span className="landscape-scale-bar" style={{ background: colormapGradient() }} />
        <span className="numbers">{formatValue(scale.max)}</span>
        <span className="landscape-scale-name">{t(scale.log ? 'scaleLog' : 'scaleLinear')}</span>
      </div>
    </div>
  );
}

export function MarkerIcon({ color, marker }: { color: string; marker: MarkerShape }) {
  return (
    <svg className="landscape-marker" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="8.5" fill={color} stroke="rgba(0,0,0,0.6)" strokeWidth="1.5" />
      <path
        d={markerSvgPath(marker, 4, 10, 10)}
        fill="#ffffff"
        stroke="rgba(0,0,0,0.85)"
        strokeWidth="1"
      />
    </svg>
  );
}

interface DescriptionProps {
  readonly id: string;
  readonly grid: Float64Array;
  readonly resolution: number;
  readonly ranges: Ranges;
  readonly scale: ValueScale;
  readonly axisLabels: readonly [string, string];
  readonly valueLabel: string;
  readonly paths: readonly TextPath[];
  readonly marks: readonly TextMark[];
}

/** Everything the picture says, in words: the extent, the minimum, and each path's ends. */
export function LandscapeDescription(props: DescriptionProps) {
  const t = useLessonT(messages);
  const { grid, resolution, ranges, scale, paths, marks } = props;
  const [x, y] = props.axisLabels;
  const value = props.valueLabel;
  const sentences = [
    t('summary', {
      value,
      x,
      y,
      x0: coordinate(ranges[0][0]),
      x1: coordinate(ranges[0][1]),
      y0: coordinate(ranges[1][0]),
      y1: coordinate(ranges[1][1]),
      n: resolution,
    }),
  ];
  if (scale.minIndex >= 0) {
    const row = Math.floor(scale.minIndex / resolution);
    const column = scale.minIndex % resolution;
    sentences.push(
      t('minimum', {
        value,
        vv: formatValue(grid[scale.minIndex] as number),
        x,
        y,
        xv: coordinate(nodeCoordinate(ranges[0], resolution, column)),
        yv: coordinate(nodeCoordinate(ranges[1], resolution, row)),
      }),
    );
  }
  for (const path of paths) {
    const end = path.ballAt === null ? lastIndex(path.points) : path.ballAt;
    const start = pointAlong(path.points, 0);
    const now = pointAlong(path.points, end);
    if (start === null || now === null) continue;
    sentences.push(
      t('path', {
        label: path.label,
        x,
        y,
        xs: coordinate(start[0]),
        ys: coordinate(start[1]),
        xe: coordinate(now[0]),
        ye: coordinate(now[1]),
        steps: Math.max(0, Math.round(end)),
      }),
    );
  }
  for (const mark of marks) {
    sentences.push(
      t('mark', { label: mark.label, x, y, xv: coordinate(mark.x), yv: coordinate(mark.y) }),
    );
  }
  return (
    <p id={props.id} className="visually-hidden" data-testid="landscape-description">
      {sentences.join(' ')}
    </p>
  );
}

const TABLE_POINTS = 9;

/** A coarse sample of the grid (9 × 9 points), top row = largest y, like the picture. */
export const LandscapeTable = memo(function LandscapeTable(props: {
  grid: Float64Array;
  resolution: number;
  ranges: Ranges;
  axisLabels: readonly [string, string];
  valueLabel: string;
}) {
  const t = useLessonT(messages);
  const { grid, resolution, ranges } = props;
  const count = Math.min(TABLE_POINTS, resolution);
  const nodes = Array.from({ length: count }, (_, i) =>
    Math.round((i * (resolution - 1)) / Math.max(1, count - 1)),
  );
  const [x, y] = props.axisLabels;
  const k = Math.max(1, Math.round((resolution - 1) / Math.max(1, count - 1)));
  return (
    <details className="landscape-table">
      <summary>{t('table')}</summary>
      <div className="landscape-table-scroll">
        <table className="numbers">
          <caption dir="auto">{t('tableCaption', { value: props.valueLabel, k, x, y })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <FormulaText text={`${y} \\ ${x}`} />
              </th>
              {nodes.map((column) => (
                <th key={column} scope="col">
                  {coordinate(nodeCoordinate(ranges[0], resolution, column))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...nodes].reverse().map((row) => (
              <tr key={row}>
                <th scope="row">{coordinate(nodeCoordinate(ranges[1], resolution, row))}</th>
                {nodes.map((column) => (
                  <td key={column}>{formatValue(grid[row * resolution + column] as number)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
});
