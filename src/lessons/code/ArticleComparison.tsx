/**
 * An honest side-by-side: the output listing printed in the article against what its program
 * really prints with the same settings (the engine's run of them). The article's figures are
 * quotations to compare against; every number in the other column comes from the engine.
 */
import { useLessonT } from '../../ui/i18n';
import { richText } from '../../ui/landscape/rich';
import { messages } from './messages';
import { PrintedText } from './PrintedText';
import { readPrintout } from './printout';

/**
 * Quoted from the article's output listing, for comparison only. The prediction keeps the
 * program's emoji so it compares equal to the printed line; PrintedText draws it as an icon.
 */
const ARTICLE_LISTING = {
  epoch0Loss: '0.4823',
  epoch0Weights: ['0.618', '0.523'],
  lastEpoch: 99,
  lastLoss: '0.0021',
  prediction: '0.98 → Glasses ✅',
} as const;

export function ArticleComparison({ lines }: { lines: readonly string[] | null }) {
  const t = useLessonT(messages);
  const printout = lines === null ? null : readPrintout(lines);
  const first = printout?.epochs.find((e) => e.epoch === 0);
  const last = printout?.epochs[printout.epochs.length - 1];
  if (printout === null || first === undefined || last === undefined) {
    return (
      <section className="code-compare" aria-labelledby="code-compare-title">
        <h3 id="code-compare-title">{t('compare.title')}</h3>
        <p>{t('compare.waiting')}</p>
      </section>
    );
  }
  const weights = (pair: readonly [string, string]) => `[${pair[0]}, ${pair[1]}]`;
  const prediction = printout.prediction ?? '—';
  return (
    <section className="code-compare" aria-labelledby="code-compare-title">
      <h3 id="code-compare-title">{t('compare.title')}</h3>
      <p>{t('compare.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('compare.what')}</th>
            <th scope="col">{t('compare.article')}</th>
            <th scope="col">{t('compare.real')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare.epoch0Loss')}</th>
            <td className="numbers">{ARTICLE_LISTING.epoch0Loss}</td>
            <td className="numbers" data-testid="compare-epoch0-loss">
              {first.loss}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('compare.epoch0Weights')}</th>
            <td className="numbers">{weights(ARTICLE_LISTING.epoch0Weights)}</td>
            <td className="numbers">{weights(first.weights)}</td>
          </tr>
          <tr>
            <th scope="row">{t('compare.lastLine')}</th>
            <td>
              {t('compare.lastLineValue', {
                epoch: ARTICLE_LISTING.lastEpoch,
                loss: ARTICLE_LISTING.lastLoss,
              })}
            </td>
            <td data-testid="compare-last-line">
              {t('compare.lastLineValue', { epoch: last.epoch, loss: last.loss })}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('compare.prediction')}</th>
            <td className="numbers">
              <PrintedText text={ARTICLE_LISTING.prediction} />
            </td>
            <td className="numbers">
              <PrintedText text={prediction} />
            </td>
          </tr>
        </tbody>
      </table>
      <ul className="code-compare-notes">
        <li>{t('compare.lossWhy', { real: first.loss })}</li>
        <li>
          {t('compare.lineWhy', {
            printed: printout.epochs.map((e) => e.epoch).join(', '),
          })}
        </li>
        <li>
          {/* Without params t() leaves {real} in place, for the printed line with its icon. */}
          {richText(
            t(
              prediction === ARTICLE_LISTING.prediction
                ? 'compare.predictionSame'
                : 'compare.predictionDiffers',
            ),
            { real: <PrintedText text={prediction} /> },
            new Set(['real']),
          )}
        </li>
      </ul>
    </section>
  );
}
