/**
 * The prediction as labelled bars. One output (the article's neuron) is one bar against the
 * 0.5 threshold with the class it decides; several outputs (softmax) are one bar per class
 * with its percentage. The true class is marked in words, not only by colour.
 */
import type { NetworkStrings } from './messages';
import { formatExact, formatPercent } from './numbers';

export interface PredictionBarsProps {
  readonly outputs: Float64Array | null;
  /** One name per output; for a single output, [class above 0.5, class below]. */
  readonly classNames: readonly string[];
  /** Index of the true class (for one output: 0 when the target is 1, else 1), if known. */
  readonly trueClass: number | null;
  readonly strings: NetworkStrings;
}

function Bar(props: {
  name: string;
  share: number;
  text: string;
  truth: boolean;
  threshold?: boolean;
  trueText: string;
}) {
  const width = `${Math.max(0, Math.min(1, props.share)) * 100}%`;
  return (
    <li className={`prediction-bar${props.truth ? ' truth' : ''}`}>
      <span>
        {props.name}
        {props.truth && <small> ({props.trueText})</small>}
      </span>
      <span className="prediction-track" aria-hidden="true">
        <span className="prediction-fill" style={{ width, display: 'block' }} />
        {props.threshold === true && <span className="prediction-threshold" />}
      </span>
      <span className="numbers">{props.text}</span>
    </li>
  );
}

export function PredictionBars({ outputs, classNames, trueClass, strings }: PredictionBarsProps) {
  if (outputs === null || outputs.length === 0) {
    return <p className="prediction-note">{strings('notComputed')}</p>;
  }
  if (outputs.length === 1) {
    const p = outputs[0] as number;
    const above = classNames[0] ?? '1';
    const below = classNames[1] ?? '0';
    return (
      <div>
        <ul className="prediction-bars" aria-label={strings('prediction')}>
          <Bar
            name={`p (${above})`}
            share={p}
            text={formatExact(p)}
            truth={trueClass === 0}
            threshold
            trueText={strings('trueClass')}
          />
        </ul>
        <p className="prediction-note">
          {strings('decision', { above, below, answer: p > 0.5 ? above : below })}
        </p>
      </div>
    );
  }
  return (
    <ul className="prediction-bars" aria-label={strings('prediction')}>
      {Array.from(outputs, (p, k) => (
        <Bar
          key={k}
          name={classNames[k] ?? String(k + 1)}
          share={p}
          text={formatPercent(p)}
          truth={trueClass === k}
          trueText={strings('trueClass')}
        />
      ))}
    </ul>
  );
}
