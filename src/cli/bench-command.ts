/**
 * `bench --workload W1|W2|W3 [--epochs N] [--json]`: times one benchmark workload on the
 * core. With --json it prints one line {"workload","samplesPerSecond","finalLoss"}.
 */
import { validateField } from '../settings/schema';
import { parseDecimal, parseFlags, quote, refused, UsageError } from './args';
import { runWorkload, type WorkloadName } from './bench';

export const BENCH_USAGE = [
  'bench --workload W1|W2|W3   time one workload on the core (samples or updates per second)',
  '        [--epochs N]        fewer epochs than the workload defines, for a quick look',
  '        [--json]            one JSON line: {"workload","samplesPerSecond","finalLoss"}',
];

const WORKLOADS: readonly WorkloadName[] = ['W1', 'W2', 'W3'];

export function runBenchCommand(args: readonly string[], out: (line: string) => void): void {
  const flags = parseFlags(args, {
    workload: { value: true },
    epochs: { value: true },
    json: { value: false },
  });
  const workload = flags.values.get('workload')?.at(-1);
  if (workload === undefined) throw new UsageError('bench needs --workload W1, W2 or W3');
  if (!(WORKLOADS as readonly string[]).includes(workload)) {
    throw new UsageError(`unknown workload ${quote(workload)} (use W1, W2 or W3)`);
  }
  const epochsText = flags.values.get('epochs')?.at(-1);
  let epochs: number | undefined;
  if (epochsText !== undefined) {
    // The same epochs setting as a run's (src/settings/schema.ts).
    const result = validateField('epochs', parseDecimal('--epochs', epochsText));
    if (!result.ok) throw refused('--epochs', epochsText, result.message);
    epochs = result.value;
  }
  const result = runWorkload(workload as WorkloadName, epochs === undefined ? {} : { epochs });
  if (flags.switches.has('json')) {
    out(
      JSON.stringify({
        workload: result.workload,
        samplesPerSecond: Math.round(result.samplesPerSecond),
        finalLoss: Number.isFinite(result.finalLoss) ? result.finalLoss : String(result.finalLoss),
      }),
    );
    return;
  }
  const unit = workload === 'W3' ? 'updates/s' : 'samples/s';
  out(
    `${result.workload}: ${Math.round(result.samplesPerSecond).toLocaleString('en-US')} ${unit}, final loss ${result.finalLoss}`,
  );
}
