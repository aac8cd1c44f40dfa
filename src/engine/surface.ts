/** The 'surface' request: optimisers racing on the designed two-valley surface. */
import { descendSurface, surfaceGrid, twoValleySurface } from '../core/landscape';
import { DEFAULT_OPTIMIZER } from '../core/optimizers';
import type { AnswerOf, AskOf } from './request-protocol';
import { TransferList } from './transfer';

export const MAX_SURFACE_STEPS = 5000;
export const MAX_SURFACE_RACERS = 6;

export function surfaceAnswer(command: AskOf<'surface'>): {
  answer: AnswerOf<'surface'>;
  transfer: ArrayBuffer[];
} {
  const steps = Math.round(command.steps);
  if (!Number.isFinite(steps) || steps < 1 || steps > MAX_SURFACE_STEPS) {
    throw new RangeError(`surface steps must be a whole number from 1 to ${MAX_SURFACE_STEPS}`);
  }
  if (command.racers.length < 1 || command.racers.length > MAX_SURFACE_RACERS) {
    throw new RangeError(`the surface race takes 1 to ${MAX_SURFACE_RACERS} optimisers`);
  }
  const [x, y] = command.start;
  const [low, high] = twoValleySurface.range;
  if (!(x >= low && x <= high && y >= low && y <= high)) {
    throw new RangeError(`the start must lie on the surface, within ${low} … ${high}`);
  }
  const transfer = new TransferList();
  const paths = command.racers.map((racer) => {
    if (!(racer.learningRate > 0 && racer.learningRate <= 10)) {
      throw new RangeError('each racer needs a learning rate above 0 and at most 10');
    }
    const settings = { ...DEFAULT_OPTIMIZER, name: racer.optimizer, momentum: racer.momentum };
    return transfer.copy(descendSurface([x, y], settings, racer.learningRate, steps));
  });
  const finalValues = transfer.copy(
    paths.map((path) =>
      twoValleySurface.value(path[path.length - 2] as number, path[path.length - 1] as number),
    ),
  );
  const resolution = Math.max(0, Math.min(256, Math.round(command.resolution) || 0));
  const grid = transfer.copy(resolution >= 2 ? surfaceGrid(resolution) : []);
  return {
    answer: {
      paths,
      finalValues,
      resolution: resolution >= 2 ? resolution : 0,
      grid,
      range: twoValleySurface.range,
    },
    transfer: transfer.buffers,
  };
}
