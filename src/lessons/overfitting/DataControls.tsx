/**
 * The data and the network's capacity: which data set, how noisy, how much is held out for
 * validation, how many hidden layers and neurons, and for how many epochs to train.
 */
import { useId } from 'react';
import type { DatasetName } from '../../core/datasets';
import { fieldRange, type NumericKey } from '../../store/config-schema';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { dataMessages, type DataKey } from './data-messages';
import { FIT_EPOCHS_RANGE, MAX_HIDDEN_LAYERS, MAX_NEURONS, useFit } from './fit-store';
import { ImportData } from './ImportData';
import { builtInRegression, labDatasets, labRegressionSets, regressionSetOf } from './lab-data';
import { messages, type OverfittingKey } from './messages';

/** The data set choice that stands for the imported data. */
const IMPORTED = 'imported';
/** The choices of the built-in regression tables: this prefix and the set's name. */
const REGRESSION = 'regression:';

/** Neurons a newly added hidden layer starts with. */
const NEW_LAYER_SIZE = 8;

export function DataControls() {
  const t = useLessonT(messages);
  const config = useFit((state) => state.config);
  const setField = useFit((state) => state.setField);
  const imported = useFit((state) => state.imported);
  const td = useLessonT(dataMessages);
  const datasetId = useId();
  const regressionSet = regressionSetOf(imported);
  const range = (key: NumericKey) => fieldRange(key);
  const invalid = (min: number, max: number) => t('field.invalid', { min, max });

  /** A built-in regression table made with the lab's current seed, size and noise. */
  const chooseRegressionSet = (set: NonNullable<typeof regressionSet>) =>
    useFit
      .getState()
      .useImported(
        builtInRegression(set, useFit.getState().config, td(`regression.${set}` as DataKey)),
      );

  const numeric = (key: 'datasetSize' | 'noise' | 'validationSplit', labelKey: OverfittingKey) => {
    const { min, max, integer } = range(key);
    return (
      <NumberField
        label={t(labelKey)}
        value={config[key]}
        min={min}
        max={max}
        integer={integer}
        invalidMessage={invalid(min, max)}
        onValue={(value) => {
          const ok = setField(key, value);
          // A built-in table is made from these fields: a new size or noise makes it again.
          if (ok && regressionSet !== null && key !== 'validationSplit')
            chooseRegressionSet(regressionSet);
          return ok;
        }}
      />
    );
  };

  const setLayerCount = (count: number) => {
    const hidden = Array.from({ length: count }, (_, k) => config.hidden[k] ?? NEW_LAYER_SIZE);
    return setField('hidden', hidden);
  };

  return (
    <>
      <fieldset className="lab-controls" data-presenter="secondary">
        <legend>{t('data.legend')}</legend>
        <div className="number-field">
          <label htmlFor={datasetId}>{t('data.dataset')}</label>
          <select
            id={datasetId}
            value={
              imported === null
                ? config.dataset
                : regressionSet !== null
                  ? REGRESSION + regressionSet
                  : IMPORTED
            }
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === IMPORTED) return;
              const set = labRegressionSets.find((name) => REGRESSION + name === value);
              if (set !== undefined) {
                chooseRegressionSet(set);
                return;
              }
              useFit.getState().useGenerated();
              setField('dataset', value as DatasetName);
            }}
          >
            {imported !== null && regressionSet === null && (
              <option value={IMPORTED}>{td('import.option', { name: imported.name })}</option>
            )}
            {labDatasets.map((name) => (
              <option key={name} value={name}>
                {t(`dataset.${name}` as OverfittingKey)}
              </option>
            ))}
            {labRegressionSets.map((name) => (
              <option key={name} value={REGRESSION + name}>
                {td(`regression.${name}` as DataKey)}
              </option>
            ))}
          </select>
        </div>
        {(imported === null || regressionSet !== null) && numeric('datasetSize', 'data.size')}
        {(imported === null || regressionSet !== null) && numeric('noise', 'data.noise')}
        {numeric('validationSplit', 'data.split')}
        <NumberField
          label={t('data.layers')}
          value={config.hidden.length}
          min={0}
          max={MAX_HIDDEN_LAYERS}
          integer
          invalidMessage={invalid(0, MAX_HIDDEN_LAYERS)}
          onValue={setLayerCount}
        />
        {config.hidden.map((size, layer) => (
          <NumberField
            key={layer}
            label={t('data.neurons', { layer: layer + 1 })}
            value={size}
            min={1}
            max={MAX_NEURONS}
            integer
            invalidMessage={invalid(1, MAX_NEURONS)}
            onValue={(value) =>
              setField(
                'hidden',
                config.hidden.map((n, k) => (k === layer ? value : n)),
              )
            }
          />
        ))}
        <NumberField
          label={t('data.epochs')}
          value={config.epochs}
          min={FIT_EPOCHS_RANGE.min}
          max={FIT_EPOCHS_RANGE.max}
          integer
          invalidMessage={invalid(FIT_EPOCHS_RANGE.min, FIT_EPOCHS_RANGE.max)}
          onValue={(value) => setField('epochs', value)}
        />
      </fieldset>
      <ImportData />
    </>
  );
}
