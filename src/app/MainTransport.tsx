/**
 * The transport bar wired to the main run: play, pause, step one update, reset, speed, and the
 * live view of the run beside them, wherever the bar appears (learner, presenter, embed).
 */
import { useMemo } from 'react';
import { useConfig } from '../store/config';
import { lossSeriesOf, useRuns } from '../store/runs';
import { formatLoss } from '../ui/format';
import { useT } from '../ui/i18n';
import { LiveView } from '../ui/live/LiveView';
import { TransportBar, type TransportLabels } from '../ui/TransportBar';
import { pauseMain, playMain, resetMain, stepMain } from './main-actions';
import { isMainPlaying, MAIN_RUN, mainLoss, mainLossSoFar } from './main-run';

export function MainTransport() {
  const t = useT();
  const speed = useConfig((state) => state.app.speed);
  const setAppField = useConfig((state) => state.setAppField);
  const model = useConfig((state) => state.run.model);
  const playing = useRuns(isMainPlaying);
  const status = useRuns((state) => state.runs[MAIN_RUN]?.status ?? 'ready');
  const epoch = useRuns((state) => state.runs[MAIN_RUN]?.counters.epoch ?? 0);
  const stoppedAt = useRuns((state) => state.runs[MAIN_RUN]?.stoppedAt ?? null);
  const loss = useRuns((state) => mainLoss(state, model));
  const lossSamples = useRuns(mainLossSoFar);
  const samplesPerEpoch = useRuns((state) => state.runs[MAIN_RUN]?.counters.samplesPerEpoch ?? 0);

  const labels = useMemo<TransportLabels>(
    () => ({
      region: t('transport.label'),
      play: t('transport.play'),
      pause: t('transport.pause'),
      step: t('transport.step'),
      reset: t('transport.reset'),
      speed: t('transport.speed'),
      epoch: t('transport.epoch'),
      loss: t('transport.loss'),
      status: t('transport.status'),
      speedName: (n) =>
        Number.isFinite(n) ? t('transport.epochsPerSecond', { n }) : t('transport.speedMax'),
    }),
    [t],
  );

  const statusText =
    status === 'diverged' || status === 'early-stopped'
      ? t(`status.${status}`, { epoch: stoppedAt ?? epoch })
      : status === 'running' && !playing
        ? t('status.paused')
        : t(`status.${status}`);

  return (
    <TransportBar
      labels={labels}
      playing={playing}
      canPlay
      speed={speed}
      epoch={epoch}
      loss={formatLoss(loss)}
      lossNote={
        lossSamples === null
          ? undefined
          : t('transport.lossSoFar', { n: lossSamples, of: samplesPerEpoch })
      }
      status={statusText}
      onPlay={playMain}
      onPause={pauseMain}
      onStep={() => stepMain('batch')}
      onReset={resetMain}
      onSpeed={(value) => setAppField('speed', value)}
    >
      <LiveView runId={MAIN_RUN} series={lossSeriesOf(model)} />
    </TransportBar>
  );
}
