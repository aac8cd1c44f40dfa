/**
 * The training loop as code, with the lines of the stage the engine just ran marked, and the
 * loop's variables after that stage as the engine computed them (the article's neuron).
 */
import type { Stage } from '../../core/trainer';
import type { StepDetail } from '../../engine/protocol';
import { useRuns } from '../../store/runs';
import { formatNumber } from '../../ui/format';
import { PlayIcon } from '../../ui/icons';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { stepPosition } from '../loss/step-position';
import { codeLanguages, listings, type CodeLanguage, type CodeLine } from './listings';
import { messages } from './messages';

type T = LessonTranslate<keyof typeof messages.en>;

const STAGE_ORDER: readonly Stage[] = ['forward', 'loss', 'backprop', 'update'];
const DIGITS = 6;

/** The run's last step detail while it still describes the run (not after it played on). */
function useCurrentDetail(runId: string): StepDetail | null {
  const detail = useRuns((state) => state.steps[runId] ?? null);
  const counters = useRuns((state) => state.runs[runId]?.counters ?? null);
  if (detail === null || counters === null) return null;
  const current =
    detail.counters.updates === counters.updates && detail.counters.epoch === counters.epoch;
  return current ? detail : null;
}

export function LoopInCode({ runId }: { runId: string }) {
  const t = useLessonT(messages);
  const detail = useCurrentDetail(runId);
  const hasRun = useRuns((state) => state.steps[runId] !== undefined);
  const stage = detail === null || detail.idle === true ? null : detail.stage;

  let caption: string;
  if (stage !== null && detail !== null) {
    const where = stepPosition(detail);
    caption = t('loop.now', {
      stage: t(`loop.stage.${stage}`),
      sample: where.sample,
      epoch: where.epoch,
    });
  } else {
    caption = detail === null && hasRun ? t('loop.stale') : t('loop.idle');
  }

  return (
    <div className="code-loop">
      <p className="code-caption" data-testid="code-caption">
        {caption}
      </p>
      <div className="code-listings">
        {codeLanguages.map((language) => (
          <Listing key={language} language={language} active={stage} t={t} />
        ))}
      </div>
      {stage !== null && detail !== null && <Variables detail={detail} stage={stage} t={t} />}
      <p className="code-note" data-presenter="secondary">
        {t('loop.gradientNote')}
      </p>
    </div>
  );
}

function Listing({ language, active, t }: { language: CodeLanguage; active: Stage | null; t: T }) {
  const lines = listings[language];
  const title = language === 'typescript' ? t('loop.typescript') : t('loop.python');
  return (
    <figure className="code-figure">
      <figcaption>{title}</figcaption>
      <pre
        className="code-listing"
        dir="ltr"
        data-language={language}
        tabIndex={0}
        aria-label={title}
      >
        <code>
          {lines.map((line, i) => (
            <ListingLine
              key={i}
              line={line}
              startsStage={line.stage !== null && lines[i - 1]?.stage !== line.stage}
              active={line.stage !== null && line.stage === active}
              t={t}
            />
          ))}
        </code>
      </pre>
    </figure>
  );
}

function ListingLine({
  line,
  startsStage,
  active,
  t,
}: {
  line: CodeLine;
  startsStage: boolean;
  active: boolean;
  t: T;
}) {
  return (
    <span className="code-line" data-stage={line.stage ?? undefined} data-active={active}>
      <span className="code-gutter" aria-hidden="true">
        {active ? <PlayIcon /> : ' '}
      </span>
      <span className="code-tag" aria-hidden="true">
        {startsStage && line.stage !== null ? t(`loop.stage.${line.stage}`) : ''}
      </span>
      <span className="code-text">{line.text}</span>
      {'\n'}
    </span>
  );
}

/** The listing's variables after `stage`, read from the engine's detail (one-neuron runs). */
function Variables({ detail, stage, t }: { detail: StepDetail; stage: Stage; t: T }) {
  const output = detail.activations[detail.activations.length - 1];
  if (output === undefined || output.length !== 1 || detail.params.length !== 3) {
    return <p className="code-note">{t('loop.notArticle')}</p>;
  }
  const reached = (s: Stage) => STAGE_ORDER.indexOf(s) <= STAGE_ORDER.indexOf(stage);
  const n = (value: number) => formatNumber(value, DIGITS);
  // After the update the accumulated gradient is cleared; the update keeps what it applied.
  const grads = stage === 'update' ? (detail.lastUpdate?.grads ?? null) : detail.grads;
  const dLoss_dP = detail.deltas[detail.deltas.length - 1]?.[0];
  const rows: [string, string][] = [['p', n(output[0] as number)]];
  if (reached('loss')) rows.push(['loss', n(detail.sampleLoss)]);
  if (reached('backprop') && dLoss_dP !== undefined && grads !== null) {
    rows.push(['dLoss_dP', n(dLoss_dP)]);
    rows.push(['gradW', `[${n(grads[0] as number)}, ${n(grads[1] as number)}]`]);
    rows.push(['gradB', n(grads[2] as number)]);
  }
  const [w0, w1, b] = detail.params;
  rows.push(['w', `[${n(w0 as number)}, ${n(w1 as number)}]`], ['b', n(b as number)]);
  return (
    <section className="code-variables" aria-labelledby="code-variables-title">
      <h4 id="code-variables-title">{t('loop.variables')}</h4>
      <dl className="numbers" dir="ltr">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd data-testid={`code-var-${name}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
