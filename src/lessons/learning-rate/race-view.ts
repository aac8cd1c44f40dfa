/**
 * From the race's runs (as the engine reported them) to what the lesson shows: one chart line
 * per runner, and the label the outcome classifier gives its history.
 */
import { classifyOutcome, type Outcome } from '../../core/outcome';
import type { RunConfig } from '../../engine/protocol';
import type { RunView } from '../../store/runs';
import { formatLoss } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import { DASH_PATTERNS, type ChartMarker, type ChartSeries } from '../../ui/charts/types';
import type { LearningRateKey } from './messages';
import { CONVERGED_BELOW, formatRate } from './race';

export interface Runner {
  readonly id: string;
  readonly rate: number;
  readonly color: string;
  readonly dash: string;
  readonly outcome: Outcome | null;
  readonly message: OutcomeMessage;
  /** The message as plain text (chart marks, tests). */
  readonly label: string;
}

export interface RaceView {
  readonly runners: readonly Runner[];
  readonly series: readonly ChartSeries[];
  readonly markers: readonly ChartMarker[];
}

const EMPTY = { x: new Float64Array(0), y: new Float64Array(0) };

export function buildRaceView(
  ids: readonly string[],
  configs: readonly RunConfig[],
  runs: readonly (RunView | undefined)[],
  t: LessonTranslate<LearningRateKey>,
  threshold: number = CONVERGED_BELOW,
): RaceView {
  const runners: Runner[] = [];
  const series: ChartSeries[] = [];
  const markers: ChartMarker[] = [];
  configs.forEach((config, i) => {
    const id = ids[i] ?? `race-${i}`;
    const points = runs[i]?.series.trainLossSum.points() ?? EMPTY;
    const outcome =
      points.x.length === 0
        ? null
        : classifyOutcome(
            { epoch: points.x, loss: points.y },
            {
              threshold,
              totalEpochs: config.epochs,
              milestones: runs[i]?.milestones ?? null,
            },
          );
    const rate = formatRate(config.learningRate);
    const message = outcomeMessage(rate, outcome, config.epochs);
    const label = t(message.key, message.params);
    const color = `var(--series-${i + 1})`;
    const dash = DASH_PATTERNS[i % DASH_PATTERNS.length] ?? '';
    runners.push({ id, rate: config.learningRate, color, dash, outcome, message, label });
    // The chart marks a divergence itself, at the epoch the outcome names (one definition).
    const divergedAt = outcome?.kind === 'diverged' ? (outcome.epoch ?? null) : null;
    series.push({ id, label: rate, color, dash, points, divergedAt });
    const marker = markerOf(outcome, label);
    if (marker !== null) markers.push({ ...marker, color, dash });
  });
  return { runners, series, markers };
}

export interface OutcomeMessage {
  readonly key: LearningRateKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Which catalog sentence describes the outcome, and the numbers that fill it. */
export function outcomeMessage(
  rate: string,
  outcome: Outcome | null,
  epochs: number,
): OutcomeMessage {
  if (outcome === null) return { key: 'waiting', params: { rate } };
  switch (outcome.kind) {
    case 'converged':
      return { key: 'converged', params: { rate, epoch: outcome.epoch ?? 0 } };
    case 'diverged':
      return { key: 'diverged', params: { rate, epoch: outcome.epoch ?? 0 } };
    case 'bouncing':
      return { key: 'bouncing', params: { rate } };
    case 'settled':
      return {
        key: 'settled',
        params: { rate, level: formatLoss(outcome.level), epoch: outcome.epoch ?? 0 },
      };
    case 'too-slow':
      return { key: 'tooSlow', params: { rate, epochs } };
    case 'running':
      return { key: 'running', params: { rate } };
  }
}

/** A mark on the chart where a convergence or a settling began (divergence: see above). */
function markerOf(outcome: Outcome | null, label: string): ChartMarker | null {
  if (outcome?.epoch === undefined) return null;
  switch (outcome.kind) {
    case 'converged':
      return { x: outcome.epoch, kind: 'converged', label };
    case 'settled':
      return { x: outcome.epoch, kind: 'info', label };
    default:
      return null;
  }
}
