/**
 * A labelled text box for one number. What the learner types stays on screen while it is
 * being edited; every valid value is passed on at once, an invalid one shows why beside it.
 */
import { useId, useState } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** Shown while the typed text is not a valid value. */
  readonly invalidMessage: string;
  onCommit(value: number): void;
}

/** The number in `text`, or null unless it is finite, in range (and whole when required). */
export function parseNumber(
  text: string,
  min: number,
  max: number,
  integer = false,
): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < min || value > max) return null;
  if (integer && !Number.isInteger(value)) return null;
  return value;
}

export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(props.value);
  const valid = parseNumber(text, props.min, props.max, props.integer) !== null;
  return (
    <div className="number-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        className="numbers"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const value = parseNumber(next, props.min, props.max, props.integer);
          if (value !== null && value !== props.value) props.onCommit(value);
        }}
        onBlur={() => {
          if (valid) setDraft(null);
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {props.invalidMessage}
        </span>
      )}
    </div>
  );
}
