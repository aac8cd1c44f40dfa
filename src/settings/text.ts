/**
 * How a setting's number is written as text, on the command line and in a link: an optional
 * sign, digits with an optional fraction, an optional exponent ("0.1", "-2", "1e-3", "1e3").
 * Anything else ("0x10", "Infinity", "1,000", " 1") is not a number here. The number then
 * goes to the schema, which alone decides whether it is in range.
 */

// Unambiguous (no nested or adjacent digit runs), so a long hostile value cannot backtrack.
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** The number `text` spells, or null when it is not written as a plain number. */
export function readNumberText(text: string): number | null {
  return NUMBER_TEXT.test(text) ? Number(text) : null;
}
