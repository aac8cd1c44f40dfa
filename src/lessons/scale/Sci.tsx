/** Numbers too big or too small for digits: "3.15 × 10²³", kept left-to-right in any language. */

/** Mantissa and exponent with `digits` significant digits (9.999 rounds up to 1.00 × 10¹). */
export function scientific(value: number, digits = 3): { mantissa: string; exponent: number } {
  if (value === 0 || !Number.isFinite(value)) return { mantissa: String(value), exponent: 0 };
  // toExponential rounds exactly, even for subnormals, where dividing by 10 ** exponent
  // (itself subnormal or 0) would not.
  const [mantissa = '', exponent = '0'] = value.toExponential(digits - 1).split('e');
  return { mantissa, exponent: Number(exponent) };
}

/** Plain digits between 0.01 and a million, powers of ten outside. */
export function Sci({ value, digits = 3 }: { value: number; digits?: number }) {
  // Extreme inputs can overflow a product or quotient: say so rather than print "NaN".
  if (!Number.isFinite(value)) {
    return <span className="numbers">{Number.isNaN(value) ? '—' : value > 0 ? '∞' : '−∞'}</span>;
  }
  const abs = Math.abs(value);
  if (abs === 0 || (abs >= 0.01 && abs < 1e6)) {
    const text = Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumSignificantDigits: digits });
    return <span className="numbers">{text}</span>;
  }
  const { mantissa, exponent } = scientific(value, digits);
  return (
    <span className="numbers">
      <span aria-hidden="true">
        {mantissa} × 10<sup>{exponent}</sup>
      </span>
      {/* A superscript is read out as a plain number: spell the power for screen readers. */}
      <span className="visually-hidden">{`${mantissa} × 10^${exponent}`}</span>
    </span>
  );
}

/** A duration's number: whole above 100, one decimal above 10, else two significant digits. */
export function durationValue(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  return value.toLocaleString('en-US', { maximumSignificantDigits: 2 });
}
