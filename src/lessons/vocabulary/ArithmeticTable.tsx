/**
 * The arithmetic of one setting, both conventions side by side, with the division written out:
 * 1000 ÷ 32 = 31 full batches and 8 left over. Rounding up and down are written ceil(…) and
 * floor(…) rather than with ⌈ ⌉ and ⌊ ⌋, which many browsers' fonts lack and draw as boxes.
 */
import { useLessonT } from '../../ui/i18n';
import { grouped, type BatchArithmetic } from './arithmetic';
import { messages } from './messages';

export type ConventionName = 'keep' | 'drop';

export function ArithmeticTable(props: {
  readonly arithmetic: BatchArithmetic;
  /** The convention a run uses, marked in the table. */
  readonly current?: ConventionName;
  readonly caption: string;
}) {
  const t = useLessonT(messages);
  const { size, batchSize, epochs, fullBatches, remainder, keep, drop } = props.arithmetic;
  const heading = (name: ConventionName) =>
    `${t(`convention.${name}`)}${props.current === name ? ` (${t('convention.current')})` : ''}`;
  return (
    <div className="arithmetic">
      <p className="division">
        <span className="numbers">
          {grouped(size)} ÷ {grouped(batchSize)} = {grouped(fullBatches)}
        </span>{' '}
        {t('division.full')}
        {remainder > 0 ? (
          <>
            {', '}
            {t('division.partial')} <span className="numbers">{grouped(remainder)}</span>
          </>
        ) : (
          <>{`, ${t('division.exact')}`}</>
        )}
      </p>
      <table className="arithmetic-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.quantity')}</th>
            <th scope="col" className={props.current === 'keep' ? 'current' : undefined}>
              {heading('keep')}
            </th>
            <th scope="col" className={props.current === 'drop' ? 'current' : undefined}>
              {heading('drop')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('table.perEpoch')}</th>
            <td className="numbers" data-testid="keep-per-epoch">
              ceil({grouped(size)} / {grouped(batchSize)}) = {grouped(keep.iterationsPerEpoch)}
            </td>
            <td className="numbers" data-testid="drop-per-epoch">
              floor({grouped(size)} / {grouped(batchSize)}) = {grouped(drop.iterationsPerEpoch)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('table.total', { epochs: grouped(epochs) })}</th>
            <td className="numbers" data-testid="keep-total">
              {grouped(keep.iterationsPerEpoch)} × {grouped(epochs)} = {grouped(keep.totalUpdates)}
            </td>
            <td className="numbers" data-testid="drop-total">
              {grouped(drop.iterationsPerEpoch)} × {grouped(epochs)} = {grouped(drop.totalUpdates)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('table.samples')}</th>
            <td className="numbers">{grouped(keep.samplesPerEpoch)}</td>
            <td className="numbers">{grouped(drop.samplesPerEpoch)}</td>
          </tr>
        </tbody>
      </table>
      {drop.iterationsPerEpoch === 0 && <p className="hint">{t('table.nothingLeft')}</p>}
    </div>
  );
}
