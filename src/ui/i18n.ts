/**
 * Message lookup. Every string the app shows comes from a catalog; `{name}` placeholders
 * are filled from `params`. Numbers are formatted by the caller so that digits, formulas
 * and code stay in the same notation in every language.
 */
import { useCallback } from 'react';
import { useConfig } from '../store/config';
import { en, type Catalog, type MessageKey } from './messages/en';

export type Language = 'en' | 'ar';

const catalogs: Partial<Record<Language, Partial<Catalog>>> = { en };

/** Registers a catalog (lazy-loaded languages call this once they arrive). */
export function registerCatalog(language: Language, catalog: Partial<Catalog>): void {
  catalogs[language] = catalog;
}

export function translate(
  language: Language,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = catalogs[language]?.[key] ?? en[key];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
