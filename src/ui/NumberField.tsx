/**
 * A labelled text box for one number, shared by every lesson. What the learner types stays on
 * screen while it is being edited ("0." on the way to "0.3"); each accepted value is passed on
 * at once. Anything else stays in the box with a message tied to it, and the last accepted
 * value stays in force: the setting never sees an invalid number.
 */
import { useId, useState, type ReactNode } from 'react';
import { parseNumber, type NumberProblem, type NumberRange } from './parse-number';
import './number-field.css';

export interface NumberFieldProps extends NumberRange {
  readonly label: ReactNode;
  /** The value in force, as the setting holds it. */
  readonly value: number;
  /** Names the accepted range; shown for any entry that is not accepted. */
  readonly invalidMessage: string;
  /** Shown instead for a positive number too close to 0 to compute with. */
  readonly tooSmallMessage?: string | undefined;
  readonly hint?: ReactNode;
  /** Receives each accepted value; may return false to refuse it too. */
  onValue(value: number): boolean | void;
}

type Problem = NumberProblem | 'refused';

export function NumberField(props: NumberFieldProps) {
  const { value, integer = false } = props;
  const id = useId();
  const [text, setText] = useState(() => String(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The value changed from outside (a preset, a reset): show it instead of the old text.
  if (!Object.is(value, shown)) {
    setShown(value);
    setText(String(value));
    setProblem(null);
  }

  function change(raw: string) {
    setText(raw);
    const reading = parseNumber(raw, props);
    if (!reading.ok) return setProblem(reading.problem);
    if (!Object.is(reading.value, value) && props.onValue(reading.value) === false) {
      return setProblem('refused');
    }
    setProblem(null);
    setShown(reading.value);
  }

  const message =
    problem === 'too-small'
      ? (props.tooSmallMessage ?? props.invalidMessage)
      : props.invalidMessage;
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  return (
    <div className="number-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        className="numbers"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={
          problem !== null ? problemId : props.hint !== undefined ? hintId : undefined
        }
        onChange={(event) => change(event.currentTarget.value)}
        // Once the learner moves on, an accepted entry reads as the value itself ("1,000" → 1000).
        onBlur={() => {
          if (problem === null) setText(String(value));
        }}
      />
      {props.hint !== undefined && problem === null && (
        <small id={hintId} className="field-hint">
          {props.hint}
        </small>
      )}
      {problem !== null && (
        <small id={problemId} className="field-problem" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}
