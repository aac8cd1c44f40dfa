/**
 * The speed benchmark: W1, W2 and W3 on the core (median of 3 runs; W3 median of 5) against
 * W1 and W2 on TensorFlow.js's cpu backend (median of 3), printed as a table with targets.
 *
 * W3 times the article's neuron through the trainer the worker builds for it, played one
 * epoch at a time as the worker's play loop does. Rates are given over the clock and over the
 * process's CPU time (the machine may be shared); targets are judged on the clock's.
 *
 * Usage: npm run bench [-- --json] [-- --workload W3]
 *   --json: one JSON line per result instead of the table
 *   --workload W1|W2|W3 (repeatable): only those workloads (and no landscape timings)
 */
import {
  landscapeTiming,
  articleLandscapeTiming,
  runWorkload,
  workloadNames,
  type LandscapeTiming,
  type WorkloadName,
  type WorkloadResult,
} from '../src/cli/bench';
import { runTfjsWorkload, type TfjsWorkloadName } from './tfjs-workloads';

interface Target {
  readonly description: string;
  /** Whether the measured figures meet the target. */
  readonly met: (ours: number, tfjs: number) => boolean;
}

const TARGETS: Readonly<Record<WorkloadName, Target>> = {
  W1: { description: '≥ 25× tfjs', met: (ours, tfjs) => ours >= 25 * tfjs },
  W2: { description: '≥ 3× tfjs (aim 5×)', met: (ours, tfjs) => ours >= 3 * tfjs },
  W3: { description: '≥ 50M updates/s', met: (ours) => ours >= 50e6 },
};

const OUR_RUNS: Readonly<Record<WorkloadName, number>> = { W1: 3, W2: 3, W3: 5 };
const TFJS_RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The run whose speed is the median of `runs` runs. */
async function medianRun(
  runs: number,
  once: () => WorkloadResult | Promise<WorkloadResult>,
): Promise<{ result: WorkloadResult; all: number[] }> {
  const results: WorkloadResult[] = [];
  for (let r = 0; r < runs; r++) results.push(await once());
  const speeds = results.map((result) => result.samplesPerSecond);
  const middle = median(speeds);
  const result =
    results.find((r) => r.samplesPerSecond === middle) ?? (results[0] as WorkloadResult);
  return { result, all: speeds };
}

function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return value.toFixed(0);
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] ?? '').length)),
  );
  return rows.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join(' | ')
      .trimEnd(),
  );
}

/** The workloads named by `--workload` flags, or all of them. */
function selectedWorkloads(args: readonly string[]): WorkloadName[] {
  const named = args.flatMap((arg, k) => (args[k - 1] === '--workload' ? [arg] : []));
  const unknown = named.find((name) => !(workloadNames as readonly string[]).includes(name));
  if (unknown !== undefined) throw new Error(`unknown workload ${unknown} (use W1, W2 or W3)`);
  return named.length === 0 ? [...workloadNames] : (named as WorkloadName[]);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const selected = selectedWorkloads(process.argv.slice(2));
  const started = performance.now();
  const ours = new Map<WorkloadName, WorkloadResult>();
  const tfjs = new Map<TfjsWorkloadName, WorkloadResult>();
  for (const name of selected) {
    const { result, all } = await medianRun(OUR_RUNS[name], () => runWorkload(name));
    ours.set(name, result);
    if (json) console.log(JSON.stringify({ backend: 'ours', ...result, runs: all }));
  }
  for (const name of ['W1', 'W2'] as const) {
    if (!selected.includes(name)) continue;
    const { result, all } = await medianRun(TFJS_RUNS, () => runTfjsWorkload(name));
    tfjs.set(name, result);
    if (json) console.log(JSON.stringify({ backend: 'tfjs-cpu', ...result, runs: all }));
  }
  if (selected.length < workloadNames.length) {
    if (!json) printTable(selected, ours, tfjs);
    return;
  }
  const articleGrid = articleLandscapeTiming();
  const landscapes: LandscapeTiming[] = [];
  for (let r = 0; r < 3; r++) landscapes.push(landscapeTiming());
  const landscape = [...landscapes].sort((a, b) => a.seconds - b.seconds)[1] as LandscapeTiming;
  if (json) {
    console.log(
      JSON.stringify({
        backend: 'ours',
        workload: 'landscape',
        ...landscape,
        runs: landscapes.map((l) => l.seconds),
      }),
    );
    return;
  }

  printTable(selected, ours, tfjs);
  console.log(
    `landscape: ${articleGrid.resolution}×${articleGrid.resolution} grid of the article's loss in ` +
      `${articleGrid.milliseconds.toFixed(1)} ms (target < 50 ms)`,
  );
  console.log(
    `landscape: ${landscape.resolution}×${landscape.resolution} loss grid of W1's network over ` +
      `its 500 points in ${(landscape.seconds * 1000).toFixed(0)} ms ` +
      `(${formatRate(landscape.samplesPerSecond)} forward passes/s)`,
  );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The table of the workloads run, with their targets and what they stand for. */
function printTable(
  selected: readonly WorkloadName[],
  ours: ReadonlyMap<WorkloadName, WorkloadResult>,
  tfjs: ReadonlyMap<TfjsWorkloadName, WorkloadResult>,
): void {
  const rows: string[][] = [
    [
      'workload',
      'ours samples/s',
      'ours per CPU s',
      'tfjs samples/s',
      'ratio',
      'target',
      'met',
      'ours final loss',
    ],
  ];
  for (const name of selected) {
    const mine = ours.get(name) as WorkloadResult;
    const theirs = name === 'W3' ? undefined : tfjs.get(name);
    const theirRate = theirs?.samplesPerSecond ?? Number.NaN;
    const target = TARGETS[name];
    rows.push([
      name,
      formatRate(mine.samplesPerSecond),
      formatRate(mine.samplesPerCpuSecond),
      formatRate(theirRate),
      theirs === undefined ? '—' : `${(mine.samplesPerSecond / theirRate).toFixed(1)}×`,
      target.description,
      target.met(mine.samplesPerSecond, theirRate) ? 'yes' : 'NO',
      mine.finalLoss.toPrecision(6),
    ]);
  }
  console.log(
    'Training Loop Lab speed benchmark (median runs; W3 counts weight updates; "per CPU s" ' +
      "divides by the process's CPU time, which other processes on a busy machine do not inflate)",
  );
  for (const line of table(rows)) console.log(line);
  console.log('');
  console.log(
    'W1: 2-8-8-1 tanh, half-squared, SGD 0.03, batch 10, circle 500, 200 epochs (tfjs: 20)',
  );
  console.log(
    'W2: 2-64-64-3 relu/softmax, cross-entropy, SGD 0.05, batch 32, spiral3 3000, 20 epochs (tfjs: 3)',
  );
  console.log(
    "W3: the article's neuron, lr 0.1, 1,000,000 epochs = 4M updates, through the worker's trainer",
  );
}

await main();
