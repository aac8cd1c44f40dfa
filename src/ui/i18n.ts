/**
 * Message lookup. Every string the app shows comes from a catalog; `{name}` placeholders
 * are filled from `params`. Numbers are formatted by the caller so that digits, formulas
 * and code stay in the same notation in every language.
 */
import { useCallback } from 'react';
import { create } from 'zustand';
import { useConfig } from '../store/config';
import { en, type Catalog, type MessageKey } from './messages/en';

export type Language = 'en' | 'ar';

/**
 * English ships with the page; the Arabic shell catalog loads the first time Arabic is
 * chosen (the first screen's JavaScript budget is tight), with English shown meanwhile.
 */
const useShellCatalogs = create<{ ar: Catalog | null }>()(() => ({ ar: null }));
let arabicRequested = false;

function requestArabic(): void {
  if (arabicRequested) return;
  arabicRequested = true;
  void import('./messages/ar').then((module) => useShellCatalogs.setState({ ar: module.ar }));
}

export function translate(
  catalog: Catalog | null,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return fill(catalog?.[key] ?? en[key], params);
}

export type { MessageKey };

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translate function for the current language (re-renders when it changes). */
export function useT(): Translate {
  const language = useConfig((state) => state.app.lang);
  const arabic = useShellCatalogs((state) => state.ar);
  if (language === 'ar' && arabic === null) requestArabic();
  const catalog = language === 'ar' ? arabic : en;
  return useCallback<Translate>((key, params) => translate(catalog, key, params), [catalog]);
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

/**
 * A key's variant for an embedded widget (`?embed=`): a message may have a sibling
 * `<key>@embed` for when the lesson is shown alone in someone else's page, where words such
 * as "the bar at the top of the page" would point at nothing.
 */
export const EMBED_VARIANT = '@embed';

function lessonText<K extends string>(
  messages: LessonMessages<K>,
  language: Language,
  key: K,
  embedded: boolean,
): string {
  if (embedded) {
    const variant = `${key}${EMBED_VARIANT}` as K;
    const text = messages[language][variant] ?? messages.en[variant];
    if (text !== undefined) return text;
  }
  return messages[language][key] ?? messages.en[key];
}

/** The translate function for a lesson's own catalog, in the current language and mode. */
export function useLessonT<K extends string>(messages: LessonMessages<K>): LessonTranslate<K> {
  const language = useConfig((state) => state.app.lang);
  const embedded = useConfig((state) => state.app.embed !== undefined);
  return useCallback<LessonTranslate<K>>(
    (key, params) => fill(lessonText(messages, language, key, embedded), params),
    [language, messages, embedded],
  );
}
