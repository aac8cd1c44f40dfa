/**
 * Which fixes a try has on, and the settings with every fix off. Pure, so the words next to
 * Train, the results table and the "all fixes off" button cannot disagree about what a fix is.
 */
import type { RunConfig } from '../../engine/protocol';
import { fixField, fixNames, type FixName } from './presets';

export interface ActiveFix {
  readonly fix: FixName;
  /** The setting's value in the try (for more data: its number of points). */
  readonly value: number;
}

/**
 * The fixes `config` has on, in the order the lesson presents them. A regulariser is on when
 * its setting is above 0; more data is on when the try has more points than `base`, the
 * preset the learner started from (fewer points is not a fix against overfitting).
 */
export function activeFixes(config: RunConfig, base: RunConfig): ActiveFix[] {
  return fixNames.flatMap((fix) => {
    const value = config[fixField[fix]];
    const on = fix === 'moreData' ? value > base.datasetSize : value !== 0;
    return on ? [{ fix, value }] : [];
  });
}

/** The value that turns `fix` off: 0 for a regulariser, `base`'s size (or fewer) for more data. */
function offValue(fix: FixName, config: RunConfig, base: RunConfig): number {
  return fix === 'moreData' ? Math.min(config.datasetSize, base.datasetSize) : 0;
}

/** `config` with every fix the lesson offers turned off, and nothing else changed. */
export function withoutFixes(config: RunConfig, base: RunConfig): RunConfig {
  return fixNames.reduce<RunConfig>(
    (next, fix) => ({ ...next, [fixField[fix]]: offValue(fix, config, base) }),
    config,
  );
}
