/**
 * Nearest neighbours: type a phrase (with suggestions) or pick one, and see the phrases whose
 * points point the same way, with their cosine similarity. The engine re-answers after every
 * snapshot, so the list changes as training moves the points.
 */
import { useId, useState, type FormEvent } from 'react';
import { findPhrase, phrases } from '../../core/phrases';
import { useEmbeddings } from '../../store/embeddings';
import { formatNumber } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';

export function NearestReadout({ t }: { t: LessonTranslate<EmbeddingsKey> }) {
  const id = useId();
  const askNearest = useEmbeddings((state) => state.askNearest);
  const nearest = useEmbeddings((state) => state.nearest);
  const [text, setText] = useState('');

  const ask = (value: string) => {
    if (value.trim() !== '') askNearest(value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask(text);
  };

  return (
    <section className="emb-panel emb-nearest" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('nearest.title')}</h3>
      <p className="hint">{t('nearest.hint')}</p>
      <form className="emb-nearest-form" onSubmit={submit}>
        <label htmlFor={`${id}-input`}>{t('nearest.input')}</label>
        <input
          id={`${id}-input`}
          type="text"
          dir="auto"
          list={`${id}-phrases`}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            // Picking a suggestion (or typing a whole phrase) answers at once.
            if (findPhrase(phrases, event.target.value) >= 0) ask(event.target.value);
          }}
        />
        <datalist id={`${id}-phrases`}>
          {phrases.map((phrase) => (
            <option key={phrase.text} value={phrase.text} />
          ))}
        </datalist>
        <button type="submit" className="button">
          {t('nearest.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {nearest !== null && nearest.index < 0 && (
          <p className="emb-problem">{t('nearest.unknown', { text: String(nearest.query) })}</p>
        )}
        {nearest !== null && nearest.index >= 0 && (
          <>
            <p>
              {t('nearest.heading')}{' '}
              <q>
                <bdi dir="auto">{phrases[nearest.index]?.text}</bdi>
              </q>
            </p>
            <ol className="emb-neighbours" aria-label={t('nearest.title')}>
              {nearest.neighbours.map((neighbour) => {
                const phrase = phrases[neighbour.index];
                const same = phrase?.group === phrases[nearest.index]?.group;
                return (
                  <li key={neighbour.index} data-same-group={same}>
                    <span className="emb-neighbour-text" dir="auto" lang={phrase?.language}>
                      {phrase?.text}
                    </span>{' '}
                    <span className="emb-neighbour-numbers">
                      {t('nearest.similarity')}{' '}
                      <span className="numbers" data-testid="emb-similarity">
                        {formatNumber(neighbour.similarity, 3)}
                      </span>
                      {t('list.separator')}
                      {t('nearest.distance')}{' '}
                      <span className="numbers">{formatNumber(neighbour.distance, 3)}</span>
                    </span>{' '}
                    <span className="emb-tag">
                      {same ? t('nearest.sameGroup') : t('nearest.otherGroup')}
                    </span>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
