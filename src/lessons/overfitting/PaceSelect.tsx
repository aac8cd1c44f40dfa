/**
 * The pace of some of the lab's own runs (its tries, or the batch-size comparison), separate
 * from the bar's speed so they end in seconds whatever the bar is set to.
 */
import type { Speed } from '../../engine/protocol';
import { useT } from '../../ui/i18n';

export const PACE_CHOICES: readonly Speed[] = [10, 25, 50, 100, Infinity];

function speedKey(speed: Speed): string {
  return Number.isFinite(speed) ? String(speed) : 'max';
}

export function PaceSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Speed;
  onChange: (speed: Speed) => void;
}) {
  const shell = useT();
  return (
    <label className="fit-speed">
      <span>{label}</span>
      <select
        value={speedKey(value)}
        onChange={(event) => {
          const key = event.currentTarget.value;
          onChange(key === 'max' ? Infinity : Number(key));
        }}
      >
        {PACE_CHOICES.map((choice) => (
          <option key={speedKey(choice)} value={speedKey(choice)}>
            {Number.isFinite(choice)
              ? shell('transport.epochsPerSecond', { n: choice })
              : shell('transport.speedMax')}
          </option>
        ))}
      </select>
    </label>
  );
}
