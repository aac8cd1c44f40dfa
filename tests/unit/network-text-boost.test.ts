/**
 * The network drawing's text on a narrow screen: shown smaller than drawn, its text is drawn
 * larger so that on screen the smallest of it (z under a neuron) is still 11 px or more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_UNITS, textBoost } from '../../src/ui/network/scale';

/** The z label's size on screen, in CSS px, for a drawing `drawn` units wide shown `shown` px. */
const smallestOnScreen = (shown: number, drawn: number) =>
  TEXT_UNITS * 0.9 * textBoost(shown, drawn) * (shown / drawn);

describe('textBoost', () => {
  it('leaves the text alone when the drawing is shown at its size or larger', () => {
    expect(textBoost(470, 470)).toBe(1);
    expect(textBoost(700, 470)).toBe(1);
  });

  it('keeps the smallest text 11 px or more down to a 300 px wide drawing of 470 units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1400 }), (shown) => {
        expect(smallestOnScreen(shown, 470)).toBeGreaterThanOrEqual(11);
      }),
    );
  });

  it('never grows the text more than 1.6 times, nor for a size it cannot read', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2000, noNaN: true }), (shown) => {
        const boost = textBoost(shown, 470);
        expect(boost).toBeGreaterThanOrEqual(1);
        expect(boost).toBeLessThanOrEqual(1.6);
      }),
    );
    expect(textBoost(0, 470)).toBe(1);
    expect(textBoost(Number.NaN, 470)).toBe(1);
  });
});
