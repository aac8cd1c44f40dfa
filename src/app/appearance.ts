/** Applies theme, language direction and reduced motion to the document root. */
import { useConfig } from '../store/config';

function apply(): void {
  const { theme, lang, reducedMotion } = useConfig.getState().app;
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.toggleAttribute('data-reduced-motion', reducedMotion);
}

export function keepAppearanceInSync(): () => void {
  apply();
  return useConfig.subscribe((state, previous) => {
    if (state.app !== previous.app) apply();
  });
}
