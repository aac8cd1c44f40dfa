/** Shows an engine error in words, with Restart (the worker comes back with the same settings). */
import { useRuns } from '../store/runs';
import { useT } from '../ui/i18n';
import { restartEngine } from './engine-bridge';

export function EngineErrorBanner() {
  const t = useT();
  const error = useRuns((state) => state.error);
  const clearError = useRuns((state) => state.clearError);
  if (error === null) return null;
  return (
    <section className="engine-error" role="alert">
      <strong>{t('error.title')}</strong>
      <p>{error.message}</p>
      <p>{t('error.keeps')}</p>
      <button type="button" className="button primary" onClick={restartEngine}>
        {t('error.restart')}
      </button>{' '}
      {!error.fatal && (
        <button type="button" className="button" onClick={clearError}>
          {t('error.dismiss')}
        </button>
      )}
    </section>
  );
}
