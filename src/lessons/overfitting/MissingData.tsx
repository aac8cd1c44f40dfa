/**
 * Shown in place of the lab's plot and transport while a link names data the lab does not
 * have: which data (its hash), why it is not here, and the ways to bring it (open or paste the
 * CSV, import the lab file), or to train on generated data instead, which drops the link's claim.
 */
import { useId } from 'react';
import { useLessonT } from '../../ui/i18n';
import { useConfig } from '../../store/config';
import { dataMessages } from './data-messages';
import { forgetLinkData } from './data-link';
import { useFit } from './fit-store';
import { ImportData } from './ImportData';

export function MissingData() {
  const t = useLessonT(dataMessages);
  const titleId = useId();
  const awaited = useFit((state) => state.awaited);
  const linked = useConfig((state) => state.app.data);
  // Before the lookup has started, the link's own value is what is being looked for.
  const hash = awaited?.hash ?? linked ?? '';
  const state = awaited?.state ?? 'looking';
  const detail = awaited?.detail ?? '';
  return (
    <section className="missing-data" aria-labelledby={titleId} data-testid="missing-data">
      <h3 id={titleId}>{t('link.title')}</h3>
      <p role={state === 'looking' ? 'status' : 'alert'} data-state={state}>
        {t(`link.${state}`, { hash, detail })}
      </p>
      {/* Offered while looking too: a lookup that never answers must not trap the learner. */}
      <button type="button" className="button" onClick={forgetLinkData}>
        {t('link.generated')}
      </button>
      {state !== 'looking' && <ImportData />}
    </section>
  );
}
