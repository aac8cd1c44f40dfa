// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFixed, formatInt } from '../../src/core/python-format';

// Every expected string below was printed by CPython 3.11 (`format(value, '.Nf')` and
// f"{n:Wd}"), then pasted here. They pin Python's behaviour: the exact binary value is
// rounded, ties go to even, and negative values that round to zero keep their sign.
const PYTHON_FIXED: readonly (readonly [number, number, string])[] = [
  [0.125, 2, '0.12'],
  [0.375, 2, '0.38'],
  [0.625, 2, '0.62'],
  [2.5, 0, '2'],
  [3.5, 0, '4'],
  [0.5, 0, '0'],
  [1.5, 0, '2'],
  [-0.125, 2, '-0.12'],
  [-2.5, 0, '-2'],
  [-0.0, 4, '-0.0000'],
  [-0.0, 0, '-0'],
  [-1e-5, 4, '-0.0000'],
  [-4e-5, 4, '-0.0000'],
  [0.0, 4, '0.0000'],
  [0.0, 0, '0'],
  [1e-320, 3, '0.000'],
  [5e-324, 4, '0.0000'],
  [1e22, 2, '10000000000000000000000.00'],
  [0.0625, 3, '0.062'],
  [0.3125, 3, '0.312'],
  [1.005, 2, '1.00'],
  [2.675, 2, '2.67'],
  [123.456, 1, '123.5'],
  [0.4635, 4, '0.4635'],
  [0.1, 20, '0.10000000000000000555'],
  [0.5, 1, '0.5'],
  [0.05, 1, '0.1'],
  [0.15, 1, '0.1'],
  [0.25, 1, '0.2'],
  [0.35, 1, '0.3'],
  [1.0000000000000002, 17, '1.00000000000000022'],
  [9.995, 2, '9.99'],
  [99.5, 0, '100'],
  [100.5, 0, '100'],
  [-1.5, 0, '-2'],
  [12345678900.0, 3, '12345678900.000'],
  [9007199254740992.0, 1, '9007199254740992.0'],
  [1e21, 0, '1000000000000000000000'],
  [0.98, 2, '0.98'],
  [0.528, 3, '0.528'],
  [1.019, 3, '1.019'],
  [-7.0625, 3, '-7.062'],
  [3.14159265358979, 5, '3.14159'],
  [NaN, 2, 'nan'],
  [-NaN, 2, 'nan'],
  [Infinity, 3, 'inf'],
  [-Infinity, 3, '-inf'],
];

// Also printed by Python: f"{1.7976931348623157e308:.0f}" (the largest double, every digit).
const PYTHON_MAX_DOUBLE =
  '17976931348623157081452742373170435679807056752584499659891747680315726078002853876058955' +
  '86327668781715404589535143824642343213268894641827684675467035375169860499105765512820762' +
  '45490090389328944075868508455133942304583236903222948165808559332123348274797826204144723' +
  '168738177180919299881250404026184124858368';

describe('formatFixed', () => {
  it.each(PYTHON_FIXED)('formats %s with %i digits as Python does (%s)', (value, digits, text) => {
    expect(formatFixed(value, digits)).toBe(text);
  });

  it('prints every digit of huge values, like Python', () => {
    expect(formatFixed(Number.MAX_VALUE, 0)).toBe(PYTHON_MAX_DOUBLE);
    expect(formatFixed(-Number.MAX_VALUE, 2)).toBe(`-${PYTHON_MAX_DOUBLE}.00`);
  });

  it('rejects a negative or fractional digit count', () => {
    expect(() => formatFixed(1, -1)).toThrow(RangeError);
    expect(() => formatFixed(1, 1.5)).toThrow(RangeError);
  });

  /** True when x lies exactly halfway between two multiples of 10^-digits. */
  function isExactTie(x: number, digits: number): boolean {
    // toFixed(100) is the exact decimal expansion for the moderate values generated here.
    const text = Math.abs(x).toFixed(100);
    const tail = text.slice(text.indexOf('.') + 1 + digits);
    return /^50*$/.test(tail);
  }

  const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const digitCount = fc.integer({ min: 0, max: 10 });

  it('is within half a unit of the last digit, and agrees with toFixed off ties', () => {
    fc.assert(
      fc.property(moderate, digitCount, (x, digits) => {
        const text = formatFixed(x, digits);
        const half = 0.5 * 10 ** -digits;
        // Allow for the rounding of the parse and of the subtraction themselves.
        const slack = 4 * Number.EPSILON * Math.max(1, Math.abs(x));
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(half + slack);
        if (!isExactTie(x, digits)) {
          const js = x.toFixed(digits);
          // toFixed drops the sign of values that round to zero; Python keeps it.
          const expected = Object.is(x, -0) || (x < 0 && !js.startsWith('-')) ? `-${js}` : js;
          expect(text).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds exact ties to the neighbour with an even last digit', () => {
    // m / 2^(d+1) with m odd is exactly halfway between two d-digit decimals.
    const tie = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([k, digits]) => [(2 * k + 1) / 2 ** (digits + 1), digits] as const);
    fc.assert(
      fc.property(tie, ([x, digits]) => {
        expect(isExactTie(x, digits)).toBe(true);
        // The neighbour towards zero, as an integer count of 10^-digits units.
        const exact = Math.abs(x).toFixed(100);
        const down = BigInt(exact.slice(0, exact.indexOf('.') + 1 + digits).replace('.', ''));
        const even = down % 2n === 0n ? down : down + 1n;
        const text = formatFixed(x, digits);
        expect(BigInt(text.replace('-', '').replace('.', ''))).toBe(even);
        expect(text.startsWith('-')).toBe(x < 0);
      }),
    );
  });
});

describe('formatInt', () => {
  // Printed by Python: f"{0:3d}", f"{25:3d}", f"{1000:3d}", f"{-5:3d}", f"{7:1d}".
  it.each([
    [0, 3, '  0'],
    [25, 3, ' 25'],
    [1000, 3, '1000'],
    [-5, 3, ' -5'],
    [7, 1, '7'],
  ] as const)('formats %i in width %i as %j', (value, width, text) => {
    expect(formatInt(value, width)).toBe(text);
  });

  it('handles integers beyond 1e21 without exponent notation', () => {
    expect(formatInt(1e21, 3)).toBe('1000000000000000000000');
  });

  it('rejects non-integers', () => {
    expect(() => formatInt(1.5, 3)).toThrow(RangeError);
  });
});
