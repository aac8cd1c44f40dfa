/**
 * Message lookup. Every string the app shows comes from a catalog; `{name}` placeholders
 * are filled from `params`. Numbers are formatted by the caller so that digits, formulas
 * and code stay in the same notation in every language.
 */
import { useCallback } from 'react';
import { useConfig } from '../store/config';
import { ar } from './messages/ar';
import { en, type Catalog, type MessageKey } from './messages/en';

export type Language = 'en' | 'ar';

const catalogs: Readonly<Record<Language, Catalog>> = { en, ar };

export function translate(
  language: Language,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return fill(catalogs[language]?.[key] ?? en[key], params);
}

export type { MessageKey };

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translate function for the current language (re-renders when it changes). */
export function useT(): Translate {
  const language = useConfig((state) => state.app.lang);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

/** A lesson's own strings: English, and Arabic with the same keys. */
export interface LessonMessages<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ar: Readonly<Record<K, string>>;
}

export type LessonTranslate<K extends string> = (
  key: K,
  params?: Readonly<Record<string, string | number>>,
) => string;

function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The translate function for a lesson's own catalog, in the current language. */
export function useLessonT<K extends string>(messages: LessonMessages<K>): LessonTranslate<K> {
  const language = useConfig((state) => state.app.lang);
  return useCallback<LessonTranslate<K>>(
    (key, params) => fill(messages[language][key] ?? messages.en[key], params),
    [language, messages],
  );
}
