/**
 * Lesson 6: the learning rate. Up to six runs of the article's neuron race on the same data
 * from the same start, each labelled by what its own loss history shows; a sweep of 32 rates
 * maps where training converges, crawls or blows up; schedules change the rate as a run goes.
 */
import { useCallback, useState } from 'react';
import { useConfig } from '../../store/config';
import { useRuns } from '../../store/runs';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { usePrimaryAction } from '../../ui/primary-action';
import { useStableCallback } from '../../ui/use-stable-callback';
import { messages } from './messages';
import { NeuronChoice } from './NeuronChoice';
import {
  DEFAULT_RACE_PACE,
  DEFAULT_RACE_SETTINGS,
  formatRate,
  MAX_RACE_EPOCHS,
  MAX_RACERS,
  MIN_RACE_EPOCHS,
  raceConfig,
  type RacePreset,
  type RaceSettings,
} from './race';
import { RacePace } from './RacePace';
import { RacePresets } from './RacePresets';
import { useRaceMap } from './RaceLandscape';
import { RaceResults } from './RaceResults';
import { RateList } from './RateList';
import { SchedulePicker } from './SchedulePicker';
import { SweepPanel } from './SweepPanel';
import { useRace } from './useRace';
import './learning-rate.css';

export default function LearningRateLesson() {
  const t = useLessonT(messages);
  const rates = useConfig((state) => state.app.raceRates);
  const setAppField = useConfig((state) => state.setAppField);
  const [settings, setSettings] = useState<RaceSettings>(DEFAULT_RACE_SETTINGS);
  const [notice, setNotice] = useState<string | null>(null);
  const { map, request } = useRaceMap();
  const beforePlay = useCallback(
    (runIds: readonly string[]) => {
      if (runIds[0] !== undefined) request(runIds[0]);
    },
    [request],
  );
  const [pace, setPace] = useState(DEFAULT_RACE_PACE);
  const race = useRace({ beforePlay, epochsPerSecond: pace });
  const raceError = useRuns((state) =>
    state.error?.runId?.startsWith('race-') === true ? state.error.message : null,
  );

  // The neuron of the race on the chart, until a new race starts.
  const raced =
    race.race === null ? null : race.race.configs[0]?.neuron === 'clip' ? 'clip' : 'linear';
  const configsFor = (list: readonly number[]) => list.map((rate) => raceConfig(settings, rate));
  const change = (patch: Partial<RaceSettings>) =>
    setSettings((current) => ({ ...current, ...patch }));
  // The race buttons' first two, for a clicker: Start (or resume), else Pause.
  usePrimaryAction('learning-rate', {
    label: t(race.playing ? 'pause' : 'start'),
    run: () => (race.playing ? race.pause() : race.start(configsFor(rates))),
    done: race.ended,
    reveal: '.race-results',
  });
  const changeRates = (list: number[]) => {
    setNotice(null);
    return setAppField('raceRates', list);
  };

  function racePreset(preset: RacePreset) {
    setNotice(null);
    const next = { ...settings, neuron: preset.neuron };
    setSettings(next);
    if (setAppField('raceRates', [...preset.rates]))
      race.start(preset.rates.map((rate) => raceConfig(next, rate)));
  }

  // The same function on every render, so the memoised sweep is not drawn again for a new one.
  const raceRate = useStableCallback((rate: number) => {
    setNotice(null);
    if (rates.includes(rate)) return race.start(configsFor(rates));
    if (rates.length >= MAX_RACERS) return setNotice(t('raceFull', { rate: formatRate(rate) }));
    const next = [...rates, rate];
    if (setAppField('raceRates', next)) race.start(configsFor(next));
  });

  return (
    <div className="learning-rate-lesson">
      <p data-presenter="secondary">{t('intro')}</p>
      <RacePresets onRace={racePreset} />
      <div className="race-settings" data-presenter="secondary">
        <NeuronChoice neuron={settings.neuron} onChange={(neuron) => change({ neuron })} />
        <RateList rates={rates} onChange={changeRates} />
        <div className="race-side">
          <NumberField
            label={t('epochsLabel')}
            value={settings.epochs}
            min={MIN_RACE_EPOCHS}
            max={MAX_RACE_EPOCHS}
            integer
            invalidMessage={t('epochsInvalid', { min: MIN_RACE_EPOCHS, max: MAX_RACE_EPOCHS })}
            onValue={(epochs) => change({ epochs })}
          />
          <SchedulePicker settings={settings} raceIds={race.ids} onChange={change} />
        </div>
      </div>
      <div className="race-buttons">
        <button
          type="button"
          className="button primary"
          disabled={race.playing}
          onClick={() => race.start(configsFor(rates))}
        >
          {t('start')}
        </button>
        <button type="button" className="button" disabled={!race.playing} onClick={race.pause}>
          {t('pause')}
        </button>
        <button type="button" className="button" disabled={race.race === null} onClick={race.reset}>
          {t('reset')}
        </button>
        <RacePace value={pace} onChange={setPace} />
      </div>
      {race.race !== null &&
        JSON.stringify(race.race.configs) !== JSON.stringify(configsFor(rates)) && (
          <p className="hint">{t('settingsChanged')}</p>
        )}
      {notice !== null && <p role="status">{notice}</p>}
      {raceError !== null && <p role="alert">{t('raceError', { message: raceError })}</p>}
      <RaceResults
        ids={race.ids}
        configs={race.race?.configs ?? NO_CONFIGS}
        neuron={raced ?? settings.neuron}
        map={map}
      />
      <SweepPanel settings={settings} onRace={raceRate} />
    </div>
  );
}

const NO_CONFIGS = [] as const;
