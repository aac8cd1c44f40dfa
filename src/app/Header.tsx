/**
 * Title, tagline and the page-wide choices: theme and language at once, then the other tools
 * (reduce motion, copy link, export, presenter mode) as soon as their code has loaded.
 */
import { lazy, Suspense } from 'react';
import { useConfig } from '../store/config';
import { useT } from '../ui/i18n';

const HeaderTools = lazy(() => import('./deferred').then((m) => ({ default: m.HeaderTools })));

export function Header() {
  const t = useT();
  const theme = useConfig((state) => state.app.theme);
  const lang = useConfig((state) => state.app.lang);
  const setAppField = useConfig((state) => state.setAppField);
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <div className="header-tools">
        <label>
          {t('theme.toggle')}{' '}
          <select
            value={theme}
            onChange={(event) => setAppField('theme', event.currentTarget.value)}
          >
            <option value="system">{t('theme.system')}</option>
            <option value="light">{t('theme.light')}</option>
            <option value="dark">{t('theme.dark')}</option>
          </select>
        </label>
        <label>
          {t('lang.label')}{' '}
          <select value={lang} onChange={(event) => setAppField('lang', event.currentTarget.value)}>
            <option value="en">English</option>
            <option value="ar" lang="ar">
              العربية
            </option>
          </select>
        </label>
        <Suspense fallback={null}>
          <HeaderTools />
        </Suspense>
      </div>
    </header>
  );
}
