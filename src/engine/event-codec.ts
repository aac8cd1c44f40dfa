/**
 * Engine events as JSON text and back, exactly: Float64Arrays travel as the base64 of their
 * bytes (every bit kept, NaN included) and non-finite numbers and −0 (which JSON would write
 * as 0) as tagged strings. Used to embed the first screen's precomputed events in the page at
 * build time. Decoding throws on a malformed tag rather than guess: the text comes from our
 * own build, so a bad tag is a bug to see, not a value to repair.
 */
import type { EngineEvent } from './protocol';

interface TaggedArray {
  readonly __f64: string;
}
interface TaggedNumber {
  readonly __num: 'NaN' | 'Infinity' | '-Infinity' | '-0';
}

const TAGGED_NUMBERS: Readonly<Record<TaggedNumber['__num'], number>> = {
  NaN: NaN,
  Infinity: Infinity,
  '-Infinity': -Infinity,
  '-0': -0,
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new SyntaxError('event codec: a Float64Array tag holds malformed base64');
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeEvents(events: readonly EngineEvent[]): string {
  return JSON.stringify(events, (_key, value: unknown) => {
    if (value instanceof Float64Array) {
      const tagged: TaggedArray = {
        __f64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
      };
      return tagged;
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
      const name = Object.is(value, -0) ? '-0' : String(value);
      const tagged: TaggedNumber = { __num: name as TaggedNumber['__num'] };
      return tagged;
    }
    return value;
  });
}

export function decodeEvents(text: string): EngineEvent[] {
  const events: unknown = JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null) {
      if ('__f64' in value) return decodeArray(value.__f64);
      if ('__num' in value) return decodeNumber(value.__num);
    }
    return value;
  });
  const isEvent = (event: unknown) =>
    typeof event === 'object' &&
    event !== null &&
    'type' in event &&
    typeof event.type === 'string';
  if (!Array.isArray(events) || !events.every(isEvent)) {
    throw new SyntaxError('event codec: the text is not a list of engine events');
  }
  return events as EngineEvent[];
}

function decodeArray(tag: unknown): Float64Array {
  if (typeof tag !== 'string') throw new SyntaxError('event codec: a Float64Array tag is not text');
  const bytes = fromBase64(tag);
  if (bytes.byteLength % 8 !== 0) {
    throw new SyntaxError('event codec: a Float64Array tag is not a whole number of float64s');
  }
  return new Float64Array(bytes.buffer, 0, bytes.byteLength / 8);
}

function decodeNumber(tag: unknown): number {
  if (typeof tag !== 'string' || !Object.hasOwn(TAGGED_NUMBERS, tag)) {
    throw new SyntaxError(`event codec: unknown number tag ${JSON.stringify(tag)}`);
  }
  return TAGGED_NUMBERS[tag as TaggedNumber['__num']];
}
