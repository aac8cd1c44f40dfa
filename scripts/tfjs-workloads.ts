/**
 * W1 and W2 on TensorFlow.js's pure-JavaScript cpu backend: the same data (from the core's
 * generators), network shapes, initial weights, loss, SGD rate, batch size and sample order
 * as src/cli/bench.ts, trained with `optimizer.minimize`.
 *
 * tfjs-core's CommonJS build lacks the gradient registrations that `minimize` needs, and its
 * ES-module build cannot be loaded by Node directly (extensionless and directory imports).
 * So at bench time esbuild bundles the ES-module builds of tfjs-core (with every gradient
 * registered) and of @tensorflow/tfjs-backend-cpu into one file under os.tmpdir(), which is
 * then required. Only functional ops (`tf.matMul(a, b)`) are used: chained ops such as
 * `a.matMul(b)` are not registered in that bundle.
 *
 * Usage: tsx scripts/tfjs-workloads.ts [W1|W2] [epochs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type * as Tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../src/core/dataset';
import type { LayerLayout } from '../src/core/mlp';
import {
  MLP_WORKLOADS,
  workloadSetup,
  type MlpWorkload,
  type WorkloadResult,
} from '../src/cli/bench';

type TfModule = typeof Tf;
export type TfjsWorkloadName = 'W1' | 'W2';

/** Epochs per timed tfjs run: fewer than ours, since samples per second do not depend on it. */
export const TFJS_EPOCHS: Readonly<Record<TfjsWorkloadName, number>> = { W1: 20, W2: 3 };
const WARMUP_EPOCHS: Readonly<Record<TfjsWorkloadName, number>> = { W1: 5, W2: 1 };

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const BUNDLE_ENTRY = [
  "export * from '@tensorflow/tfjs-core';",
  "import '@tensorflow/tfjs-core/dist/register_all_gradients';",
  "import '@tensorflow/tfjs-backend-cpu';",
].join('\n');

let loaded: Promise<TfModule> | null = null;

/** Bundles and loads tfjs-core + gradients + cpu backend once per process. */
export function loadTfjs(): Promise<TfModule> {
  loaded ??= bundleTfjs();
  return loaded;
}

async function bundleTfjs(): Promise<TfModule> {
  const dir = mkdtempSync(join(tmpdir(), 'tll-tfjs-'));
  const outfile = join(dir, 'tfjs-cpu.cjs');
  try {
    await build({
      stdin: { contents: BUNDLE_ENTRY, resolveDir: projectRoot, loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      // Prefer the ES-module builds, so the backend and core share one engine.
      mainFields: ['module', 'main'],
      outfile,
      logLevel: 'error',
    });
    const tf = createRequire(import.meta.url)(outfile) as TfModule;
    tf.enableProdMode();
    await tf.setBackend('cpu');
    return tf;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface TfLayer {
  readonly weights: Tf.Variable;
  readonly bias: Tf.Variable;
  readonly layout: LayerLayout;
}

/** Our network's initial parameters as tfjs variables; W is transposed to [inputs, outputs]. */
function initialLayers(tf: TfModule, workload: MlpWorkload): TfLayer[] {
  const { model } = workloadSetup(workload);
  return model.layers.map((layout) => {
    const { inputSize: n, outputSize: m, weightOffset, biasOffset } = layout;
    const transposed = new Float32Array(n * m);
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < n; i++) {
        transposed[i * m + j] = model.params[weightOffset + j * n + i] as number;
      }
    }
    const bias = Float32Array.from(model.params.subarray(biasOffset, biasOffset + m));
    // tidy frees the initial-value tensors; variables survive it.
    const [weights, biasVariable] = tf.tidy(() => [
      tf.variable(tf.tensor2d(transposed, [n, m])),
      tf.variable(tf.tensor1d(bias)),
    ]);
    if (weights === undefined || biasVariable === undefined)
      throw new Error('tidy lost a variable');
    return { weights, bias: biasVariable, layout };
  });
}

interface Batch {
  readonly x: Tf.Tensor2D;
  readonly y: Tf.Tensor2D;
  readonly size: number;
}

/** The data set cut into batches in its own order; the last batch may be short. */
function batches(tf: TfModule, data: Dataset, batchSize: number): Batch[] {
  const result: Batch[] = [];
  for (let start = 0; start < data.size; start += batchSize) {
    const size = Math.min(batchSize, data.size - start);
    const x = data.inputs.subarray(start * data.inputSize, (start + size) * data.inputSize);
    const y = data.targets.subarray(start * data.targetSize, (start + size) * data.targetSize);
    result.push({
      x: tf.tensor2d(Float32Array.from(x), [size, data.inputSize]),
      y: tf.tensor2d(Float32Array.from(y), [size, data.targetSize]),
      size,
    });
  }
  return result;
}

function activate(tf: TfModule, layout: LayerLayout, z: Tf.Tensor2D): Tf.Tensor2D {
  switch (layout.activation) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'linear':
    case 'softmax': // left as logits: the cross-entropy below applies log-softmax
      return z;
    default:
      throw new Error(`no tfjs mapping for activation ${layout.activation}`);
  }
}

/** The batch-mean loss, matching the core's per-sample losses. */
function batchLoss(
  tf: TfModule,
  workload: MlpWorkload,
  layers: readonly TfLayer[],
  batch: Batch,
): Tf.Scalar {
  let a: Tf.Tensor2D = batch.x;
  for (const layer of layers) {
    a = activate(tf, layer.layout, tf.add(tf.matMul(a, layer.weights), layer.bias));
  }
  switch (workload.loss) {
    case 'half-squared':
      return tf.mean(tf.mul(tf.scalar(0.5), tf.sum(tf.square(tf.sub(a, batch.y)), 1)));
    case 'cross-entropy':
      return tf.mean(tf.neg(tf.sum(tf.mul(batch.y, tf.logSoftmax(a)), 1)));
    default:
      throw new Error(`no tfjs mapping for loss ${workload.loss}`);
  }
}

/** Trains `epochs` epochs; returns the mean training loss of the last one. */
function train(
  tf: TfModule,
  workload: MlpWorkload,
  layers: readonly TfLayer[],
  data: readonly Batch[],
  epochs: number,
): number {
  const optimizer = tf.train.sgd(workload.learningRate);
  const variables = layers.flatMap((layer) => [layer.weights, layer.bias]);
  let lastLoss = Number.NaN;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let lossSum = 0;
    let samples = 0;
    for (const batch of data) {
      const cost = tf.tidy(() => {
        const value = optimizer.minimize(
          () => batchLoss(tf, workload, layers, batch),
          true,
          variables,
        );
        if (value === null) throw new Error('minimize returned no cost');
        return value;
      });
      lossSum += (cost.dataSync()[0] as number) * batch.size;
      samples += batch.size;
      cost.dispose();
    }
    lastLoss = lossSum / samples;
  }
  optimizer.dispose();
  return lastLoss;
}

/** Runs W1 or W2 on tfjs's cpu backend once (after a warm-up) and reports its speed. */
export async function runTfjsWorkload(
  name: TfjsWorkloadName,
  options: { epochs?: number } = {},
): Promise<WorkloadResult> {
  const tf = await loadTfjs();
  const workload = MLP_WORKLOADS[name];
  const epochs = options.epochs ?? TFJS_EPOCHS[name];
  const { data } = workloadSetup(workload);
  const dataBatches = batches(tf, data, workload.batchSize);
  const run = (count: number): { loss: number; seconds: number; cpuSeconds: number } => {
    const layers = initialLayers(tf, workload);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const loss = train(tf, workload, layers, dataBatches, count);
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    for (const layer of layers) tf.dispose([layer.weights, layer.bias]);
    return { loss, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  };
  run(WARMUP_EPOCHS[name]);
  const { loss, seconds, cpuSeconds } = run(epochs);
  tf.dispose(dataBatches.flatMap((batch) => [batch.x, batch.y]));
  const samples = epochs * data.size;
  return {
    workload: name,
    samplesPerSecond: samples / seconds,
    samplesPerCpuSecond: samples / cpuSeconds,
    finalLoss: loss,
    seconds,
    samples,
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = (process.argv[2] ?? 'W1').toUpperCase();
  if (name !== 'W1' && name !== 'W2') throw new Error(`unknown workload ${name} (W1 or W2)`);
  const epochs = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const result = await runTfjsWorkload(name, epochs === undefined ? {} : { epochs });
  console.log(JSON.stringify({ backend: 'tfjs-cpu', ...result }));
}
