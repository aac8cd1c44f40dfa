/**
 * The article's neuron as the lab trains it: one neuron over [price, weight] from
 * w = [0.5, 0.5], b = 0, one sample at a time, in order, on the article's loss. The engine's
 * main run and race runs are built here, and so is the W3 benchmark, so the benchmark times
 * the loop the app runs. The trainer does the neuron's arithmetic with core/article.ts's
 * functions, so its numbers are the article program's (and numpy's) bit for bit.
 */
import { ARTICLE_PROGRAM, type NeuronActivation } from './article';
import type { Dataset } from './dataset';
import { Mlp } from './mlp';
import type { Rng } from './rng';
import { Trainer, type TrainerSettings } from './trainer';

/** What the article's neuron leaves to the caller: the rate, its schedule, the epochs. */
export type ArticleTrainerSettings = Pick<
  TrainerSettings,
  'learningRate' | 'optimizer' | 'schedule' | 'epochs'
>;

export function articleTrainer(
  train: Dataset,
  activation: NeuronActivation,
  settings: ArticleTrainerSettings,
  rng: Rng,
): Trainer {
  const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation }] });
  model.params.set([...ARTICLE_PROGRAM.initialWeights, ARTICLE_PROGRAM.initialBias]);
  return new Trainer(
    model,
    train,
    null,
    {
      ...settings,
      loss: 'article',
      batchSize: 1,
      dropLast: false,
      shuffle: false,
      dropout: 0,
      inputNoise: 0,
      earlyStopping: null,
    },
    rng,
  );
}
