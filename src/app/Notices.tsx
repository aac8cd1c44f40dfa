/** The dismissible list of settings that a link (or a control) could not use. */
import { useConfig } from '../store/config';
import { useT } from '../ui/i18n';

export function Notices() {
  const t = useT();
  const notices = useConfig((state) => state.notices);
  const dismiss = useConfig((state) => state.dismissNotice);
  const dismissAll = useConfig((state) => state.dismissAll);
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="status" aria-labelledby="notices-title">
      <strong id="notices-title">{t('notice.title')}</strong>
      <ul>
        {notices.map((notice, index) => (
          <li key={`${notice.key}-${index}`}>
            <span className="numbers">
              {notice.key === ''
                ? notice.message
                : t('notice.item', {
                    key: notice.key,
                    value: notice.value,
                    message: notice.message,
                  })}
            </span>{' '}
            <button type="button" className="button" onClick={() => dismiss(index)}>
              {t('notice.dismiss')}
              <span className="visually-hidden"> {notice.key}</span>
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && (
        <button type="button" className="button" onClick={dismissAll}>
          {t('notice.dismissAll')}
        </button>
      )}
    </section>
  );
}
