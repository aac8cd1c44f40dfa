/**
 * The 'gradient-check' request: backpropagation against central differences for one
 * parameter, on the sample the run last worked on (or the first training sample). It runs
 * on a copy of the model, so the run's activations and accumulated gradient stay untouched.
 */
import { numericGradient } from '../core/gradcheck';
import { copyModel } from './model-copy';
import type { AnswerOf, AskOf } from './request-protocol';
import type { EngineRun } from './run';

export function gradientCheckAnswer(
  run: EngineRun,
  command: AskOf<'gradient-check'>,
): AnswerOf<'gradient-check'> {
  const { model, train, loss, trainer } = run.built;
  const index = command.paramIndex;
  if (!Number.isInteger(index) || index < 0 || index >= model.params.length) {
    throw new RangeError(
      `parameter index must be a whole number from 0 to ${model.params.length - 1}, got ${index}`,
    );
  }
  const sample = run.tracker.sampleIndex;
  const input =
    sample === null
      ? train.inputs.subarray(0, train.inputSize)
      : Float64Array.from(trainer.currentInput);
  const row = sample ?? 0;
  const target = train.targets.subarray(row * train.targetSize, (row + 1) * train.targetSize);
  // The article's rule updates with the error alone: the gradient of ½(y − p)² (inside the
  // clip's range). Check it against that loss, the one its update really descends.
  const checkedLoss = loss === 'article' ? 'half-squared' : loss;
  const copy = copyModel(model);
  copy.zeroGrads();
  copy.forward(input, 0, null);
  copy.backward(loss, target, 0);
  const analytic = copy.grads[index] as number;
  const numeric = numericGradient(copy, checkedLoss, input, target, index);
  return {
    runId: run.id,
    paramIndex: index,
    analytic,
    numeric,
  };
}
