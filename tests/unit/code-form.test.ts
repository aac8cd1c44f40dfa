/**
 * The code lesson's "Run the article's program" form reads numbers with the fields' one parser
 * (src/ui/parse-number.ts) and the worker's ranges (src/settings/article.ts): what a number
 * field accepts, this form accepts, and nothing the worker would refuse gets sent.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARTICLE_FORM, readForm } from '../../src/lessons/code/printout';
import { articleFieldRange } from '../../src/settings/article';
import { parseNumber } from '../../src/ui/parse-number';

describe('the article program form', () => {
  it('reads grouped thousands as every number field does', () => {
    const read = readForm({ ...ARTICLE_FORM, epochs: '1,000', printEvery: '1,000' });
    expect(read).toMatchObject({ ok: true, settings: { epochs: 1000, printEvery: 1000 } });
  });

  it.each(['0x10', 'Infinity', '1e', '', ' ', '1,00', '--1'])('refuses %j as a number', (text) => {
    expect(readForm({ ...ARTICLE_FORM, epochs: text })).toMatchObject({
      ok: false,
      problem: { field: 'epochs' },
    });
    expect(readForm({ ...ARTICLE_FORM, learningRate: text }).ok).toBe(false);
    const row = { x1: text, x2: '0.5', label: 0 as const };
    expect(readForm({ ...ARTICLE_FORM, extra: [row] })).toMatchObject({
      ok: false,
      problem: { field: 'example', index: 0 },
    });
  });

  it('accepts exactly the epochs the number fields accept within the browser range', () => {
    const range = articleFieldRange('epochs', 'browser');
    const texts = fc.oneof(
      fc.integer({ min: -10, max: range.max + 10 }).map(String),
      fc.double({ noNaN: false }).map(String),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const field = parseNumber(text, range);
        const form = readForm({ ...ARTICLE_FORM, epochs: text });
        expect(form.ok).toBe(field.ok);
        if (form.ok && field.ok) expect(form.settings.epochs).toBe(field.value);
      }),
      { numRuns: 300 },
    );
  });
});
