/** The key to the drawing: what colour, dash and thickness mean. */
import type { NetworkStrings } from './messages';
import type { Emphasis } from './scale';

function Sample({ negative }: { negative: boolean }) {
  return (
    <svg width="34" height="10" aria-hidden="true">
      <line
        x1="2"
        y1="5"
        x2="32"
        y2="5"
        strokeWidth="3"
        stroke={negative ? 'var(--negative)' : 'var(--series-1)'}
        strokeDasharray={negative ? '7 5' : undefined}
      />
    </svg>
  );
}

export function NetworkLegend({
  emphasis,
  strings,
}: {
  emphasis: Emphasis;
  strings: NetworkStrings;
}) {
  return (
    <ul className="network-legend">
      <li>
        <Sample negative={false} />
        {strings('legendPositive')}
      </li>
      <li>
        <Sample negative />
        {strings('legendNegative')}
      </li>
      <li>{strings(emphasis === 'weight' ? 'legendWeight' : 'legendGradient')}</li>
    </ul>
  );
}
