/**
 * The lab's own transport for its 'fit' run: train, pause, reset, one epoch at a time, at a
 * pace of its own (a try ends in seconds whatever the bar's speed is). Next to Train it says
 * which fixes the try has on, and how an early-stopped try ended.
 */
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { useLessonT, useT } from '../../ui/i18n';
import { usePrimaryAction } from '../../ui/primary-action';
import { ActiveFixes } from './ActiveFixes';
import { KeptWeights } from './KeptWeights';
import { useFit } from './fit-store';
import { activeFixes } from './fixes';
import { messages } from './messages';
import { PaceSelect } from './PaceSelect';
import { FIT_RUN, presets } from './presets';
import { ENDED } from './use-fit-run';

export function FitTransport() {
  const t = useLessonT(messages);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(FIT_RUN));
  const status = useRuns((state) => state.runs[FIT_RUN]?.status ?? 'ready');
  const epoch = useRuns((state) => state.runs[FIT_RUN]?.counters.epoch ?? 0);
  const speed = useFit((state) => state.speed);
  const setSpeed = useFit((state) => state.setSpeed);

  const train = () => {
    if (ENDED.has(status)) sendCommand({ type: 'reset', runIds: [FIT_RUN] });
    sendCommand({ type: 'play', runIds: [FIT_RUN] });
  };
  const pause = () => sendCommand({ type: 'pause', runIds: [FIT_RUN] });
  // The first button below, for a clicker: Train, or Pause while a try trains.
  usePrimaryAction('overfitting', {
    label: t(playing ? 'transport.pause' : 'transport.train'),
    run: playing ? pause : train,
    done: ENDED.has(status) && !playing,
    reveal: '.fit-transport',
  });

  return (
    <div className="fit-transport" role="group" aria-label={t('transport.label')}>
      {playing ? (
        <button type="button" className="button primary" onClick={pause}>
          {t('transport.pause')}
        </button>
      ) : (
        <button type="button" className="button primary" onClick={train}>
          {t('transport.train')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => sendCommand({ type: 'step', runId: FIT_RUN, granularity: 'epoch' })}
        disabled={ENDED.has(status)}
      >
        {t('transport.epoch')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => sendCommand({ type: 'reset', runIds: [FIT_RUN] })}
      >
        {t('transport.reset')}
      </button>
      <PaceSelect label={t('transport.speed')} value={speed} onChange={setSpeed} />
      <TryFixes />
      <p className="fit-status">
        <span>{t('transport.epochCount')}</span> <span className="numbers">{epoch}</span>
        {' · '}
        {/* Only the status is announced: the epoch changes too fast to be read out. */}
        <span aria-live="polite" data-testid="fit-status">
          <StatusText playing={playing} />
        </span>
      </p>
    </div>
  );
}

/** The fixes the next try trains with, from the lab's settings as they stand. */
function TryFixes() {
  const t = useLessonT(messages);
  const config = useFit((state) => state.config);
  const base = useFit((state) => state.base);
  return (
    <p className="fit-fixes" data-testid="fit-fixes">
      {t('transport.fixes')} <ActiveFixes fixes={activeFixes(config, presets[base])} />
    </p>
  );
}

function StatusText({ playing }: { playing: boolean }) {
  const shell = useT();
  const status = useRuns((state) => state.runs[FIT_RUN]?.status ?? 'ready');
  const epoch = useRuns((state) => state.runs[FIT_RUN]?.counters.epoch ?? 0);
  const stoppedAt = useRuns((state) => state.runs[FIT_RUN]?.stoppedAt ?? null);
  const bestEpoch = useRuns((state) => state.runs[FIT_RUN]?.bestEpoch ?? null);
  if (status === 'early-stopped' && bestEpoch !== null)
    return <KeptWeights stoppedAt={stoppedAt ?? epoch} keptEpoch={bestEpoch} />;
  if (status === 'diverged' || status === 'early-stopped')
    return <>{shell(`status.${status}`, { epoch: stoppedAt ?? epoch })}</>;
  if (status === 'running' && !playing) return <>{shell('status.paused')}</>;
  return <>{shell(`status.${status}`)}</>;
}
