/**
 * The worked arithmetic for the chosen model's latest prediction: the squared error of the
 * right class, the sum over every class (three classes only) and cross-entropy, side by
 * side, each with its numbers filled in from the engine's step detail.
 */
import { useMemo, type ReactNode } from 'react';
import type { LossName } from '../../core/losses';
import type { StepDetail } from '../../engine/protocol';
import { formatNumber } from '../../ui/format';
import { CheckIcon } from '../../ui/icons';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { messages } from './messages';
import { workedLoss, type WorkedLoss } from './worked-loss';

type T = LessonTranslate<keyof typeof messages.en>;

/** Probabilities with 4 decimals, losses with 6: enough to redo the arithmetic by hand. */
export const PROB_DIGITS = 4;
export const LOSS_DIGITS = 6;

const p4 = (value: number) => formatNumber(value, PROB_DIGITS);
const l6 = (value: number) => formatNumber(value, LOSS_DIGITS);
const label = (value: number) => formatNumber(value, 0);

export interface WorkedLossPanelProps {
  /** The chosen run's last stage, if it is current (null before a guess or after playing). */
  readonly detail: StepDetail | null;
  /** Class names in output order (one name per output; one output: the name of label 1). */
  readonly classNames: readonly string[];
  /** The loss the engine trains the run with (already paired with its output layer). */
  readonly trainingLoss: LossName;
}

export function WorkedLossPanel({ detail, classNames, trainingLoss }: WorkedLossPanelProps) {
  const t = useLessonT(messages);
  const worked = useMemo(() => (detail === null ? null : workedLoss(detail)), [detail]);

  if (detail === null || worked === null) {
    return <p className="loss-waiting">{t('worked.waiting')}</p>;
  }
  return (
    <div className="loss-worked">
      <WorkedNumbers
        worked={worked}
        classNames={classNames}
        prefix=""
        trueNotes={[t('card.true.note'), t('card.true.pointer')]}
      />
      <p className="loss-engine">
        {Number.isFinite(detail.sampleLoss) ? (
          <>
            {t('engine.loss', { name: t(`lossName.${trainingLoss}`) })}{' '}
            <output className="numbers" data-testid="loss-engine">
              {l6(detail.sampleLoss)}
            </output>
          </>
        ) : (
          t('engine.pending')
        )}
      </p>
    </div>
  );
}

/**
 * The prediction and the loss cards for one worked prediction. `prefix` keeps the ids and
 * test ids of a second copy (the article's example) apart from the lesson's own.
 */
export function WorkedNumbers({
  worked,
  classNames,
  prefix,
  trueNotes,
}: {
  worked: WorkedLoss;
  classNames: readonly string[];
  prefix: string;
  /** The notes under the right class's squared error (several classes only). */
  trueNotes: readonly string[];
}) {
  const t = useLessonT(messages);
  const multi = worked.probabilities.length > 1;
  return (
    <>
      <Prediction worked={worked} classNames={classNames} t={t} />
      <div className="loss-cards">
        {multi ? (
          <>
            <Card id={`${prefix}loss-true-class`} title={t('card.true.title')} notes={trueNotes}>
              {`(1 − ${p4(worked.pTrue)})² = `}
              <output data-testid={`${prefix}loss-true-class`}>
                {l6(worked.trueClassSquared)}
              </output>
            </Card>
            <Card id={`${prefix}loss-sum`} title={t('card.sum.title')} notes={[t('card.sum.why')]}>
              {worked.probabilities
                .map((p, i) => `(${label(worked.target[i] as number)} − ${p4(p)})²`)
                .join(' + ')}
              {' = '}
              <output data-testid={`${prefix}loss-sum`}>{l6(worked.squaredSum)}</output>
            </Card>
          </>
        ) : (
          <Card
            id={`${prefix}loss-true-class`}
            title={t('card.single.title')}
            notes={[t('card.single.note')]}
          >
            {`(${label(worked.target[0] as number)} − ${p4(worked.probabilities[0] as number)})² = `}
            <output data-testid={`${prefix}loss-true-class`}>{l6(worked.trueClassSquared)}</output>
          </Card>
        )}
        <CrossEntropyCard worked={worked} prefix={prefix} t={t} />
      </div>
    </>
  );
}

function Prediction({
  worked,
  classNames,
  t,
}: {
  worked: WorkedLoss;
  classNames: readonly string[];
  t: T;
}) {
  // One output: show both answers, p for label 1 and 1 − p for label 0.
  const rows =
    worked.probabilities.length > 1
      ? worked.probabilities.map((p, i) => ({
          name: classNames[i] ?? '',
          p,
          right: i === worked.trueClass,
        }))
      : [
          {
            name: classNames[0] ?? '',
            p: worked.probabilities[0] as number,
            right: worked.trueClass === 1,
          },
          {
            name: classNames[1] ?? '',
            p: 1 - (worked.probabilities[0] as number),
            right: worked.trueClass === 0,
          },
        ];
  return (
    <figure className="loss-prediction">
      <figcaption>{t('worked.prediction')}</figcaption>
      <ul>
        {rows.map((row) => (
          <li key={row.name} data-right={row.right}>
            <span className="loss-class">{row.name}</span>
            <span className="loss-bar" aria-hidden="true">
              <span style={{ inlineSize: `${Math.max(0, Math.min(1, row.p)) * 100}%` }} />
            </span>
            <span className="numbers">{p4(row.p)}</span>
            {row.right && (
              <strong className="loss-truth">
                <CheckIcon /> {t('worked.truth')}
              </strong>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function CrossEntropyCard({ worked, prefix, t }: { worked: WorkedLoss; prefix: string; t: T }) {
  const single = worked.probabilities.length === 1;
  const p = worked.probabilities[0] as number;
  const argument = single && worked.trueClass === 0 ? `1 − ${p4(p)}` : p4(worked.pTrue);
  const undefinedHere = Number.isNaN(worked.crossEntropy);
  const notes = [
    t('card.ce.note'),
    ...(single ? [t('card.ce.binary')] : []),
    ...(undefinedHere ? [t('card.ce.undefined', { p: p4(p) })] : []),
    ...(!undefinedHere && worked.pTrue <= 0 ? [t('card.ce.floor')] : []),
  ];
  return (
    <Card id={`${prefix}loss-cross-entropy`} title={t('card.ce.title')} notes={notes}>
      {undefinedHere ? (
        '—'
      ) : (
        <>
          {`−ln(${argument}) = `}
          <output data-testid={`${prefix}loss-cross-entropy`}>{l6(worked.crossEntropy)}</output>
        </>
      )}
    </Card>
  );
}

function Card({
  id,
  title,
  notes,
  children,
}: {
  id: string;
  title: string;
  notes: readonly string[];
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <section className="loss-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{title}</h4>
      <p className="numbers loss-formula">{children}</p>
      {notes.map((note) => (
        <p key={note} className="loss-card-note">
          {note}
        </p>
      ))}
    </section>
  );
}
