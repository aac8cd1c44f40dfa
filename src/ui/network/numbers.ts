/**
 * Number text for the worked arithmetic, built on the shared formatter: the lessons write
 * sums like 0.55 × 0.5 + 0.48 × 0.5 = 0.515, so trailing zeros are dropped and negative
 * numbers get a true minus sign (−), which reads as maths and not as a hyphen.
 */
import { formatNumber } from '../format';

function withMinus(text: string): string {
  return text.replace(/^-/, '−').replace('e-', 'e−');
}

/** Up to `digits` decimals, trailing zeros dropped: 0.5, 0.515, −0.26675. */
export function formatExact(value: number, digits = 6): string {
  const text = formatNumber(value, digits);
  const trimmed = text.includes('e') || !text.includes('.') ? text : text.replace(/\.?0+$/, '');
  return withMinus(trimmed === '-0' ? '0' : trimmed);
}

/** Exactly `digits` decimals (for compact labels): 0.500, −0.267. */
export function formatFixed(value: number, digits = 3): string {
  return withMinus(formatNumber(value, digits));
}

/** A negative number in brackets, so "0.1 × (−0.26675)" never reads as a subtraction. */
export function formatFactor(value: number, digits = 6): string {
  const text = formatExact(value, digits);
  return text.startsWith('−') ? `(${text})` : text;
}

/** A probability as a percentage with one decimal: 60.2%. */
export function formatPercent(probability: number): string {
  return `${withMinus(formatNumber(probability * 100, 1))}%`;
}
