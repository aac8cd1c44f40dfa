/**
 * The loss race in numbers: for each run, its epochs, its accuracy, the size of its gradient in
 * the first epoch and now, and when it first classified every point; then how many times
 * larger cross-entropy's first push was, and which loss got there first. Every number is the
 * engine's own epoch history.
 */
import type { RunView } from '../../store/runs';
import { formatNumber } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import { epochsToReach, firstValue, raceLosses, type RaceLoss } from './race';
import type { raceMessages } from './race-messages';
import type { RaceRuns } from './RaceCharts';

type T = LessonTranslate<keyof typeof raceMessages.en>;

export const lossLabel = (t: T, loss: RaceLoss) =>
  loss === 'squared' ? t('squared') : t('crossEntropy');

export interface RunSummary {
  readonly loss: RaceLoss;
  readonly epochs: number;
  readonly accuracy: number | null;
  /** Mean gradient length over the first epoch's updates. */
  readonly firstGradient: number | null;
  readonly gradient: number | null;
  readonly first100: number | null;
}

export function summarise(loss: RaceLoss, run: RunView | undefined): RunSummary {
  const accuracy = run?.series.trainAccuracy;
  return {
    loss,
    epochs: run?.counters.epoch ?? 0,
    accuracy: run?.lastEpoch?.trainAccuracy ?? null,
    firstGradient: firstValue(run?.series.gradientNorm),
    gradient: run?.lastEpoch?.gradientNorm ?? null,
    first100: accuracy === undefined ? null : epochsToReach(accuracy, 1),
  };
}

const percent = (value: number) => `${formatNumber(100 * value, 1)} %`;
const size = (value: number) => formatNumber(value, 4);

export function RaceTable({ runs, chosen, t }: { runs: RaceRuns; chosen: RaceLoss; t: T }) {
  const summaries = raceLosses.map((loss) => summarise(loss, runs[loss]));
  const never = t('notYet');
  /** A number's cell, or "not yet" in words (not set as digits) while there is none. */
  const cell = (value: number | null, show: (v: number) => string, testId: string) => (
    <td className={value === null ? undefined : 'numbers'} data-testid={testId}>
      {value === null ? never : show(value)}
    </td>
  );
  return (
    <>
      <table className="loss-race-table" data-presenter="secondary">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colLoss')}</th>
            <th scope="col">{t('colEpochs')}</th>
            <th scope="col">{t('colAccuracy')}</th>
            <th scope="col">{t('colGradientFirst')}</th>
            <th scope="col">{t('colGradientNow')}</th>
            <th scope="col">{t('colFirst100')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => (
            <tr key={s.loss} data-testid={`race-row-${s.loss}`}>
              <th scope="row">
                {lossLabel(t, s.loss)} {s.loss === chosen && t('chosen')}
              </th>
              <td className="numbers">{s.epochs}</td>
              {cell(s.accuracy, percent, `race-accuracy-${s.loss}`)}
              {cell(s.firstGradient, size, `race-gradient-first-${s.loss}`)}
              {cell(s.gradient, size, `race-gradient-now-${s.loss}`)}
              {cell(s.first100, String, `race-first100-${s.loss}`)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('gradientNote')}</p>
      <GradientRatio summaries={summaries} t={t} />
      <Verdict summaries={summaries} t={t} />
    </>
  );
}

function GradientRatio({ summaries, t }: { summaries: readonly RunSummary[]; t: T }) {
  const squared = summaries.find((s) => s.loss === 'squared')?.firstGradient ?? null;
  const crossEntropy = summaries.find((s) => s.loss === 'cross-entropy')?.firstGradient ?? null;
  if (squared === null || crossEntropy === null || !(squared > 0)) return null;
  const ratio = crossEntropy / squared;
  return (
    <p className="loss-race-ratio" data-testid="race-gradient-ratio">
      {t('ratio', { ratio: formatNumber(ratio, ratio >= 10 ? 0 : 1) })}
    </p>
  );
}

function Verdict({ summaries, t }: { summaries: readonly RunSummary[]; t: T }) {
  const [a, b] = summaries;
  if (a === undefined || b === undefined || a.first100 === null || b.first100 === null) {
    return null;
  }
  if (a.first100 === b.first100) {
    return <p role="status">{t('verdictTie', { epochs: a.first100 })}</p>;
  }
  const [faster, slower] = a.first100 < b.first100 ? [a, b] : [b, a];
  return (
    <p role="status" data-testid="race-verdict">
      {t('verdict', {
        faster: lossLabel(t, faster.loss),
        gap: (slower.first100 as number) - (faster.first100 as number),
      })}
    </p>
  );
}
