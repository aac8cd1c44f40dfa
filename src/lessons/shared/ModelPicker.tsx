/**
 * The choice of model for the step-by-step lessons: the article's neuron or the three-class
 * softmax classifier. One choice shared by every lesson that shows it.
 */
import { useId } from 'react';
import { useConfig } from '../../store/config';
import { useLessonT } from '../../ui/i18n';
import { useLessonModel, type LessonModel } from './lesson-model';
import { sharedMessages } from './step-messages';

const OPTIONS: readonly [LessonModel, 'model.article' | 'model.three'][] = [
  ['article', 'model.article'],
  ['three', 'model.three'],
];

export function ModelPicker() {
  const t = useLessonT(sharedMessages);
  const model = useLessonModel((state) => state.model);
  const choose = useLessonModel((state) => state.choose);
  const mainIsArticle = useConfig((state) => state.run.model === 'article');
  // Each lesson has its own picker: a distinct name keeps their radio groups apart.
  const name = useId();
  return (
    <fieldset className="model-picker">
      <legend>{t('model.legend')}</legend>
      {OPTIONS.map(([value, key]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={model === value}
            onChange={() => choose(value)}
          />{' '}
          {t(key)}
        </label>
      ))}
      {model === 'article' && !mainIsArticle && <p className="hint">{t('model.mainChanged')}</p>}
    </fieldset>
  );
}
