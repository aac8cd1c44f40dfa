/**
 * The run's loss per epoch as a tiny line: the same history and quantity as the bar's Loss
 * readout. An SVG polyline redrawn through a ref; its point count and a sentence describing it
 * are kept on the element for assistive technology (and for tests that watch it grow).
 */
import { useCallback, useRef } from 'react';
import type { RunView, SeriesName } from '../../store/runs';
import { formatLoss } from '../format';
import { useT } from '../i18n';
import { sparklinePoints, type Box } from './geometry';
import { useRunFrames } from './useRunFrames';

const BOX: Box = { width: 100, height: 24, pad: 2 };

export function LossSparkline(props: { runId: string; series: SeriesName }) {
  const t = useT();
  const svg = useRef<SVGSVGElement>(null);
  const line = useRef<SVGPolylineElement>(null);
  const { series } = props;
  const draw = useCallback(
    (run: RunView | undefined) => {
      const history = run?.series[series];
      const points = history?.points();
      const count = points?.x.length ?? 0;
      line.current?.setAttribute(
        'points',
        points === undefined ? '' : sparklinePoints(points.x, points.y, BOX),
      );
      const element = svg.current;
      if (element === null) return;
      element.dataset.points = String(count);
      element.setAttribute(
        'aria-label',
        count === 0
          ? t('live.curveEmpty')
          : t('live.curve', { count, loss: formatLoss(history?.last?.y) }),
      );
    },
    [series, t],
  );
  useRunFrames(props.runId, draw);
  return (
    <svg
      ref={svg}
      className="live-spark"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('live.curveEmpty')}
      data-testid="live-loss"
      data-points="0"
    >
      <polyline ref={line} points="" />
    </svg>
  );
}
