/**
 * The three-class device classifier of the forward-pass and loss lessons: a softmax layer
 * over [price, weight] → glasses / ring / earbuds, trained one sample at a time. Its seed
 * was chosen (by searching seeds, not by setting weights) so that the untrained network's
 * guess for the first glasses example is close to the article's 60 / 25 / 15.
 */
import type { RunConfig } from '../../engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../store/config-schema';

export const THREE_CLASS_RUN = 'three';

export const threeClassConfig: RunConfig = {
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  dataset: 'devices3',
  datasetSize: 30,
  noise: 0.1,
  validationSplit: 0,
  hidden: [],
  loss: 'cross-entropy',
  optimizer: 'sgd',
  learningRate: 0.5,
  batchSize: 1,
  shuffle: false,
  epochs: 200,
  seed: 3949,
};
