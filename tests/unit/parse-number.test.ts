// @vitest-environment node
/** The one number parser every lesson's fields share: what it accepts, and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, SMALLEST_NORMAL, type NumberRange } from '../../src/ui/parse-number';

const ANY: NumberRange = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };
const POSITIVE: NumberRange = { min: 0, max: 100, aboveMin: true };

const accepted = (text: string, range = ANY) => parseNumber(text, range);
const problemOf = (text: string, range = ANY) => {
  const reading = parseNumber(text, range);
  return reading.ok ? `accepted ${reading.value}` : reading.problem;
};

describe('parseNumber', () => {
  it('reads plain, signed, fractional and exponent numbers, ignoring surrounding spaces', () => {
    expect(accepted(' 0.3 ')).toEqual({ ok: true, value: 0.3 });
    expect(accepted('+5.')).toEqual({ ok: true, value: 5 });
    expect(accepted('-.5')).toEqual({ ok: true, value: -0.5 });
    expect(accepted('1E-3')).toEqual({ ok: true, value: 0.001 });
    expect(accepted('2e+21')).toEqual({ ok: true, value: 2e21 });
  });

  it('reads commas only as thousands separators', () => {
    expect(accepted('1,000')).toEqual({ ok: true, value: 1000 });
    expect(accepted('-1,234,567.25')).toEqual({ ok: true, value: -1234567.25 });
    for (const text of ['1,2,3', '1,00', ',100', '100,', '1,0000', '1.000,5', '1,,000']) {
      expect(problemOf(text), text).toBe('not-a-number');
    }
  });

  it('refuses what is not a number, and what overflows, with the reason', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('   ')).toBe('empty');
    for (const text of ['-', '+', '.', 'e5', '1e', 'abc', 'NaN', 'Infinity', '-Infinity']) {
      expect(problemOf(text), text).toBe('not-a-number');
    }
    for (const text of ['0x10', '0b1', '1_000', '1 000', '5px', '١٢٣', '1e3.5']) {
      expect(problemOf(text), text).toBe('not-a-number');
    }
    expect(problemOf('1e999')).toBe('out-of-range');
    expect(problemOf('-1e999')).toBe('out-of-range');
    expect(problemOf('9'.repeat(400))).toBe('out-of-range');
  });

  it('keeps to the range, whole numbers where asked, and never stores -0', () => {
    const dropout = { min: 0, max: 0.9 };
    expect(problemOf('0.95', dropout)).toBe('out-of-range');
    expect(problemOf('-0.1', dropout)).toBe('out-of-range');
    const zero = parseNumber('-0', dropout);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
    const epochs = { min: 1, max: 2000, integer: true };
    expect(problemOf('2.5', epochs)).toBe('not-whole');
    expect(accepted('1e3', epochs)).toEqual({ ok: true, value: 1000 });
    expect(problemOf('2,001', epochs)).toBe('out-of-range');
  });

  it('refuses 0, negatives and vanishing numbers where a value must be above 0', () => {
    expect(problemOf('0', POSITIVE)).toBe('out-of-range');
    expect(problemOf('-0', POSITIVE)).toBe('out-of-range');
    expect(problemOf('-5', POSITIVE)).toBe('out-of-range');
    // 1e-320 is above 0, but a subnormal: dividing by it overflows to Infinity.
    expect(problemOf('1e-320', POSITIVE)).toBe('too-small');
    // 1e-400 is not even representable: it would silently become 0.
    expect(problemOf('1e-400', POSITIVE)).toBe('too-small');
    expect(problemOf('0.' + '0'.repeat(400) + '1', POSITIVE)).toBe('too-small');
    expect(accepted(String(SMALLEST_NORMAL), POSITIVE)).toEqual({
      ok: true,
      value: SMALLEST_NORMAL,
    });
    // A field that allows 0 takes a subnormal as the tiny number it is.
    expect(accepted('1e-320', { min: 0, max: 1 })).toEqual({ ok: true, value: 1e-320 });
  });

  it('reads back any finite number printed by toString', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        // -0 prints as "0", and is read as 0 on purpose.
        expect(accepted(String(x))).toEqual({ ok: true, value: x + 0 });
      }),
    );
  });

  it('reads back any number printed with comma grouping', () => {
    const grouped = { useGrouping: true, maximumSignificantDigits: 21 } as const;
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (x) => {
        const text = x.toLocaleString('en-US', grouped);
        expect(accepted(text)).toEqual({ ok: true, value: x + 0 });
      }),
    );
  });

  it('refuses any text with a character no number has, and says why', () => {
    const strange = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => {
      const trimmed = s.trim();
      return trimmed !== '' && /[^0-9.,eE+-]/.test(trimmed);
    });
    fc.assert(
      fc.property(strange, (text) => {
        expect(accepted(text)).toEqual({ ok: false, problem: 'not-a-number' });
      }),
    );
  });

  it('accepts only finite values inside the range (whole when asked), whatever the text', () => {
    const numberish = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[\s\d.,eE+-]{0,30}$/),
      fc.double().map(String),
    );
    const range = fc
      .record({
        a: fc.double({ noNaN: true, noDefaultInfinity: true }),
        b: fc.double({ noNaN: true, noDefaultInfinity: true }),
        integer: fc.boolean(),
        aboveMin: fc.boolean(),
      })
      .map(({ a, b, ...flags }) => ({ min: Math.min(a, b), max: Math.max(a, b), ...flags }));
    fc.assert(
      fc.property(numberish, range, (text, limits) => {
        const reading = parseNumber(text, limits);
        if (!reading.ok) return;
        const { value } = reading;
        expect(Number.isFinite(value)).toBe(true);
        expect(Object.is(value, -0)).toBe(false);
        expect(limits.aboveMin ? value > limits.min : value >= limits.min).toBe(true);
        expect(value).toBeLessThanOrEqual(limits.max);
        if (limits.integer) expect(Number.isInteger(value)).toBe(true);
        // What was accepted is what the text says, grouping commas aside.
        expect(value).toBe(Number(text.trim().replace(/,/g, '')) + 0);
      }),
      { numRuns: 2000 },
    );
  });
});
