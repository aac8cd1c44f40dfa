/**
 * The lab's own transport for its 'fit' run: train, pause, reset, one epoch at a time, at the
 * page's speed (the same setting as the bar at the top, so the two never disagree).
 */
import { sendCommand } from '../../store/commands';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { useLessonT, useT } from '../../ui/i18n';
import { SPEED_CHOICES } from '../../ui/TransportBar';
import { messages } from './messages';
import { FIT_RUN } from './presets';
import { ENDED } from './use-fit-run';

function speedKey(speed: number): string {
  return Number.isFinite(speed) ? String(speed) : 'max';
}

export function FitTransport() {
  const t = useLessonT(messages);
  const shell = useT();
  const playing = useRuns((state) => state.playing && state.playingRunIds.includes(FIT_RUN));
  const status = useRuns((state) => state.runs[FIT_RUN]?.status ?? 'ready');
  const epoch = useRuns((state) => state.runs[FIT_RUN]?.counters.epoch ?? 0);
  const stoppedAt = useRuns((state) => state.runs[FIT_RUN]?.stoppedAt ?? null);
  const speed = useConfig((state) => state.app.speed);
  const setAppField = useConfig((state) => state.setAppField);

  const train = () => {
    if (ENDED.has(status)) sendCommand({ type: 'reset', runIds: [FIT_RUN] });
    sendCommand({ type: 'play', runIds: [FIT_RUN] });
  };

  const statusText =
    status === 'diverged' || status === 'early-stopped'
      ? shell(`status.${status}`, { epoch: stoppedAt ?? epoch })
      : status === 'running' && !playing
        ? shell('status.paused')
        : shell(`status.${status}`);

  return (
    <div className="fit-transport" role="group" aria-label={t('transport.label')}>
      {playing ? (
        <button
          type="button"
          className="button primary"
          onClick={() => sendCommand({ type: 'pause', runIds: [FIT_RUN] })}
        >
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
      <label className="fit-speed">
        <span>{t('transport.speed')}</span>
        <select
          value={speedKey(speed)}
          onChange={(event) => {
            const key = event.currentTarget.value;
            setAppField('speed', key === 'max' ? Infinity : Number(key));
          }}
        >
          {SPEED_CHOICES.map((choice) => (
            <option key={speedKey(choice)} value={speedKey(choice)}>
              {Number.isFinite(choice)
                ? shell('transport.epochsPerSecond', { n: choice })
                : shell('transport.speedMax')}
            </option>
          ))}
        </select>
      </label>
      <p className="fit-status">
        <span>{t('transport.epochCount')}</span> <span className="numbers">{epoch}</span>
        {' · '}
        {/* Only the status is announced: the epoch changes too fast to be read out. */}
        <span aria-live="polite" data-testid="fit-status">
          {statusText}
        </span>
      </p>
    </div>
  );
}
