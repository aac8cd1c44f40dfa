import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOST_SOURCE,
  LAB_SOURCE,
  isResizeMessage,
  parseHostMessage,
  resizeMessage,
} from '../../src/app/embed/protocol';

describe('host messages (host → embedded lab)', () => {
  it('accepts exactly the documented messages', () => {
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'set-theme', theme: 'dark' })).toEqual({
      source: HOST_SOURCE,
      type: 'set-theme',
      theme: 'dark',
    });
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'set-theme', theme: 'light' })).toEqual({
      source: HOST_SOURCE,
      type: 'set-theme',
      theme: 'light',
    });
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'request-height' })).toEqual({
      source: HOST_SOURCE,
      type: 'request-height',
    });
  });

  it('ignores near misses: wrong source, type or theme, extra or missing fields, odd objects', () => {
    const nearMisses: unknown[] = [
      { source: LAB_SOURCE, type: 'set-theme', theme: 'dark' },
      { source: HOST_SOURCE, type: 'set-theme', theme: 'system' },
      { source: HOST_SOURCE, type: 'set-theme', theme: 'DARK' },
      { source: HOST_SOURCE, type: 'set-theme' },
      { source: HOST_SOURCE, type: 'set-theme', theme: 'dark', extra: 1 },
      { source: HOST_SOURCE, type: 'request-height', theme: 'dark' },
      { source: HOST_SOURCE, type: 'resize', height: 100 },
      { source: HOST_SOURCE, type: 'set-theme', theme: ['dark'] },
      [HOST_SOURCE, 'set-theme', 'dark'],
      Object.assign(Object.create({ polluted: true }), {
        source: HOST_SOURCE,
        type: 'request-height',
      }),
      Object.assign(new (class Message {})(), { source: HOST_SOURCE, type: 'request-height' }),
      JSON.parse('{"source":"training-loop-lab-host","type":"request-height","__proto__":{}}'),
      'set-theme',
      null,
      undefined,
      42,
    ];
    for (const data of nearMisses) expect(parseHostMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('never throws on hostile objects (throwing getters, revoked proxies)', () => {
    const throwing = {
      source: HOST_SOURCE,
      type: 'set-theme',
      get theme(): string {
        throw new Error('boom');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseHostMessage(throwing)).toBeNull();
    expect(parseHostMessage(proxy)).toBeNull();
    expect(isResizeMessage(proxy)).toBe(false);
  });

  it('ignores every arbitrary value that is not exactly valid, without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (data) => {
        const parsed = parseHostMessage(data);
        if (parsed === null) return;
        // Anything accepted must be one of the documented shapes, field for field.
        expect(Object.keys(data as object).sort()).toEqual(Object.keys(parsed).sort());
        expect(parsed.source).toBe(HOST_SOURCE);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts generated valid messages and rejects them with any one field changed', () => {
    const valid = fc.oneof(
      fc.constantFrom('light', 'dark').map((theme) => ({
        source: HOST_SOURCE,
        type: 'set-theme',
        theme,
      })),
      fc.constant({ source: HOST_SOURCE, type: 'request-height' }),
    );
    fc.assert(
      fc.property(valid, fc.string(), fc.anything(), (message, key, value) => {
        expect(parseHostMessage(message)).toEqual(message);
        const changed: Record<string, unknown> = { ...message, [key]: value };
        const same =
          Object.hasOwn(message, key) &&
          Object.is((message as Record<string, unknown>)[key], value);
        if (!same) expect(parseHostMessage(changed)).toBeNull();
      }),
    );
  });
});

describe('resize messages (embedded lab → host)', () => {
  it('round-trips a resize message and rounds the height up to whole pixels', () => {
    const message = resizeMessage('loop', 312.2);
    expect(message).toEqual({ source: LAB_SOURCE, type: 'resize', lesson: 'loop', height: 313 });
    expect(isResizeMessage(message)).toBe(true);
  });

  it('rejects arbitrary values and bad heights or lessons', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => isResizeMessage(data)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    for (const height of [NaN, Infinity, -1, 1e9]) {
      expect(isResizeMessage({ source: LAB_SOURCE, type: 'resize', lesson: 'loop', height })).toBe(
        false,
      );
    }
    expect(
      isResizeMessage({ source: LAB_SOURCE, type: 'resize', lesson: 'nowhere', height: 10 }),
    ).toBe(false);
  });
});
