/**
 * Title, tagline and the page-wide choices: theme and language at once, then the other tools
 * (reduce motion, copy link, export, presenter mode) as soon as their code has loaded.
 */
import { useConfig } from '../store/config';
import { useT } from '../ui/i18n';
// In the first bundle: loaded later, the tools arrived after the first paint and wrapped the
// header onto a second row, pushing every lesson down (a layout shift of 0.56 on desktop).
import HeaderTools from './tools/HeaderTools';

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
        <HeaderTools />
      </div>
    </header>
  );
}
