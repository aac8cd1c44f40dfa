/** Number formatting shared by every view: fixed digits, and words for non-finite values. */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 10 ** -digits))
    return value.toExponential(Math.max(1, digits - 2));
  return value.toFixed(digits);
}

/** A loss for a readout: 4 decimals, scientific when tiny or huge. */
export function formatLoss(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatNumber(value, 4);
}
