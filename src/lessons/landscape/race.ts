/** The optimiser race on the designed two-valley surface: who runs, and where each one ended. */
import { twoValleySurface } from '../../core/landscape';
import type { OptimizerName } from '../../core/optimizers';
import { SURFACE_RACE_DEFAULTS, SURFACE_RACE_LIMITS } from '../../settings/races';
import { formatNumber } from '../../ui/format';
import type { MarkerShape } from '../../ui/landscape/markers';

export interface Racer {
  readonly optimizer: OptimizerName;
  readonly color: string;
  readonly marker: MarkerShape;
}

/** Colours chosen to stand out on the viridis map; shapes tell them apart without colour. */
export const RACERS: readonly Racer[] = [
  { optimizer: 'sgd', color: '#ff5a5f', marker: 'circle' },
  { optimizer: 'momentum', color: '#ffffff', marker: 'square' },
  { optimizer: 'adam', color: '#ffb000', marker: 'triangle' },
];

/** A start where the racers disagree: at rate 0.2 SGD stops in the shallow valley, momentum does not. */
export const SUGGESTED_START: readonly [number, number] = [-3.5, -2];
export const DEFAULT_RACE = { learningRate: 0.2, ...SURFACE_RACE_DEFAULTS } as const;
/** The momentum and step sliders' ranges, from src/settings/races.ts. */
export const RACE_LIMITS = SURFACE_RACE_LIMITS;
export const SURFACE_RESOLUTION = 128;

/** What one race was asked: the answer's context. */
export interface RaceSettings {
  readonly start: readonly [number, number];
  readonly learningRate: number;
  readonly momentum: number;
  readonly steps: number;
}

export type Valley = 'global' | 'local' | 'lost';

export interface RacerOutcome {
  readonly valley: Valley;
  readonly end: readonly [number, number];
  readonly height: number;
  /** Steps actually taken (fewer than asked when the path left the finite numbers). */
  readonly steps: number;
  /** The last step still moved noticeably: the ball has not come to rest. */
  readonly rolling: boolean;
}

/** Below this last-step length the ball counts as resting. */
const REST = 1e-3;

/** The valleys sit either side of x = 0: the deeper one near x = 1.5, the shallow one near −1.5. */
export function outcomeOf(path: Float64Array, height: number, stepsAsked: number): RacerOutcome {
  const n = path.length >> 1;
  const x = path[2 * n - 2] as number;
  const y = path[2 * n - 1] as number;
  const steps = n - 1;
  const lost = steps < stepsAsked || !Number.isFinite(height);
  const divide = (twoValleySurface.globalMinimumNear[0] + twoValleySurface.localMinimumNear[0]) / 2;
  const lastStep =
    n >= 2 ? Math.hypot(x - (path[2 * n - 4] as number), y - (path[2 * n - 3] as number)) : 0;
  return {
    valley: lost ? 'lost' : x > divide ? 'global' : 'local',
    end: [x, y],
    height,
    steps,
    rolling: !lost && lastStep > REST,
  };
}

/** The learning rates the slider steps through: roughly even on a log scale, all round numbers. */
export const RACE_RATES: readonly number[] = [
  0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2,
];

/** A start point as the lab writes coordinates: "x -3.50, y -2.00" (left to right in every language). */
export function coordinates([x, y]: readonly [number, number]): string {
  return `x ${formatNumber(x, 2)}, y ${formatNumber(y, 2)}`;
}
