/**
 * Beside a big-rate printout: did the loss bounce, as the article says it will? The words are
 * read from the printed lines themselves; the reason (the clip, or its absence) follows, and
 * one button runs the same settings with the other neuron.
 */
import { formatNumber } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { bounceOutcome, otherNeuron, rose, type BounceOutcome } from './bounce';
import { messages } from './messages';
import { readPrintout, type PrintedEpoch, type ProgramSettings } from './printout';

type T = LessonTranslate<keyof typeof messages.en>;

/** Longer printed numbers (a blown-up loss has dozens of digits) are shortened for a sentence. */
const LONGEST_AS_PRINTED = 12;

function loss(epoch: PrintedEpoch): string {
  return epoch.loss.length <= LONGEST_AS_PRINTED ? epoch.loss : formatNumber(Number(epoch.loss));
}

function outcomeText(outcome: BounceOutcome, t: T): string {
  switch (outcome.kind) {
    case 'blewUp':
      return t('bounce.blewUp', { value: outcome.at.loss, epoch: outcome.at.epoch });
    case 'grew':
      return t('bounce.grew', {
        from: loss(outcome.from),
        a: outcome.from.epoch,
        to: loss(outcome.to),
        b: outcome.to.epoch,
      });
    case 'bounced':
      return t('bounce.bounced', {
        from: loss(outcome.up[0]),
        a: outcome.up[0].epoch,
        to: loss(outcome.up[1]),
        b: outcome.up[1].epoch,
        last: loss(outcome.last),
        c: outcome.last.epoch,
      });
    case 'settled':
      return t('bounce.settled', { loss: outcome.at.loss, epoch: outcome.at.epoch });
    case 'fell':
      return t('bounce.fell', { loss: loss(outcome.last), epoch: outcome.last.epoch });
  }
}

/** Why the run did what it did: the clip absorbs an overshoot; without it nothing does. */
function reasonText(settings: ProgramSettings, outcome: BounceOutcome, t: T): string | null {
  if (settings.activation === 'clip') {
    // A clipped loss that ends higher than it began is not the clip's doing: say nothing.
    return outcome.kind === 'grew' || outcome.kind === 'blewUp' ? null : t('bounce.whyClip');
  }
  if (rose(outcome)) return t('bounce.whyLinear');
  return settings.printEvery > 1 ? t('bounce.noRiseSparse') : t('bounce.noRise');
}

export function BounceNote({
  settings,
  lines,
  onRun,
}: {
  settings: ProgramSettings;
  lines: readonly string[];
  onRun: (settings: ProgramSettings) => void;
}) {
  const t = useLessonT(messages);
  const outcome = bounceOutcome(readPrintout(lines).epochs);
  if (outcome === null) return null;
  const other = otherNeuron(settings);
  const reason = reasonText(settings, outcome, t);
  const toLinear = other.activation === 'linear';
  return (
    <section className="code-bounce" aria-labelledby="code-bounce-title" data-testid="bounce-note">
      <h4 id="code-bounce-title">{t('bounce.title')}</h4>
      <p>{t('bounce.expected', { rate: settings.learningRate })}</p>
      <p data-testid="bounce-outcome" data-outcome={outcome.kind}>
        <strong>{outcomeText(outcome, t)}</strong>
      </p>
      {reason !== null && <p data-testid="bounce-reason">{reason}</p>}
      <div className="code-bounce-action">
        <button type="button" className="button" onClick={() => onRun(other)}>
          {toLinear ? t('bounce.tryLinear') : t('bounce.tryClip')}
        </button>
        {toLinear && (
          <small className="code-hint">
            {other.printEvery === 1
              ? t('bounce.tryLinearEveryEpoch')
              : t('bounce.tryLinearEvery', { every: other.printEvery })}
          </small>
        )}
      </div>
    </section>
  );
}
