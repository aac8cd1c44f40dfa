/**
 * Engine events as JSON text and back, exactly: Float64Arrays travel as the base64 of their
 * bytes (every bit kept, NaN included) and non-finite numbers as tagged strings. Used to
 * embed the first screen's precomputed events in the page at build time.
 */
import type { EngineEvent } from './protocol';

interface TaggedArray {
  readonly __f64: string;
}
interface TaggedNumber {
  readonly __num: 'NaN' | 'Infinity' | '-Infinity';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
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
    if (typeof value === 'number' && !Number.isFinite(value)) {
      const tagged: TaggedNumber = { __num: String(value) as TaggedNumber['__num'] };
      return tagged;
    }
    return value;
  });
}

export function decodeEvents(text: string): EngineEvent[] {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null) {
      if ('__f64' in value && typeof value.__f64 === 'string') {
        const bytes = fromBase64(value.__f64);
        return new Float64Array(bytes.buffer, 0, bytes.byteLength / 8);
      }
      if ('__num' in value && typeof value.__num === 'string') return Number(value.__num);
    }
    return value;
  }) as EngineEvent[];
}
