/**
 * A detached copy of a model. Landscapes and gradient checks run forward passes that would
 * overwrite the activations a half-finished training step still needs, so they use a copy.
 */
import { Mlp } from '../core/mlp';

export function copyModel(model: Mlp): Mlp {
  const copy = new Mlp(model.spec);
  copy.params.set(model.params);
  return copy;
}
