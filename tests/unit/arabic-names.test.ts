/**
 * Arabic text that tells a reader which button to press names it as the Arabic page labels it:
 * an English "Play" in an Arabic sentence points at a button that reads «تشغيل».
 */
import { describe, expect, it } from 'vitest';
import { ar as shellArabic } from '../../src/ui/messages/ar';
import { en as shellEnglish } from '../../src/ui/messages/en';

type Catalog = Record<string, string>;
type Pair = { en: Catalog; ar: Catalog };
const isPair = (value: unknown): value is Pair =>
  typeof value === 'object' && value !== null && 'en' in value && 'ar' in value;

// Every exported { en, ar } pair of every *messages.ts file.
const modules = import.meta.glob<Record<string, unknown>>('../../src/**/*messages.ts', {
  eager: true,
});
const lessonCatalogs = Object.entries(modules).flatMap(([path, module]) =>
  Object.entries(module)
    .filter(([, value]) => isPair(value))
    .map(([name, value]) => ({
      path: `${path.replace('../../', '')} ${name}`,
      ...(value as Pair),
    })),
);
const catalogs = [
  { path: 'src/ui/messages', en: shellEnglish as Catalog, ar: shellArabic as Catalog },
  ...lessonCatalogs,
];

/** Every label the Arabic page shows, whole. */
const arabicLabels = [...new Set(catalogs.flatMap(({ ar }) => Object.values(ar)))];

/**
 * Quoted words that are not the page's labels: the keys of a presentation clicker, and the two
 * kinds of pair in the embeddings lesson.
 */
const NOT_LABELS = new Set(['التالي', 'السابق', 'متشابه', 'مختلف']);

/** A label named whole, or by the part before its colon ("Prepare this example: …"). */
const isLabel = (name: string) =>
  NOT_LABELS.has(name) ||
  arabicLabels.some((label) => label === name || label.startsWith(`${name}:`));

/** The names «…» quotes in an Arabic text, leaving out filled-in values ({stage}). */
function quotedNames(text: string): string[] {
  return [...text.matchAll(/«([^»]+)»/g)]
    .map((match) => match[1]!)
    .filter((name) => !name.includes('{'));
}

describe('Arabic text names the buttons it points at', () => {
  it('finds the catalogs (the shell and every lesson)', () => {
    expect(lessonCatalogs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(catalogs.map((catalog) => [catalog.path, catalog] as const))(
    '%s: no English transport name in an Arabic sentence',
    (_path, { ar }) => {
      const english = /\b(Play|Pause|Step|Reset)\b/;
      const offending = Object.entries(ar).filter(([, text]) => english.test(text));
      expect(offending).toEqual([]);
    },
  );

  it.each(catalogs.map((catalog) => [catalog.path, catalog] as const))(
    '%s: each «name» is a label the Arabic page shows',
    (_path, { ar }) => {
      const unknown = Object.values(ar)
        .flatMap(quotedNames)
        .filter((name) => !isLabel(name));
      expect(unknown).toEqual([]);
    },
  );
});
