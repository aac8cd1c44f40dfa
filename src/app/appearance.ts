/**
 * Applies theme, language direction, reduced motion and the layout mode (presenter: larger type
 * and a high-contrast palette; embed: no page margins) to the document root, where CSS reads them.
 */
import { useConfig } from '../store/config';

function apply(): void {
  const { theme, lang, reducedMotion, mode, embed } = useConfig.getState().app;
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.toggleAttribute('data-reduced-motion', reducedMotion);
  root.setAttribute('data-mode', embed !== undefined ? 'embed' : mode);
}

export function keepAppearanceInSync(): () => void {
  apply();
  return useConfig.subscribe((state, previous) => {
    if (state.app !== previous.app) apply();
  });
}
