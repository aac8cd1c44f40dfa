/** The learner labels a pair of phrases similar or different; the engine adds it to training. */
import { useId, useState, type FormEvent } from 'react';
import { phrases } from '../../core/phrases';
import { useEmbeddings } from '../../store/embeddings';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';

export function AddPairForm({ t }: { t: LessonTranslate<EmbeddingsKey> }) {
  const id = useId();
  const addPair = useEmbeddings((state) => state.addPair);
  const extraPairs = useEmbeddings((state) => state.config.extraPairs);
  const [first, setFirst] = useState(0);
  const [second, setSecond] = useState(7);
  const [similar, setSimilar] = useState(true);
  const [message, setMessage] = useState<'same' | 'added' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (first === second) {
      setMessage('same');
      return;
    }
    addPair({ a: first, b: second, similar });
    setMessage('added');
  };

  return (
    <section className="emb-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('add.title')}</h3>
      <form className="emb-add" onSubmit={submit}>
        <PhraseSelect id={`${id}-a`} label={t('add.first')} value={first} onChange={setFirst} />
        <PhraseSelect id={`${id}-b`} label={t('add.second')} value={second} onChange={setSecond} />
        <fieldset>
          <legend>{t('add.kind')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={similar}
              onChange={() => setSimilar(true)}
            />{' '}
            {t('add.similar')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={!similar}
              onChange={() => setSimilar(false)}
            />{' '}
            {t('add.different')}
          </label>
        </fieldset>
        <button type="submit" className="button">
          {t('add.submit')}
        </button>
      </form>
      {message !== null && (
        <p className={message === 'same' ? 'emb-problem' : 'hint'} role="status">
          {message === 'same' ? t('add.same') : t('add.added')}
        </p>
      )}
      {extraPairs.length > 0 && (
        <>
          <h4>{t('add.yours')}</h4>
          <ul className="emb-your-pairs">
            {extraPairs.map((pair, k) => (
              <li key={k}>
                <q>
                  <bdi dir="auto">{phrases[pair.a]?.text}</bdi>
                </q>{' '}
                ↔{' '}
                <q>
                  <bdi dir="auto">{phrases[pair.b]?.text}</bdi>
                </q>
                : {pair.similar ? t('add.similar') : t('add.different')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PhraseSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (index: number) => void;
}) {
  return (
    <div className="emb-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        dir="auto"
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {phrases.map((phrase, p) => (
          <option key={p} value={p} dir="auto" lang={phrase.language}>
            {phrase.text}
          </option>
        ))}
      </select>
    </div>
  );
}
