/** What the live regions say about the main run. */
import type { LessonMessages } from '../../ui/i18n';

type Key = 'progress' | 'finished' | 'diverged' | 'early-stopped';

export const messages = {
  en: {
    progress: 'Epoch {epoch}, loss {loss}',
    finished: 'Training finished after epoch {epoch}, loss {loss}.',
    diverged: 'Training diverged at epoch {epoch}: the loss is no longer a finite number.',
    'early-stopped':
      'Training stopped early at epoch {epoch}: the validation loss had stopped improving.',
  },
  ar: {
    progress: 'الحقبة {epoch}، الخسارة {loss}',
    finished: 'اكتمل التدريب بعد الحقبة {epoch}، والخسارة {loss}.',
    diverged: 'تباعد التدريب عند الحقبة {epoch}: لم تعد الخسارة عددًا محدودًا.',
    'early-stopped': 'توقف التدريب مبكرًا عند الحقبة {epoch}: توقفت خسارة التحقق عن التحسن.',
  },
} as const satisfies LessonMessages<Key>;
