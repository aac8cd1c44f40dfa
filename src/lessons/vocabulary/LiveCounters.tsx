/**
 * The main run's counters as it trains (sample, iteration, epoch, weight updates), next to the
 * calculator filled in with that run's own settings, and a check that the two agree: the
 * engine's iterations per epoch equal the calculator's, and its update count equals
 * epochs × iterations per epoch + iterations into the current epoch.
 */
import { useConfig } from '../../store/config';
import type { RunView } from '../../store/runs';
import { Counter } from '../../ui/Counter';
import { CheckIcon } from '../../ui/icons';
import { useLessonT } from '../../ui/i18n';
import { MAIN_RUN_ACTION, usePrimaryAction } from '../../ui/primary-action';
import { useThrottledRun } from '../../store/throttled';
import { batchArithmetic, grouped, runShape } from './arithmetic';
import { ArithmeticTable } from './ArithmeticTable';
import { messages } from './messages';

const MAIN_RUN = 'main';

type Agreement = 'matches' | 'stopped' | 'differs' | 'waiting';

export function agreement(run: RunView | undefined, perEpoch: number, total: number): Agreement {
  if (run === undefined) return 'waiting';
  const { counters, status } = run;
  const counted = counters.epoch * counters.iterationsPerEpoch + counters.iteration;
  if (counters.iterationsPerEpoch !== perEpoch || counters.updates !== counted) return 'differs';
  if (status === 'finished') return counters.updates === total ? 'matches' : 'differs';
  if (status === 'early-stopped' || status === 'diverged') return 'stopped';
  return 'matches';
}

export function LiveCounters() {
  const t = useLessonT(messages);
  const config = useConfig((state) => state.run);
  const run = useThrottledRun(MAIN_RUN);
  const shape = runShape(config);
  const arithmetic = batchArithmetic(shape.size, shape.batchSize, shape.epochs);
  const convention = shape.dropLast ? arithmetic.drop : arithmetic.keep;
  const state = agreement(run, convention.iterationsPerEpoch, convention.totalUpdates);
  const counters = run?.counters;
  // A clicker plays the main run, so these counters move and the check below has a run to check.
  usePrimaryAction('vocabulary', MAIN_RUN_ACTION);

  return (
    <section className="live-counters" aria-labelledby="live-title">
      <h3 id="live-title">{t('live.title')}</h3>
      <p>{t('live.about')}</p>
      <dl className="counter-grid">
        <Counter
          label={t('live.sample')}
          value={
            counters
              ? `${grouped(counters.sampleInEpoch)} / ${grouped(counters.samplesPerEpoch)}`
              : '—'
          }
        />
        <Counter
          label={t('live.iteration')}
          value={
            counters
              ? `${grouped(counters.iteration)} / ${grouped(counters.iterationsPerEpoch)}`
              : '—'
          }
        />
        <Counter
          label={t('live.epoch')}
          value={counters ? `${grouped(counters.epoch)} / ${grouped(shape.epochs)}` : '—'}
        />
        <Counter
          label={t('live.updates')}
          value={
            counters ? `${grouped(counters.updates)} / ${grouped(convention.totalUpdates)}` : '—'
          }
        />
      </dl>
      <p className="run-settings">
        {t('live.settings', {
          size: grouped(shape.size),
          batch: grouped(shape.batchSize),
          epochs: grouped(shape.epochs),
        })}
      </p>
      <ArithmeticTable
        arithmetic={arithmetic}
        current={shape.dropLast ? 'drop' : 'keep'}
        caption={t('live.caption')}
      />
      <p className={`agreement ${state}`} data-testid="agreement">
        {/* Only the verdict is announced; the sum below it changes with every update. */}
        {state === 'matches' && (
          <>
            <CheckIcon />{' '}
          </>
        )}
        <span role="status">{t(`live.${state}`)}</span>
        {state === 'matches' && counters !== undefined && (
          <>
            {' '}
            <span className="numbers">
              {grouped(counters.epoch)} × {grouped(counters.iterationsPerEpoch)} +{' '}
              {grouped(counters.iteration)} = {grouped(counters.updates)}
            </span>{' '}
            {t('live.matchesDetail')}
          </>
        )}
      </p>
    </section>
  );
}
