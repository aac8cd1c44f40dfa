/**
 * The model's output now for each of the first training samples, as a bar with its target
 * marked across it: the bars climb or sink towards the marks as the run learns. The number of
 * bars comes from React (it changes only with the settings); their heights follow the stream
 * through refs. The numbers are the engine's (each snapshot's forward pass on these samples).
 */
import { useCallback, useRef } from 'react';
import { useRuns, type RunView } from '../../store/runs';
import { formatNumber } from '../format';
import { useT } from '../i18n';
import { barHeight, sampleBars } from './geometry';
import { useRunFrames } from './useRunFrames';

const HEIGHT = 24;
/** Width of one sample's slot in the drawing's units, and of its bar. */
const SLOT = 10;
const BAR = 6;

export function SampleOutputs({ runId }: { runId: string }) {
  const t = useT();
  const count = useRuns((state) => state.runs[runId]?.predictions?.count ?? 0);
  const svg = useRef<SVGSVGElement>(null);
  const slots = useRef<(SVGGElement | null)[]>([]);
  const draw = useCallback(
    (run: RunView | undefined) => {
      const predictions = run?.predictions;
      if (predictions === null || predictions === undefined) return;
      const { bars, low, high } = sampleBars(predictions);
      const said: string[] = [];
      // The bars drawn so far (a new count re-renders them, and this runs again).
      bars.slice(0, count).forEach((bar, k) => {
        const slot = slots.current[k];
        if (slot === null || slot === undefined) return;
        const fill = barHeight(bar.output, low, high, HEIGHT);
        // Kept a unit inside the drawing so a mark at 0 or 1 is not cut in half.
        const mark = Math.min(
          HEIGHT - 1,
          Math.max(1, HEIGHT - barHeight(bar.target, low, high, HEIGHT)),
        );
        const [, rect, line] = slot.children;
        rect?.setAttribute('y', String(HEIGHT - fill));
        rect?.setAttribute('height', String(fill));
        line?.setAttribute('y1', String(mark));
        line?.setAttribute('y2', String(mark));
        slot.dataset.output = String(bar.output);
        slot.dataset.target = String(bar.target);
        const output = formatNumber(bar.output, 2);
        said.push(t('live.sample', { n: k + 1, output, target: formatNumber(bar.target, 0) }));
      });
      svg.current?.setAttribute('aria-label', t('live.predictions', { list: said.join('; ') }));
    },
    [t, count],
  );
  useRunFrames(runId, draw);
  const width = Math.max(1, count) * SLOT;
  return (
    <svg
      ref={svg}
      className="live-outputs"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('live.predictions', { list: '—' })}
      data-testid="live-outputs"
    >
      {Array.from({ length: count }, (_, k) => (
        <g
          key={k}
          ref={(element) => {
            slots.current[k] = element;
          }}
          className="live-sample"
        >
          <rect
            className="live-track"
            x={k * SLOT + (SLOT - BAR) / 2}
            y={0}
            width={BAR}
            height={HEIGHT}
          />
          <rect
            className="live-fill"
            x={k * SLOT + (SLOT - BAR) / 2}
            y={HEIGHT}
            width={BAR}
            height={0}
          />
          <line className="live-target" x1={k * SLOT} x2={(k + 1) * SLOT} y1={0} y2={0} />
        </g>
      ))}
    </svg>
  );
}
