/**
 * Early stopping in one plain sentence, "stopped at epoch 22; kept epoch 2's weights": a try
 * that ends on an earlier epoch's weights must say so wherever its result is shown.
 */
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import { WithNumbers } from './WithNumbers';

export function KeptWeights({ stoppedAt, keptEpoch }: { stoppedAt: number; keptEpoch: number }) {
  const t = useLessonT(messages);
  return (
    <WithNumbers template={t('result.kept')} values={{ stopped: stoppedAt, kept: keptEpoch }} />
  );
}
