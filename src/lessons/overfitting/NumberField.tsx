/**
 * A labelled number input that keeps what the learner is typing ("0." on the way to "0.3")
 * and passes on only values inside its range; anything else stays in the box with a message
 * saying what would be accepted, and the last good value stays in force.
 */
import { useId, useState, type ReactNode } from 'react';

export interface NumberFieldProps {
  readonly label: ReactNode;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly step?: number;
  /** Shown when the typed text is not an accepted value. */
  readonly invalidMessage: string;
  readonly hint?: ReactNode;
  /** Receives each valid value; may return false to reject it too. */
  onValue(value: number): boolean | void;
}

export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function NumberField(props: NumberFieldProps) {
  const { value, min, max, integer = false } = props;
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // The value changed from outside (a preset, a reset): show it instead of the old text.
  if (!Object.is(value, shown)) {
    setShown(value);
    setText(String(value));
    setInvalid(false);
  }

  function change(raw: string) {
    setText(raw);
    const parsed = parseNumber(raw);
    const ok =
      parsed !== null &&
      parsed >= min &&
      parsed <= max &&
      (!integer || Number.isInteger(parsed)) &&
      props.onValue(parsed) !== false;
    setInvalid(!ok);
    if (ok) setShown(parsed);
  }

  return (
    <div className="number-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="numbers"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-problem` : props.hint ? `${id}-hint` : undefined}
        onChange={(event) => change(event.currentTarget.value)}
      />
      {props.hint !== undefined && !invalid && (
        <small id={`${id}-hint`} className="field-hint">
          {props.hint}
        </small>
      )}
      {invalid && (
        <small id={`${id}-problem`} className="field-problem" role="alert">
          {props.invalidMessage}
        </small>
      )}
    </div>
  );
}
