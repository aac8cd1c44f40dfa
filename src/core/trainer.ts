/**
 * The training loop as a stepper. One call to `nextStage()` runs exactly one of the four
 * stages (forward → loss → backprop → update) for one sample, so a lesson can pause between
 * any two of them; `stepSample`, `stepBatch` and `stepEpoch` run stages until the boundary
 * they name. Every path goes through the same stage functions, so stepping and playing give
 * identical numbers.
 *
 * A non-finite loss or parameter ends the run with status "diverged" (never an exception);
 * early stopping ends it with "early-stopped" after restoring the best weights.
 *
 * The article's neuron (one neuron on two inputs, its loss, one sample per update) does its
 * forward pass, loss and plain-SGD update with the article program's own functions
 * (article.ts), in the program's order of operations, so its numbers are numpy's bit for bit.
 */
import { neuronActivation, neuronSum, neuronUpdate, type NeuronActivation } from './article';
import { batchCount, EpochOrder } from './datasets';
import { DivergenceWatch } from './divergence';
import type { Dataset } from './dataset';
import { expandFeatures } from './features';
import type { LossName } from './losses';
import type { Mlp } from './mlp';
import { Optimizer, type OptimizerSettings } from './optimizers';
import type { Rng } from './rng';
import { learningRateAt, type ScheduleSettings } from './schedules';

export type Stage = 'forward' | 'loss' | 'backprop' | 'update';
export type RunStatus = 'ready' | 'running' | 'finished' | 'diverged' | 'early-stopped';

export interface EarlyStoppingSettings {
  /** Epochs without a validation improvement before stopping. */
  readonly patience: number;
  /** The smallest decrease of validation loss that counts as an improvement. */
  readonly minDelta: number;
}

export interface TrainerSettings {
  readonly loss: LossName;
  readonly learningRate: number;
  readonly optimizer: OptimizerSettings;
  readonly schedule: ScheduleSettings;
  readonly batchSize: number;
  /** Drop the last partial batch of each epoch instead of training on it. */
  readonly dropLast: boolean;
  /** Reshuffle the sample order every epoch (otherwise the data set's order, every epoch). */
  readonly shuffle: boolean;
  readonly epochs: number;
  /** Inverted-dropout rate on hidden layers while training (0 turns it off). */
  readonly dropout: number;
  /** Standard deviation of Gaussian jitter added to each training input (augmentation). */
  readonly inputNoise: number;
  readonly earlyStopping: EarlyStoppingSettings | null;
}

export interface EpochSummary {
  /** The epoch just completed, counted from 0. */
  readonly epoch: number;
  /** Mean training loss over the epoch's samples, measured as they were trained on. */
  readonly trainLoss: number;
  /** Sum of the training losses over the epoch (the article's total_loss). */
  readonly trainLossSum: number;
  /** Mean validation loss after the epoch (NaN without a validation set). */
  readonly validationLoss: number;
  readonly trainAccuracy: number;
  readonly validationAccuracy: number;
  /** Mean length of the (batch-averaged) gradient over the epoch's updates. */
  readonly gradientNorm: number;
  readonly learningRate: number;
  /** Weight updates since the start of the run. */
  readonly updates: number;
  readonly status: RunStatus;
}

export interface StageReport {
  readonly stage: Stage;
  readonly epoch: number;
  /** Position of the sample within this epoch's order. */
  readonly sampleInEpoch: number;
  /** Row of the sample in the training set. */
  readonly sampleIndex: number;
  /** Iteration (batch) within the epoch, counted from 0. */
  readonly iteration: number;
  readonly updates: number;
  /** The current sample's loss (NaN before the loss stage). */
  readonly sampleLoss: number;
  readonly status: RunStatus;
  /** Present when this stage completed an epoch. */
  readonly epochSummary?: EpochSummary;
}

export class Trainer {
  readonly model: Mlp;
  readonly train: Dataset;
  readonly validation: Dataset | null;
  readonly settings: TrainerSettings;
  readonly optimizer: Optimizer;
  /** The sample that the last stage worked on (with any augmentation noise applied). */
  readonly currentInput: Float64Array;
  private readonly order: EpochOrder;
  private readonly dropoutRng: Rng;
  private readonly noiseRng: Rng;
  private readonly epochLength: number;
  private readonly signedTargets: boolean;
  private pendingStage: Stage = 'forward';
  private statusValue: RunStatus = 'ready';
  /** The lab's one rule for divergence (divergence.ts), applied to each epoch's total loss. */
  private readonly divergence = new DivergenceWatch();
  private epochIndex = 0;
  /** The schedule's rate for the epoch under way (set when it starts). */
  private epochRate: number;
  /** A constant schedule's rate never changes: no need to ask the schedule every epoch. */
  private readonly constantRate: boolean;
  private cursor = 0;
  private batchFill = 0;
  private iterationInEpoch = 0;
  private updates = 0;
  private sampleLoss = Number.NaN;
  private epochLossSum = 0;
  /** Losses measured so far in the epoch under way (the terms of epochLossSum). */
  private epochLossCount = 0;
  private epochCorrect = 0;
  private epochGradientNormSum = 0;
  private epochUpdates = 0;
  private bestValidationLoss = Infinity;
  private bestParams: Float64Array | null = null;
  private epochsWithoutImprovement = 0;
  /** The article's neuron's activation when this run is the article's program, else null. */
  private readonly neuron: NeuronActivation | null;
  /** The article's update rule applies (plain SGD without weight decay). */
  private readonly neuronUpdates: boolean;
  /** The neuron's activation when whole epochs can run in `neuronEpoch`'s loop, else null. */
  private readonly neuronPlay: ((z: number) => number) | null;
  /** The network's buffers that the neuron's loop fills as the stages would, else null. */
  private readonly neuronBuffers: NeuronBuffers | null;
  /** The article's y − p of the current sample (its update needs it). */
  private sampleError = Number.NaN;

  constructor(
    model: Mlp,
    train: Dataset,
    validation: Dataset | null,
    settings: TrainerSettings,
    rng: Rng,
  ) {
    checkCompatible(model, train);
    if (validation !== null && validation.size > 0) checkCompatible(model, validation);
    if (!Number.isInteger(settings.batchSize) || settings.batchSize < 1) {
      throw new RangeError(`batch size must be a whole number ≥ 1, got ${settings.batchSize}`);
    }
    this.epochLength = settings.dropLast
      ? batchCount(train.size, settings.batchSize, true) * settings.batchSize
      : train.size;
    if (this.epochLength === 0) {
      throw new RangeError(
        'no full batch fits in the training set: lower the batch size or keep the last batch',
      );
    }
    this.model = model;
    this.train = train;
    this.validation = validation !== null && validation.size > 0 ? validation : null;
    this.settings = settings;
    this.optimizer = new Optimizer(model.params.length, settings.optimizer);
    this.order = new EpochOrder(train.size, settings.shuffle, rng.fork());
    this.dropoutRng = rng.fork();
    this.noiseRng = rng.fork();
    this.currentInput = new Float64Array(train.inputSize);
    this.signedTargets = hasSignedTargets(train);
    this.neuron = articleNeuronOf(model, settings);
    this.neuronUpdates =
      this.neuron !== null &&
      settings.optimizer.name === 'sgd' &&
      settings.optimizer.weightDecay === 0;
    this.epochRate = this.rateAt(0);
    this.constantRate = settings.schedule.name === 'constant';
    this.neuronPlay =
      this.neuron !== null && this.neuronUpdates && settings.inputNoise === 0
        ? neuronActivation(this.neuron)
        : null;
    this.neuronBuffers = this.neuronPlay === null ? null : neuronBuffersOf(model);
    model.zeroGrads();
  }

  get status(): RunStatus {
    return this.statusValue;
  }

  /** Epochs completed so far. */
  get epoch(): number {
    return this.epochIndex;
  }

  get totalUpdates(): number {
    return this.updates;
  }

  /** The stage that the next call to `nextStage` will run. */
  get nextStageName(): Stage {
    return this.pendingStage;
  }

  /** Sum of the losses measured so far in the epoch under way (0 before its first loss stage). */
  get epochLossSoFar(): number {
    return this.epochLossSum;
  }

  /** How many losses that sum holds. */
  get epochSamplesSoFar(): number {
    return this.epochLossCount;
  }

  get isDone(): boolean {
    return (
      this.statusValue === 'finished' ||
      this.statusValue === 'diverged' ||
      this.statusValue === 'early-stopped'
    );
  }

  /** The learning rate the schedule gives the current epoch. */
  get currentLearningRate(): number {
    return this.epochRate;
  }

  private rateAt(epoch: number): number {
    const { schedule, learningRate, epochs } = this.settings;
    return learningRateAt(schedule, learningRate, epoch, epochs);
  }

  /** Runs one stage for one sample. Returns null once the run is over. */
  nextStage(): StageReport | null {
    if (this.isDone) return null;
    this.statusValue = 'running';
    const stage = this.pendingStage;
    let summary: EpochSummary | undefined;
    switch (stage) {
      case 'forward':
        this.runForward();
        break;
      case 'loss':
        summary = this.runLoss();
        break;
      case 'backprop':
        this.runBackprop();
        break;
      case 'update':
        summary = this.runUpdate();
        break;
    }
    return this.report(stage, summary);
  }

  /** Runs stages up to and including the current sample's last one. */
  stepSample(): StageReport | null {
    let report = this.nextStage();
    while (report !== null && !this.isDone && !this.sampleFinishedBy(report.stage)) {
      report = this.nextStage();
    }
    return report;
  }

  /** A sample ends with its update, or with its backprop when its batch is not full yet. */
  private sampleFinishedBy(stage: Stage): boolean {
    return stage === 'update' || (stage === 'backprop' && this.pendingStage === 'forward');
  }

  /** Runs stages up to and including the next weight update. */
  stepBatch(): StageReport | null {
    let report = this.nextStage();
    while (report !== null && report.stage !== 'update' && !this.isDone) report = this.nextStage();
    return report;
  }

  /** Runs stages up to the end of the current epoch; returns its summary (null if over). */
  stepEpoch(): EpochSummary | null {
    if (this.isDone) return null;
    this.statusValue = 'running';
    if (this.neuronPlay !== null) {
      const summary = this.neuronEpoch(this.neuronPlay);
      if (summary !== undefined) return summary;
    }
    // The same stage functions as nextStage, without building a report per stage: this is
    // the hot path when playing at full speed.
    for (;;) {
      let summary: EpochSummary | undefined;
      switch (this.pendingStage) {
        case 'forward':
          this.runForward();
          break;
        case 'loss':
          summary = this.runLoss();
          break;
        case 'backprop':
          this.runBackprop();
          break;
        case 'update':
          summary = this.runUpdate();
          break;
      }
      if (summary !== undefined) return summary;
    }
  }

  /** Trains up to `count` epochs or until the run ends, reporting each epoch. */
  runEpochs(count: number, onEpoch?: (summary: EpochSummary) => void): EpochSummary | null {
    let last: EpochSummary | null = null;
    for (let e = 0; e < count && !this.isDone; e++) {
      last = this.stepEpoch();
      if (last !== null) onEpoch?.(last);
    }
    return last;
  }

  private get sampleIndex(): number {
    return this.order.indices[Math.min(this.cursor, this.train.size - 1)] as number;
  }

  private runForward(): void {
    const { inputs, inputSize } = this.train;
    const row = this.sampleIndex * inputSize;
    const input = this.currentInput;
    const noise = this.settings.inputNoise;
    const from = this.train.expandedFrom;
    if (noise > 0 && from !== undefined) {
      // Jitter the point, then feed it through the features: x₁² of the jittered x₁.
      const point = 2 * this.sampleIndex;
      const x1 = (from.points[point] as number) + noise * this.noiseRng.normal();
      const x2 = (from.points[point + 1] as number) + noise * this.noiseRng.normal();
      expandFeatures(from.features, x1, x2, input);
    } else {
      for (let i = 0; i < inputSize; i++) {
        input[i] = (inputs[row + i] as number) + (noise > 0 ? noise * this.noiseRng.normal() : 0);
      }
    }
    const dropout =
      this.settings.dropout > 0 ? { rate: this.settings.dropout, rng: this.dropoutRng } : null;
    this.model.forward(input, 0, dropout);
    this.pendingStage = 'loss';
  }

  private runLoss(): EpochSummary | undefined {
    const sample = this.sampleIndex;
    if (this.neuron !== null) {
      // The program's (y − p)², squared as e·e.
      this.sampleError = (this.train.targets[sample] as number) - (this.model.output[0] as number);
      this.sampleLoss = this.sampleError * this.sampleError;
    } else {
      this.sampleLoss = this.model.loss(
        this.settings.loss,
        this.train.targets,
        sample * this.train.targetSize,
      );
    }
    this.epochLossSum += this.sampleLoss;
    this.epochLossCount++;
    if (classOf(this.model.output, this.signedTargets) === this.train.labels[sample])
      this.epochCorrect++;
    this.pendingStage = 'backprop';
    if (Number.isFinite(this.sampleLoss)) return undefined;
    this.diverge();
    return this.finishEpoch();
  }

  private runBackprop(): void {
    this.model.backward(
      this.settings.loss,
      this.train.targets,
      this.sampleIndex * this.train.targetSize,
    );
    this.batchFill++;
    this.cursor++;
    const batchComplete =
      this.batchFill === this.settings.batchSize || this.cursor === this.epochLength;
    this.pendingStage = batchComplete ? 'update' : 'forward';
  }

  private runUpdate(): EpochSummary | undefined {
    const scale = 1 / this.batchFill;
    const grads = this.model.grads;
    let squaredNorm = 0;
    for (let k = 0; k < grads.length; k++)
      squaredNorm += (grads[k] as number) * (grads[k] as number);
    this.epochGradientNormSum += Math.sqrt(squaredNorm) * scale;
    if (this.neuronUpdates) {
      const input = this.currentInput;
      neuronUpdate(
        this.model.params,
        this.currentLearningRate,
        this.sampleError,
        input[0] as number,
        input[1] as number,
      );
    } else {
      this.optimizer.step(
        this.model.params,
        grads,
        this.currentLearningRate,
        scale,
        this.model.isWeight,
      );
    }
    this.model.zeroGrads();
    this.batchFill = 0;
    this.updates++;
    this.epochUpdates++;
    this.iterationInEpoch++;
    this.pendingStage = 'forward';
    if (!allFinite(this.model.params)) {
      this.diverge();
      return this.finishEpoch();
    }
    return this.cursor === this.epochLength ? this.finishEpoch() : undefined;
  }

  private diverge(): void {
    this.statusValue = 'diverged';
  }

  private finishEpoch(): EpochSummary {
    const samples = Math.max(1, this.cursor);
    const validation =
      this.validation === null ? null : evaluate(this.model, this.validation, this.settings.loss);
    const learningRate = this.currentLearningRate;
    const completedEpoch = this.epochIndex;
    this.epochIndex++;
    if (!this.constantRate) this.epochRate = this.rateAt(this.epochIndex);
    if (this.statusValue !== 'diverged' && validation !== null && !Number.isFinite(validation.loss))
      this.diverge();
    if (this.divergence.add(completedEpoch, this.epochLossSum)) this.diverge();
    if (this.statusValue !== 'diverged') this.applyEarlyStopping(validation?.loss ?? Number.NaN);
    if (this.statusValue === 'running' && this.epochIndex >= this.settings.epochs)
      this.statusValue = 'finished';
    const summary: EpochSummary = {
      epoch: completedEpoch,
      trainLoss: this.epochLossSum / samples,
      trainLossSum: this.epochLossSum,
      validationLoss: validation?.loss ?? Number.NaN,
      trainAccuracy: this.epochCorrect / samples,
      validationAccuracy: validation?.accuracy ?? Number.NaN,
      gradientNorm: this.epochUpdates === 0 ? 0 : this.epochGradientNormSum / this.epochUpdates,
      learningRate,
      updates: this.updates,
      status: this.statusValue,
    };
    this.cursor = 0;
    this.iterationInEpoch = 0;
    this.epochLossSum = 0;
    this.epochLossCount = 0;
    this.epochCorrect = 0;
    this.epochGradientNormSum = 0;
    this.epochUpdates = 0;
    this.order.next();
    return summary;
  }

  private applyEarlyStopping(validationLoss: number): void {
    const rule = this.settings.earlyStopping;
    if (rule === null || !Number.isFinite(validationLoss)) return;
    if (validationLoss < this.bestValidationLoss - rule.minDelta) {
      this.bestValidationLoss = validationLoss;
      this.bestParams = Float64Array.from(this.model.params);
      this.epochsWithoutImprovement = 0;
      return;
    }
    this.epochsWithoutImprovement++;
    if (this.epochsWithoutImprovement >= rule.patience && this.bestParams !== null) {
      this.model.params.set(this.bestParams);
      this.statusValue = 'early-stopped';
    }
  }

  /** The best validation loss so far (early stopping keeps its weights); Infinity before one. */
  get bestValidation(): number {
    return this.bestValidationLoss;
  }

  /**
   * The article's neuron's samples from here to the end of the epoch, with the same
   * arithmetic as the four stages (the program's functions) but without a stage machine in
   * between: playing the article's neuron at full speed runs this loop (W3 times it). It
   * returns the epoch's summary, or undefined when it stopped at a sample whose loss is not
   * finite, which the stages then run (they end the epoch there). It leaves the network's
   * buffers as the stages would after the last sample's update.
   */
  private neuronEpoch(activate: (z: number) => number): EpochSummary | undefined {
    if (this.pendingStage !== 'forward') return undefined;
    const { inputs, targets, labels } = this.train;
    const params = this.model.params;
    const order = this.order.indices;
    const learningRate = this.epochRate;
    const threshold = this.signedTargets ? 0 : 0.5;
    const end = this.epochLength;
    const from = this.cursor;
    // Locals for the hot loop, written back to the trainer once the loop ends.
    let cursor = from;
    let lossSum = this.epochLossSum;
    let correct = this.epochCorrect;
    let gradientNormSum = this.epochGradientNormSum;
    let error = this.sampleError;
    let x0 = 0;
    let x1 = 0;
    let z = Number.NaN;
    let output = Number.NaN;
    let target = Number.NaN;
    let diverged = false;
    while (cursor < end) {
      const sample = order[cursor] as number;
      const y = targets[sample] as number;
      const sampleX0 = inputs[2 * sample] as number;
      const sampleX1 = inputs[2 * sample + 1] as number;
      const sum = neuronSum(params, params[2] as number, sampleX0, sampleX1);
      const prediction = activate(sum);
      const sampleError = y - prediction;
      const sampleLoss = sampleError * sampleError;
      // The stages date a divergence to this sample's loss stage: leave it to them.
      if (!Number.isFinite(sampleLoss)) break;
      x0 = sampleX0;
      x1 = sampleX1;
      z = sum;
      output = prediction;
      target = y;
      error = sampleError;
      lossSum += sampleLoss;
      if ((prediction > threshold ? 1 : 0) === labels[sample]) correct++;
      // The stage path's gradient [δ·x0, δ·x1, δ] with δ = p − y, and its length.
      const delta = prediction - y;
      const g0 = delta * x0;
      const g1 = delta * x1;
      gradientNormSum += Math.sqrt(g0 * g0 + g1 * g1 + delta * delta);
      neuronUpdate(params, learningRate, error, x0, x1);
      cursor++;
      // A finite sum means three finite parameters (an infinity or NaN would reach it); only
      // a sum that overflowed needs them checked one by one.
      const w0 = params[0] as number;
      const w1 = params[1] as number;
      const b = params[2] as number;
      if (
        !Number.isFinite(w0 + w1 + b) &&
        !(Number.isFinite(w0) && Number.isFinite(w1) && Number.isFinite(b))
      ) {
        diverged = true;
        break;
      }
    }
    const samples = cursor - from;
    if (samples > 0) {
      this.cursor = cursor;
      this.epochLossSum = lossSum;
      this.epochLossCount += samples;
      this.epochCorrect = correct;
      this.epochGradientNormSum = gradientNormSum;
      this.sampleLoss = error * error;
      this.updates += samples;
      this.epochUpdates += samples;
      this.iterationInEpoch += samples;
      this.leaveNeuronBuffers(x0, x1, z, output, target);
    }
    if (diverged) {
      this.diverge();
      return this.finishEpoch();
    }
    return cursor === end ? this.finishEpoch() : undefined;
  }

  /** What the stages leave in the network after a sample's update (its gradient is spent). */
  private leaveNeuronBuffers(
    x0: number,
    x1: number,
    z: number,
    prediction: number,
    target: number,
  ): void {
    const buffers = this.neuronBuffers as NeuronBuffers;
    this.currentInput[0] = buffers.input[0] = x0;
    this.currentInput[1] = buffers.input[1] = x1;
    buffers.sum[0] = z;
    buffers.output[0] = prediction;
    buffers.delta[0] = prediction - target;
    this.sampleError = target - prediction;
  }

  private report(stage: Stage, epochSummary: EpochSummary | undefined): StageReport {
    const base = {
      stage,
      epoch: epochSummary === undefined ? this.epochIndex : epochSummary.epoch,
      sampleInEpoch:
        epochSummary === undefined
          ? Math.max(0, this.cursor - (stage === 'forward' || stage === 'loss' ? 0 : 1))
          : this.epochLength - 1,
      sampleIndex: this.sampleIndex,
      iteration:
        epochSummary === undefined
          ? this.iterationInEpoch
          : Math.max(
              0,
              this.epochLength > 0
                ? batchCount(this.epochLength, this.settings.batchSize, false) - 1
                : 0,
            ),
      updates: this.updates,
      sampleLoss: this.sampleLoss,
      status: this.statusValue,
    };
    return epochSummary === undefined ? base : { ...base, epochSummary };
  }
}

function checkCompatible(model: Mlp, data: Dataset): void {
  if (data.size < 1) throw new RangeError(`the data set "${data.name}" is empty`);
  if (data.inputSize !== model.spec.inputSize) {
    throw new RangeError(
      `the network takes ${model.spec.inputSize} inputs but "${data.name}" has ${data.inputSize}`,
    );
  }
  if (data.targetSize !== model.outputSize) {
    throw new RangeError(
      `the network has ${model.outputSize} outputs but "${data.name}" has ${data.targetSize} targets`,
    );
  }
  const from = data.expandedFrom;
  if (
    from !== undefined &&
    (from.points.length !== data.size * 2 || from.features.length !== data.inputSize)
  ) {
    throw new RangeError(`"${data.name}" no longer matches the points its inputs were made from`);
  }
}

/** The article neuron's network buffers, looked up once (the network never replaces them). */
interface NeuronBuffers {
  readonly input: Float64Array;
  readonly sum: Float64Array;
  readonly output: Float64Array;
  readonly delta: Float64Array;
}

function neuronBuffersOf(model: Mlp): NeuronBuffers {
  return {
    input: model.activations[0] as Float64Array,
    sum: model.preActivations[0] as Float64Array,
    output: model.activations[1] as Float64Array,
    delta: model.deltas[0] as Float64Array,
  };
}

function allFinite(values: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k] as number)) return false;
  return true;
}

/** The article neuron's activation when the settings train it as the article's program. */
function articleNeuronOf(model: Mlp, settings: TrainerSettings): NeuronActivation | null {
  return settings.loss === 'article' && settings.batchSize === 1 ? model.articleNeuron : null;
}

/** Targets of ±1 (for a tanh output) put the decision threshold at 0 instead of 0.5. */
function hasSignedTargets(data: Dataset): boolean {
  return data.targets.some((t) => t < 0);
}

function classOf(output: Float64Array, signedTargets: boolean): number {
  if (output.length === 1) return (output[0] as number) > (signedTargets ? 0 : 0.5) ? 1 : 0;
  let best = 0;
  for (let k = 1; k < output.length; k++)
    if ((output[k] as number) > (output[best] as number)) best = k;
  return best;
}

/** Mean loss and accuracy of the model on a data set, without dropout or noise. */
export function evaluate(
  model: Mlp,
  data: Dataset,
  loss: LossName,
): { loss: number; accuracy: number } {
  let total = 0;
  let correct = 0;
  const signed = hasSignedTargets(data);
  for (let s = 0; s < data.size; s++) {
    model.predict(data.inputs, s * data.inputSize);
    total += model.loss(loss, data.targets, s * data.targetSize);
    if (classOf(model.output, signed) === data.labels[s]) correct++;
  }
  return { loss: total / data.size, accuracy: correct / data.size };
}
