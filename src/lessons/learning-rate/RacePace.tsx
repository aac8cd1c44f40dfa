/** The race's own speed: it does not follow the bar's, so a race takes seconds by default. */
import { useId } from 'react';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import { RACE_PACES } from './race';

export function RacePace(props: { value: number; onChange(epochsPerSecond: number): void }) {
  const t = useLessonT(messages);
  const id = useId();
  return (
    <div className="number-field race-pace">
      <label htmlFor={id}>{t('paceLabel')}</label>
      <select
        id={id}
        value={String(props.value)}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {RACE_PACES.map((pace) => (
          <option key={pace} value={String(pace)}>
            {pace === Infinity ? t('paceFastest') : t('paceOption', { pace })}
          </option>
        ))}
      </select>
    </div>
  );
}
