/**
 * The compact transport bar shown on every lesson. Its accessible names (Play, Pause, Step,
 * Reset, Epoch, Loss) are part of the public interface: tests and assistive technology use
 * them, so they stay stable, and each readout holds only its number (a note about it sits
 * beside it). The icons beside the labels are inline SVG (see ./icons), not symbols that need
 * an emoji font. Anything passed as children (the live view) shares the bar's row, so it
 * takes the room the readouts leave rather than a row of its own. On a phone the buttons show
 * their icons alone (the words stay their accessible names) and the bar keeps to two rows.
 */
import type { ReactNode } from 'react';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './icons';
import './transport.css';

export const SPEED_CHOICES: readonly number[] = [1, 2, 5, 10, 30, 100, 1000, Infinity];

export interface TransportLabels {
  readonly region: string;
  readonly play: string;
  readonly pause: string;
  readonly step: string;
  readonly reset: string;
  readonly speed: string;
  readonly epoch: string;
  readonly loss: string;
  readonly status: string;
  speedName(epochsPerSecond: number): string;
}

export interface TransportBarProps {
  readonly labels: TransportLabels;
  readonly playing: boolean;
  readonly canPlay: boolean;
  readonly speed: number;
  readonly epoch: ReactNode;
  readonly loss: ReactNode;
  /** What the loss covers when it is not a whole epoch's (e.g. "2/4 so far"). */
  readonly lossNote?: ReactNode;
  readonly status: ReactNode;
  readonly children?: ReactNode;
  onPlay(): void;
  onPause(): void;
  onStep(): void;
  onReset(): void;
  onSpeed(epochsPerSecond: number): void;
}

export function TransportBar(props: TransportBarProps) {
  const { labels } = props;
  return (
    <div className="transport" role="group" aria-label={labels.region}>
      {props.playing ? (
        <button
          type="button"
          className="button primary"
          onClick={props.onPause}
          aria-label={labels.pause}
        >
          <PauseIcon /> <span className="button-text">{labels.pause}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button primary"
          onClick={props.onPlay}
          aria-label={labels.play}
          disabled={!props.canPlay}
        >
          <PlayIcon /> <span className="button-text">{labels.play}</span>
        </button>
      )}
      <button type="button" className="button" onClick={props.onStep} aria-label={labels.step}>
        <StepIcon /> <span className="button-text">{labels.step}</span>
      </button>
      <button type="button" className="button" onClick={props.onReset} aria-label={labels.reset}>
        <ResetIcon /> <span className="button-text">{labels.reset}</span>
      </button>
      <label className="transport-speed">
        <span className="transport-speed-label">{labels.speed}</span>
        <select
          value={speedKey(props.speed)}
          onChange={(event) => props.onSpeed(speedFromKey(event.currentTarget.value))}
        >
          {SPEED_CHOICES.map((choice) => (
            <option key={speedKey(choice)} value={speedKey(choice)}>
              {labels.speedName(choice)}
            </option>
          ))}
        </select>
      </label>
      {/* Two groups that lay out as part of the bar's row (display: contents) until a phone
          gives each a row of its own. */}
      <div className="transport-readouts">
        <span className="readout">
          <span className="readout-label">{labels.epoch}</span>
          <output aria-label={labels.epoch} className="readout-value">
            {props.epoch}
          </output>
        </span>
        <span className="readout">
          <span className="readout-label">{labels.loss}</span>
          <output aria-label={labels.loss} className="readout-value">
            {props.loss}
          </output>
          {props.lossNote !== undefined && props.lossNote !== null && (
            <span className="readout-note" data-testid="loss-note">
              {props.lossNote}
            </span>
          )}
        </span>
      </div>
      <div className="transport-state">
        <span className="readout status">
          <span className="readout-label">{labels.status}</span>
          <output aria-label={labels.status} className="readout-value">
            {props.status}
          </output>
        </span>
        {props.children}
      </div>
    </div>
  );
}

function speedKey(speed: number): string {
  return Number.isFinite(speed) ? String(speed) : 'max';
}

function speedFromKey(key: string): number {
  return key === 'max' ? Infinity : Number(key);
}
