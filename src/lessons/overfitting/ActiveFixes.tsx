/**
 * A try's fixes in words, "dropout 0.3 + patience 20" or "no fixes": the same text next to
 * Train and in the results table, so a learner always sees which fixes were stacked.
 */
import { Fragment } from 'react';
import { useLessonT } from '../../ui/i18n';
import type { ActiveFix } from './fixes';
import { messages, type OverfittingKey } from './messages';
import { WithNumbers } from './WithNumbers';

export function ActiveFixes({ fixes }: { fixes: readonly ActiveFix[] }) {
  const t = useLessonT(messages);
  if (fixes.length === 0) return <>{t('active.none')}</>;
  return (
    <>
      {fixes.map(({ fix, value }, k) => (
        <Fragment key={fix}>
          {k > 0 && ' + '}
          <WithNumbers template={t(`active.${fix}` as OverfittingKey)} values={{ value }} />
        </Fragment>
      ))}
    </>
  );
}
