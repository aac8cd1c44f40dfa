/**
 * The 'neuron-maps' request: every neuron's output over the plane, for the network view that
 * shows a small map on each input feature, hidden neuron and output (as TensorFlow Playground
 * does). One forward pass per grid cell through a copy of the model; the activations the pass
 * leaves in each layer are the maps.
 */
import { copyModel } from './model-copy';
import { planeGrid } from './plane-grid';
import type { AnswerOf, AskOf } from './request-protocol';
import type { EngineRun } from './run';

/** Small maps: 56 of them at 6×8 must stay cheap to compute and to send every refresh. */
export const MAX_NEURON_MAP_RESOLUTION = 48;

export function neuronMapsAnswer(
  run: EngineRun,
  ask: AskOf<'neuron-maps'>,
): { answer: AnswerOf<'neuron-maps'>; transfer: ArrayBuffer[] } {
  const grid = planeGrid(run, Math.min(ask.resolution, MAX_NEURON_MAP_RESOLUTION));
  const { resolution, features } = grid;
  const copy = copyModel(run.built.model);
  const layerSizes = [features.length, ...copy.layers.map((layer) => layer.outputSize)];
  const neurons = layerSizes.reduce((sum, size) => sum + size, 0);
  const cells = resolution * resolution;
  const maps = new Float32Array(neurons * cells);
  const input = new Float64Array(features.length);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      grid.modelInput(row, column, input);
      copy.predict(input);
      const cell = row * resolution + column;
      let neuron = 0;
      for (let k = 0; k < input.length; k++, neuron++)
        maps[neuron * cells + cell] = input[k] as number;
      copy.layers.forEach((layer, index) => {
        const values = copy.activations[index + 1] as Float64Array;
        for (let k = 0; k < layer.outputSize; k++, neuron++)
          maps[neuron * cells + cell] = values[k] as number;
      });
    }
  }
  const extents = new Float32Array(neurons * 2);
  for (let neuron = 0; neuron < neurons; neuron++) {
    let low = Infinity;
    let high = -Infinity;
    for (let cell = 0; cell < cells; cell++) {
      const value = maps[neuron * cells + cell] as number;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    extents[2 * neuron] = low;
    extents[2 * neuron + 1] = high;
  }
  const params = Float64Array.from(run.built.model.params);
  return {
    answer: {
      runId: run.id,
      epoch: run.built.trainer.epoch,
      resolution,
      ranges: grid.ranges,
      layerSizes,
      features,
      maps,
      extents,
      params,
    },
    transfer: [maps.buffer, extents.buffer, params.buffer],
  };
}
