/** The 'landscape' request: the loss over a grid of two of a run's parameters. */
import { lossGrid } from '../core/landscape';
import { copyModel } from './model-copy';
import type { AnswerOf, AskOf } from './request-protocol';
import type { EngineRun } from './run';
import { TransferList } from './transfer';

export const MAX_LANDSCAPE_RESOLUTION = 256;
/** Grid cells × training samples; beyond this the grid gets coarser so the worker stays responsive. */
export const MAX_LANDSCAPE_WORK = 20_000_000;

export function landscapeResolution(requested: number, trainingSize: number): number {
  const wanted = Number.isFinite(requested) ? Math.round(requested) : MAX_LANDSCAPE_RESOLUTION;
  const affordable = Math.floor(Math.sqrt(MAX_LANDSCAPE_WORK / Math.max(1, trainingSize)));
  return Math.max(2, Math.min(wanted, MAX_LANDSCAPE_RESOLUTION, affordable));
}

export function landscapeAnswer(
  run: EngineRun,
  command: AskOf<'landscape'>,
  now: () => number,
): { answer: AnswerOf<'landscape'>; transfer: ArrayBuffer[] } {
  const { model, train, loss } = run.built;
  const resolution = landscapeResolution(command.resolution, train.size);
  const started = now();
  const values = lossGrid(copyModel(model), train, loss, command.axes, command.ranges, resolution);
  const milliseconds = now() - started;
  const transfer = new TransferList();
  const answer: AnswerOf<'landscape'> = {
    runId: run.id,
    resolution,
    values: transfer.copy(values),
    ranges: command.ranges,
    milliseconds,
  };
  return { answer, transfer: transfer.buffers };
}
