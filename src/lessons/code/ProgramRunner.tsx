/**
 * "Run the article's program": the learner's settings go to the engine as an
 * 'article-program' request, and its answer — the program's printed lines — is shown as is
 * (only its verdict emoji is drawn as an icon, see PrintedText).
 * The article's own settings run once on arrival, so the comparison has real numbers at once.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { NeuronKind } from '../../engine/protocol';
import { useEngineRequest } from '../../store/requests';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { ArticleComparison } from './ArticleComparison';
import { saysAboutBounce } from './bounce';
import { BounceNote } from './BounceNote';
import { messages } from './messages';
import { PrintedText } from './PrintedText';
import {
  ARTICLE_FORM,
  commandLineFor,
  formFor,
  LIMITS,
  NEW_EXAMPLE,
  readForm,
  sameSettings,
  type ExampleRow,
  type FormProblem,
  type ProgramForm,
  type ProgramSettings,
} from './printout';

type T = LessonTranslate<keyof typeof messages.en>;

const ACTIVATIONS: readonly NeuronKind[] = ['clip', 'linear', 'sigmoid'];

const ARTICLE_SETTINGS = (() => {
  const read = readForm(ARTICLE_FORM);
  if (!read.ok) throw new Error('the article form must be valid');
  return read.settings;
})();

function problemText(problem: FormProblem, t: T): string {
  switch (problem.field) {
    case 'learningRate':
      return t('problem.learningRate', { max: LIMITS.maxLearningRate });
    case 'epochs':
      return t('problem.epochs', { max: LIMITS.maxEpochs });
    case 'printEvery':
      return t('problem.printEvery');
    case 'tooMany':
      return t('problem.tooMany', { max: LIMITS.maxExamples });
    case 'example':
      return t('problem.example', { n: problem.index + 1 });
  }
}

export function ProgramRunner() {
  const t = useLessonT(messages);
  const [form, setForm] = useState<ProgramForm>(ARTICLE_FORM);
  const [articleLines, setArticleLines] = useState<readonly string[] | null>(null);
  const program = useEngineRequest<'article-program', ProgramSettings>('article-program');
  const { ask } = program;
  const read = readForm(form);

  const run = useCallback((settings: ProgramSettings) => ask(settings, settings), [ask]);

  // Show something true at once: the article's own settings, run by the engine.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    run(ARTICLE_SETTINGS);
  }, [run]);

  // The settings of the printout on show, or of the run that will replace it.
  const sent = program.waiting?.context ?? program.answer?.context ?? null;
  const answered = program.waiting === null && program.answer !== null;
  const lines = answered ? (program.answer?.value.lines ?? null) : null;
  // Remember the article settings' printout for the comparison, whatever runs later.
  useEffect(() => {
    if (lines !== null && sent !== null && sameSettings(sent, ARTICLE_SETTINGS)) {
      setArticleLines(lines);
    }
  }, [lines, sent]);

  const stale = sent !== null && read.ok && !sameSettings(read.settings, sent);
  const update = (patch: Partial<ProgramForm>) => setForm((current) => ({ ...current, ...patch }));

  return (
    <section className="code-runner" aria-labelledby="code-runner-title" data-presenter="secondary">
      <h3 id="code-runner-title">{t('run.title')}</h3>
      <p>{t('run.intro')}</p>
      <form
        className="code-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (read.ok) run(read.settings);
        }}
      >
        <div className="code-fields">
          <TextField
            label={t('run.learningRate')}
            value={form.learningRate}
            onChange={(learningRate) => update({ learningRate })}
          />
          <TextField
            label={t('run.epochs')}
            hint={t('run.epochsHint', { max: LIMITS.maxEpochs })}
            value={form.epochs}
            onChange={(epochs) => update({ epochs })}
          />
          <label className="code-field">
            <span>{t('run.activation')}</span>
            <select
              value={form.activation}
              onChange={(event) => update({ activation: event.currentTarget.value as NeuronKind })}
            >
              {ACTIVATIONS.map((name) => (
                <option key={name} value={name}>
                  {t(`run.activation.${name}`)}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label={t('run.printEvery')}
            value={form.printEvery}
            onChange={(printEvery) => update({ printEvery })}
          />
        </div>
        <ExampleRows rows={form.extra} onChange={(extra) => update({ extra })} t={t} />
        {!read.ok && (
          <p className="code-problem" role="alert">
            {problemText(read.problem, t)}
          </p>
        )}
        <div className="code-actions">
          <button type="submit" className="button primary" disabled={!read.ok}>
            {t('run.run')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setForm(ARTICLE_FORM);
              run(ARTICLE_SETTINGS);
            }}
          >
            {t('run.articleSettings')}
          </button>
        </div>
      </form>
      <Output lines={lines} waiting={sent !== null && !answered} stale={stale} t={t} />
      {lines !== null && sent !== null && saysAboutBounce(sent) && (
        <BounceNote
          settings={sent}
          lines={lines}
          onRun={(settings) => {
            setForm(formFor(settings));
            run(settings);
          }}
        />
      )}
      {sent !== null && (
        <div className="code-command">
          <p>{t('run.command')}</p>
          <code dir="ltr">{commandLineFor(sent)}</code>
        </div>
      )}
      <ArticleComparison lines={articleLines} />
    </section>
  );
}

function Output({
  lines,
  waiting,
  stale,
  t,
}: {
  lines: readonly string[] | null;
  waiting: boolean;
  stale: boolean;
  t: T;
}) {
  return (
    <figure className="code-output-figure">
      <figcaption>{t('run.output')}</figcaption>
      {waiting || lines === null ? (
        <p role="status">{t('run.running')}</p>
      ) : (
        <>
          {/* Every printed line ends with a newline, as Python's print writes it. */}
          <pre
            className="numbers code-output"
            dir="ltr"
            tabIndex={0}
            aria-label={t('run.output')}
            data-testid="program-output"
          >
            <PrintedText text={lines.map((line) => `${line}\n`).join('')} />
          </pre>
          <p role="status">{t('run.lines', { n: lines.length })}</p>
          {stale && <p className="code-stale">{t('run.stale')}</p>}
        </>
      )}
    </figure>
  );
}

function TextField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const hintId = useId();
  return (
    <label className="code-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        dir="ltr"
        className="numbers"
        value={value}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {hint !== undefined && (
        <small id={hintId} className="code-hint">
          {hint}
        </small>
      )}
    </label>
  );
}

function ExampleRows({
  rows,
  onChange,
  t,
}: {
  rows: readonly ExampleRow[];
  onChange: (rows: readonly ExampleRow[]) => void;
  t: T;
}) {
  const set = (index: number, patch: Partial<ExampleRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="code-examples">
      <legend>{t('run.examples')}</legend>
      <p className="code-hint">{t('run.examplesHint')}</p>
      {rows.map((row, i) => (
        <div
          key={i}
          className="code-example"
          role="group"
          aria-label={t('run.example', { n: i + 1 })}
        >
          <TextField label={t('run.x1')} value={row.x1} onChange={(x1) => set(i, { x1 })} />
          <TextField label={t('run.x2')} value={row.x2} onChange={(x2) => set(i, { x2 })} />
          <label className="code-field">
            <span>{t('run.label')}</span>
            <select
              value={row.label}
              onChange={(event) => set(i, { label: event.currentTarget.value === '1' ? 1 : 0 })}
            >
              <option value={1}>{t('run.label1')}</option>
              <option value={0}>{t('run.label0')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button"
            onClick={() => onChange(rows.filter((_, k) => k !== i))}
          >
            {t('run.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      {rows.length < LIMITS.maxExamples && (
        <button type="button" className="button" onClick={() => onChange([...rows, NEW_EXAMPLE])}>
          {t('run.add')}
        </button>
      )}
    </fieldset>
  );
}
