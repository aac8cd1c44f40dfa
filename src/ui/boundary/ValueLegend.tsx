/**
 * The colour bar of a regression's value map: the scale from the lowest to the highest value
 * (predictions and true values together), round ticks along it and the exact range, so every
 * colour on the plot reads as a number in the data's units.
 */
import { niceTicks, type Range } from './geometry';
import { scaleGradient } from './value-scale';

/** Three significant digits, without trailing zeros: 13.2, −0.0421, 1250. */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(3))).replace('-', '−');
}

export function ValueLegend({ range, label }: { range: Range; label: string }) {
  const [low, high] = range;
  const ticks = niceTicks(low, high, 6);
  const at = (value: number) => `${(100 * (value - low)) / (high - low)}%`;
  return (
    <div className="value-legend" data-testid="value-legend">
      <p className="value-legend-label">{label}</p>
      {/* Low on the left, as on the plot's x axis, in every language. */}
      <div className="value-legend-scale" dir="ltr">
        <div
          className="value-legend-bar"
          style={{ background: scaleGradient() }}
          aria-hidden="true"
        />
        <div className="value-legend-ticks" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} style={{ left: at(tick) }}>
              {shortNumber(tick)}
            </span>
          ))}
        </div>
        <p className="value-legend-range" data-testid="value-range">
          <span>{shortNumber(low)}</span>
          <span>{shortNumber(high)}</span>
        </p>
      </div>
    </div>
  );
}
