/**
 * The codec that carries the first screen's engine events from the build into the page: every
 * bit survives the trip (NaN payloads, ±Infinity, −0, Float64Arrays at any offset), and text
 * that is not what the encoder writes is refused, not half-read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEvents, encodeEvents } from '../../src/engine/event-codec';
import type { EngineEvent } from '../../src/engine/protocol';

/** A comparable picture of a value: numbers by Object.is identity, Float64Arrays by their bytes. */
function canonical(value: unknown): unknown {
  if (value instanceof Float64Array) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { f64: Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('') };
  }
  if (typeof value === 'number') {
    return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Any float64 bit pattern, NaN payloads and subnormals included, at any byte offset. */
const float64Arrays = fc
  .tuple(
    fc.nat({ max: 3 }),
    fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { maxLength: 12 }),
  )
  .map(([offset, words]) => {
    const view = new Float64Array(new ArrayBuffer((offset + words.length) * 8), offset * 8);
    new BigUint64Array(view.buffer, view.byteOffset, view.length).set(words);
    return view;
  });

const numbers = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, Number.MAX_VALUE),
);

const values: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    numbers,
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    float64Arrays,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((key) => key !== '__f64' && key !== '__num'),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const events = fc.array(
  fc
    .tuple(
      fc.string(),
      fc.dictionary(fc.constantFrom('runId', 'epoch', 'loss', 'weights', 'x'), values),
    )
    .map(([type, fields]) => ({ ...fields, type }) as unknown as EngineEvent),
  { maxLength: 6 },
);

describe('encodeEvents / decodeEvents', () => {
  it('round-trips every value bit for bit', () => {
    fc.assert(
      fc.property(events, (list) => {
        const decoded = decodeEvents(encodeEvents(list));
        expect(canonical(decoded)).toEqual(canonical(list));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the numbers JSON cannot write: NaN, ±Infinity and −0', () => {
    const event = {
      type: 'x',
      values: [NaN, Infinity, -Infinity, -0, 0],
    } as unknown as EngineEvent;
    const [decoded] = decodeEvents(encodeEvents([event])) as unknown as { values: number[] }[];
    expect(decoded?.values.map((v) => (Object.is(v, -0) ? '-0' : String(v)))).toEqual([
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '0',
    ]);
  });

  it('keeps a NaN payload inside a Float64Array', () => {
    const array = new Float64Array(2);
    new BigUint64Array(array.buffer).set([0x7ff8_0000_dead_beefn, 0xfff0_0000_0000_0001n]);
    const event = { type: 'x', array } as unknown as EngineEvent;
    const [decoded] = decodeEvents(encodeEvents([event])) as unknown as { array: Float64Array }[];
    expect(Array.from(new BigUint64Array(decoded?.array.buffer ?? new ArrayBuffer(0)))).toEqual([
      0x7ff8_0000_dead_beefn,
      0xfff0_0000_0000_0001n,
    ]);
  });

  it.each([
    ['text that is not JSON', '[{"type":'],
    ['JSON that is not a list', '{"type":"step"}'],
    ['a list holding a non-event', '[1]'],
    ['an event without a type', '[{"runId":"main"}]'],
    ['an event whose type is not text', '[{"type":3}]'],
    ['base64 with a stray character', '[{"type":"x","a":{"__f64":"AAAA!AAAAAA="}}]'],
    ['base64 of the wrong length', '[{"type":"x","a":{"__f64":"AAAAAAAAAAA"}}]'],
    ['bytes that are not whole float64s', '[{"type":"x","a":{"__f64":"AAAAAAAAAAAAAAAA"}}]'],
    ['an array tag that is not text', '[{"type":"x","a":{"__f64":[0]}}]'],
    ['an unknown number tag', '[{"type":"x","a":{"__num":"nan"}}]'],
    ['a number tag that is not text', '[{"type":"x","a":{"__num":0}}]'],
  ])('refuses %s', (_what, text) => {
    expect(() => decodeEvents(text)).toThrow(SyntaxError);
  });

  it('refuses any number tag other than the four it writes', () => {
    fc.assert(
      fc.property(
        fc.string().filter((tag) => !['NaN', 'Infinity', '-Infinity', '-0'].includes(tag)),
        (tag) => {
          const text = JSON.stringify([{ type: 'x', a: { __num: tag } }]);
          expect(() => decodeEvents(text)).toThrow(SyntaxError);
        },
      ),
    );
  });

  it('refuses array tags whose bytes are not a whole number of float64s', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }).filter((bytes) => bytes.length % 8 !== 0),
        (bytes) => {
          const tag = Buffer.from(bytes).toString('base64');
          const text = JSON.stringify([{ type: 'x', a: { __f64: tag } }]);
          expect(() => decodeEvents(text)).toThrow(SyntaxError);
        },
      ),
    );
  });
});
