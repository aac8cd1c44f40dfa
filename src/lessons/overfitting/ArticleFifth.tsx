/**
 * The article's "try it yourself": give its single neuron a fifth device that contradicts the
 * pattern (glasses-like price and weight, labelled ring) and watch the loss floor of the main
 * run rise. The final loss of every finished main run is listed, so the rise is a measured fact.
 */
import { useEffect, useState } from 'react';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { formatLoss } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import { ENDED } from './use-fit-run';

const MAIN_RUN = 'main';
/** Price 0.5, weight 0.6 looks like glasses, but this device is a ring (label 0). */
export const CONTRADICTING_DEVICE = [0.5, 0.6, 0] as const;

interface MainResult {
  readonly serial: number;
  readonly devices: number;
  readonly loss: number;
}

const isContradicting = (p: readonly number[]) =>
  p[0] === CONTRADICTING_DEVICE[0] &&
  p[1] === CONTRADICTING_DEVICE[1] &&
  p[2] === CONTRADICTING_DEVICE[2];

export function ArticleFifth() {
  const t = useLessonT(messages);
  const model = useConfig((state) => state.run.model);
  const extra = useConfig((state) => state.run.extraPoints);
  const [results, setResults] = useState<readonly MainResult[]>([]);
  const present = extra.some(isContradicting);

  useEffect(() => {
    let serial = 0;
    return useRuns.subscribe((state, previous) => {
      const run = state.runs[MAIN_RUN];
      const before = previous.runs[MAIN_RUN];
      if (run === undefined || run.lastEpoch === null || !ENDED.has(run.status)) return;
      if (before !== undefined && ENDED.has(before.status)) return;
      const { run: config } = useConfig.getState();
      if (config.model !== 'article') return;
      serial += 1;
      const result = {
        serial,
        devices: 4 + config.extraPoints.length,
        loss: run.lastEpoch.trainLossSum,
      };
      setResults((list) => [...list, result].slice(-4));
    });
  }, []);

  const add = () =>
    useConfig.getState().setRunField('extraPoints', [...extra, CONTRADICTING_DEVICE]);
  const remove = () =>
    useConfig.getState().setRunField(
      'extraPoints',
      extra.filter((p) => !isContradicting(p)),
    );

  return (
    <section className="article-fifth" aria-labelledby="fifth-title" data-presenter="secondary">
      <h3 id="fifth-title">{t('fifth.title')}</h3>
      <p>{t('fifth.about')}</p>
      {model !== 'article' && <p className="hint">{t('fifth.notArticle')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={add} disabled={present}>
          {t('fifth.add')}
        </button>
        <button type="button" className="button" onClick={remove} disabled={!present}>
          {t('fifth.remove')}
        </button>
      </div>
      {present && <p role="status">{t('fifth.watch')}</p>}
      {results.length > 0 && (
        <ul className="fifth-results" aria-label={t('fifth.resultsLabel')}>
          {results.map((result) => (
            <li key={result.serial}>
              {t('fifth.result', { devices: result.devices })}{' '}
              <span className="numbers">{formatLoss(result.loss)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
