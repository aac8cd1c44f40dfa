/** The transport bar wired to the main run: play, pause, step one update, reset, speed. */
import { useCallback, useMemo } from 'react';
import { sendCommand } from '../store/commands';
import { useConfig } from '../store/config';
import { useRuns } from '../store/runs';
import { formatLoss } from '../ui/format';
import { useT } from '../ui/i18n';
import { TransportBar, type TransportLabels } from '../ui/TransportBar';
import { MAIN_RUN } from './engine-bridge';

const ENDED = new Set(['finished', 'diverged', 'early-stopped']);

export function MainTransport() {
  const t = useT();
  const speed = useConfig((state) => state.app.speed);
  const setAppField = useConfig((state) => state.setAppField);
  const model = useConfig((state) => state.run.model);
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(MAIN_RUN));
  const status = useRuns((state) => state.runs[MAIN_RUN]?.status ?? 'ready');
  const epoch = useRuns((state) => state.runs[MAIN_RUN]?.counters.epoch ?? 0);
  const stoppedAt = useRuns((state) => state.runs[MAIN_RUN]?.stoppedAt ?? null);
  // The article's program reports the epoch's summed loss; other runs the mean.
  const loss = useRuns((state) => {
    const last = state.runs[MAIN_RUN]?.lastEpoch;
    if (last === null || last === undefined) return null;
    return model === 'article' ? last.trainLossSum : last.trainLoss;
  });

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

  const play = useCallback(() => {
    if (ENDED.has(status)) sendCommand({ type: 'reset', runIds: [MAIN_RUN] });
    sendCommand({ type: 'play', runIds: [MAIN_RUN] });
  }, [status]);

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
      status={statusText}
      onPlay={play}
      onPause={() => sendCommand({ type: 'pause' })}
      onStep={() => sendCommand({ type: 'step', runId: MAIN_RUN, granularity: 'batch' })}
      onReset={() => sendCommand({ type: 'reset', runIds: [MAIN_RUN] })}
      onSpeed={(value) => setAppField('speed', value)}
    />
  );
}
