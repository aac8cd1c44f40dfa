/**
 * The worker's check of a RunConfig that arrives as a message: it accepts and rejects exactly
 * what the settings schema does (src/settings/schema.ts), so a value a shared link or the
 * command line refuses can never start a run either, and a bad one fails with a message naming
 * it instead of producing a strange run.
 */
import { runSettingsProblem, type RunSettings } from '../settings/schema';
import type { RunConfig } from './protocol';

export { extraPointClasses, extraPointLabelProblem } from '../settings/extra-points';
export { MAX_EPOCHS, MAX_EXTRA_POINTS } from '../settings/schema';

/** Throws a RangeError naming the first setting out of its range, and the value it got. */
export function checkRunConfig(config: RunConfig): void {
  const problem = runSettingsProblem(config);
  if (problem !== null) throw new RangeError(problem);
}

// The protocol's RunConfig and the schema's settings are one type: a field added to one and not
// the other, or typed differently, fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const protocolMatchesSchema: Same<RunConfig, RunSettings> = true;
void protocolMatchesSchema;
