/**
 * Play (or pause) the run and start it over: the two buttons every step-by-step stepper
 * shares. Either stops a lesson's drive of the run first, so nothing steps it behind them.
 */
import { sendCommand } from '../../store/commands';
import { useLessonT } from '../../ui/i18n';
import { stopDrive } from './stage-driver';
import { sharedMessages } from './step-messages';

export function RunButtons(props: { runId: string; playing: boolean; over: boolean }) {
  const t = useLessonT(sharedMessages);
  const { runId, playing } = props;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={props.over && !playing}
        onClick={() => {
          stopDrive(runId);
          sendCommand(
            playing ? { type: 'pause', runIds: [runId] } : { type: 'play', runIds: [runId] },
          );
        }}
      >
        {t(playing ? 'step.pause' : 'step.play')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          stopDrive(runId);
          sendCommand({ type: 'reset', runIds: [runId] });
        }}
      >
        {t('step.restart')}
      </button>
    </>
  );
}
