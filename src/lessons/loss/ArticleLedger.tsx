/**
 * The article program's bookkeeping for one epoch: every sample's (y − p)² as the engine
 * measured it, their running sum, and the engine's own total for the epoch once it is done.
 */
import { useEffect, useState } from 'react';
import type { StepDetail } from '../../engine/protocol';
import { useRuns } from '../../store/runs';
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { isComplete, ledgerTotal, recordStep, type EpochLedger } from './epoch-ledger';
import { messages } from './messages';
import { LOSS_DIGITS, PROB_DIGITS } from './WorkedLossPanel';

/** Collects the run's per-sample losses for the current epoch while the lesson is open. */
export function useEpochLedger(runId: string): EpochLedger | null {
  const [ledger, setLedger] = useState<EpochLedger | null>(() => {
    const detail = useRuns.getState().steps[runId];
    return detail === undefined ? null : recordStep(null, detail);
  });
  useEffect(
    () =>
      useRuns.subscribe((state, previous) => {
        const detail: StepDetail | undefined = state.steps[runId];
        if (detail !== undefined && detail !== previous.steps[runId]) {
          setLedger((current) => recordStep(current, detail));
        }
      }),
    [runId],
  );
  return ledger;
}

export function ArticleLedger({ runId, ledger }: { runId: string; ledger: EpochLedger | null }) {
  const t = useLessonT(messages);
  const engineEpoch = useRuns((state) => state.runs[runId]?.lastEpoch ?? null);
  if (ledger === null) {
    return (
      <section
        className="loss-ledger"
        aria-labelledby="loss-ledger-title"
        data-presenter="secondary"
      >
        <h4 id="loss-ledger-title">{t('ledger.title')}</h4>
        <p>{t('ledger.empty')}</p>
      </section>
    );
  }
  const rows = Array.from({ length: ledger.samplesPerEpoch }, (_, i) =>
    ledger.entries.find((entry) => entry.sampleIndex === i),
  );
  const total = ledgerTotal(ledger);
  const engineTotal =
    engineEpoch !== null && engineEpoch.epoch === ledger.epoch ? engineEpoch.trainLossSum : null;
  return (
    <section className="loss-ledger" aria-labelledby="loss-ledger-title" data-presenter="secondary">
      <h4 id="loss-ledger-title">{t('ledger.title')}</h4>
      <table>
        <caption>{t('ledger.caption', { epoch: ledger.epoch })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ledger.sample')}</th>
            <th scope="col">{t('ledger.input')}</th>
            <th scope="col">{t('ledger.label')}</th>
            <th scope="col">{t('ledger.prediction')}</th>
            <th scope="col">{t('ledger.loss')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry, i) => (
            <tr key={i} data-testid={`ledger-row-${i}`}>
              <th scope="row" className="numbers">
                {i + 1}
              </th>
              {entry === undefined ? (
                <td colSpan={4} className="loss-muted">
                  {t('ledger.notYet')}
                </td>
              ) : (
                <>
                  <td className="numbers">
                    {entry.input.map((x) => formatNumber(x, 2)).join(', ')}
                  </td>
                  <td className="numbers">{formatNumber(entry.target, 0)}</td>
                  <td className="numbers">{formatNumber(entry.prediction, PROB_DIGITS)}</td>
                  <td className="numbers">{formatNumber(entry.loss, LOSS_DIGITS)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('ledger.total', { count: ledger.entries.length, total: ledger.samplesPerEpoch })}
            </th>
            <td className="numbers">
              <output data-testid="ledger-total">{formatNumber(total, LOSS_DIGITS)}</output>
            </td>
          </tr>
          {isComplete(ledger) && engineTotal !== null && (
            <tr>
              <th scope="row" colSpan={4}>
                {t('ledger.engineTotal', { epoch: ledger.epoch })}
              </th>
              <td className="numbers">
                <output data-testid="ledger-engine-total">
                  {formatNumber(engineTotal, LOSS_DIGITS)}
                </output>
              </td>
            </tr>
          )}
        </tfoot>
      </table>
      <p className="hint">{t('ledger.hint')}</p>
    </section>
  );
}
