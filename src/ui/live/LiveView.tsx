/**
 * What Play changes, seen from wherever the transport bar is: the loss per epoch as a small
 * line, and the model's output on each of the first training samples against its target. It
 * sits in the bar's row at a fixed size, reserved before any number arrives, so nothing on the
 * page moves when the stream starts. Drawn without recharts: it is on the first screen.
 */
import type { SeriesName } from '../../store/runs';
import { useT } from '../i18n';
import { LossSparkline } from './LossSparkline';
import { SampleOutputs } from './SampleOutputs';
import './live.css';

export function LiveView(props: { runId: string; series: SeriesName }) {
  const t = useT();
  return (
    <div className="live-view" role="group" aria-label={t('live.label')} data-testid="live-view">
      <div className="live-part live-part-curve">
        <span className="live-caption" aria-hidden="true">
          {t('live.loss')}
        </span>
        <LossSparkline runId={props.runId} series={props.series} />
      </div>
      <div className="live-part live-part-outputs">
        <span className="live-caption" aria-hidden="true">
          {t('live.guesses')}
        </span>
        <SampleOutputs runId={props.runId} />
      </div>
    </div>
  );
}
