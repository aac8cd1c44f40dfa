import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readHashTarget } from '../../src/app/url-hash';
import { lessonIds } from '../../src/store/config-schema';

describe('readHashTarget', () => {
  it.each(['#%', '#%E0%A4%A', '#%zz', '#loop%'])('drops %s, which cannot be decoded', (hash) => {
    const { id, notice } = readHashTarget(hash);
    expect(id).toBeNull();
    expect(notice?.message).toMatch(/is not valid URL encoding/);
  });

  it.each(['#nope', '#<script>alert(1)</script>', '#__proto__', '#loop x'])(
    'drops %s, which names no lesson',
    (hash) => {
      const { id, notice } = readHashTarget(hash);
      expect(id).toBeNull();
      expect(notice?.message).toMatch(/names no lesson/);
    },
  );

  it('keeps lessons, places inside them and the skip link', () => {
    for (const lesson of lessonIds)
      expect(readHashTarget(`#${lesson}`)).toEqual({ id: lesson, notice: null });
    expect(readHashTarget('#learning-rate-title').id).toBe('learning-rate-title');
    expect(readHashTarget('#lessons').id).toBe('lessons');
    expect(readHashTarget('').id).toBeNull();
    expect(readHashTarget('#').notice).toBeNull();
  });

  it('never throws, and keeps only ids that start with a lesson', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webFragments(), fc.string({ unit: 'binary' })),
        (text) => {
          const { id, notice } = readHashTarget(`#${text}`);
          if (id !== null) {
            expect(notice).toBeNull();
            expect(
              id === 'lessons' || lessonIds.some((l) => id === l || id.startsWith(`${l}-`)),
            ).toBe(true);
          }
          if (notice !== null) expect(notice.message.length).toBeLessThan(200);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
