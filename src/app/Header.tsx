/**
 * Title, tagline and the page-wide choices: theme, language, reduce motion, copy link, export
 * and presenter mode. On a phone those six took four rows above the lessons, so there they fold
 * behind a Settings button (the button and the folding are CSS; the open state lives here).
 */
import { useId, useState } from 'react';
import { useConfig } from '../store/config';
import { DisclosureButton } from '../ui/DisclosureButton';
import { useT } from '../ui/i18n';
import { SlidersIcon } from '../ui/icons';
// In the first bundle: loaded later, the tools arrived after the first paint and wrapped the
// header onto a second row, pushing every lesson down (a layout shift of 0.56 on desktop).
import HeaderTools from './tools/HeaderTools';

export function Header() {
  const t = useT();
  const theme = useConfig((state) => state.app.theme);
  const lang = useConfig((state) => state.app.lang);
  const setAppField = useConfig((state) => state.setAppField);
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      <DisclosureButton
        open={toolsOpen}
        controls={toolsId}
        className="header-tools-button"
        onToggle={() => setToolsOpen(!toolsOpen)}
      >
        <SlidersIcon /> {t('tools.label')}
      </DisclosureButton>
      <p className="tagline">{t('app.tagline')}</p>
      <div id={toolsId} className={toolsOpen ? 'header-tools open' : 'header-tools'}>
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
