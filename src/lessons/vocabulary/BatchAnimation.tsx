/**
 * One epoch cut into batches: each box is a batch (one iteration, one weight update), its
 * width the number of samples in it; on a narrow screen the boxes wrap onto rows. Samples drop
 * into place batch by batch; the short last batch is drawn dashed, since one convention keeps
 * it and the other drops it. With reduced motion the grouping is shown at once.
 */
import type { CSSProperties } from 'react';
import { LazyMotion, m, type MotionStyle } from 'framer-motion';
import { useReducedMotion } from '../../ui/network/reduced-motion';
import { useLessonT } from '../../ui/i18n';
import { grouped, type BatchArithmetic } from './arithmetic';
import { messages } from './messages';

const loadFeatures = () => import('./motion-features').then((module) => module.default);

/** More boxes than this would be too thin to see: the middle ones are summarised. */
const MAX_BOXES = 36;
/** Batches this small show one dot per sample. */
const MAX_DOTS = 32;

interface Box {
  readonly index: number;
  readonly samples: number;
}

/** The batches to draw: all of them, or the first ones and the last with a gap between. */
export function visibleBatches(arithmetic: BatchArithmetic): { boxes: Box[]; hidden: number } {
  const { keep, batchSize, remainder } = arithmetic;
  const total = keep.iterationsPerEpoch;
  const sizeOf = (index: number) => (index === total - 1 && remainder > 0 ? remainder : batchSize);
  const shown = total <= MAX_BOXES ? total : MAX_BOXES - 1;
  const boxes = Array.from({ length: shown }, (_, index) => ({ index, samples: sizeOf(index) }));
  if (shown < total) boxes.push({ index: total - 1, samples: sizeOf(total - 1) });
  return { boxes, hidden: total - boxes.length };
}

export function BatchAnimation({ arithmetic }: { arithmetic: BatchArithmetic }) {
  const t = useLessonT(messages);
  const reduced = useReducedMotion();
  const { boxes, hidden } = visibleBatches(arithmetic);
  const { batchSize, remainder, keep } = arithmetic;
  // A new key replays the grouping whenever the numbers change.
  const key = `${arithmetic.size}-${batchSize}`;
  // Widths in full batches, for the stylesheet: a box is its share of a row of full batches,
  // so the strip can wrap onto rows on a narrow screen and the short batch stays short.
  const units = boxes.reduce((sum, box) => sum + box.samples / batchSize, 0);
  const summary = t('animation.summary', {
    batches: grouped(keep.iterationsPerEpoch),
    size: grouped(batchSize),
    partial: remainder > 0 ? t('animation.partial', { n: grouped(remainder) }) : '',
  });

  return (
    <LazyMotion features={loadFeatures} strict>
      <figure className="batch-animation">
        <div
          className="batch-strip"
          role="img"
          aria-label={summary}
          key={key}
          style={{ '--units': units } as CSSProperties}
        >
          {boxes.map((box, order) => {
            const partial = box.samples < batchSize;
            const gapBefore = hidden > 0 && order === boxes.length - 1;
            return (
              <m.div
                key={box.index}
                className={`batch-box${partial ? ' partial' : ''}${gapBefore ? ' after-gap' : ''}`}
                style={{ '--share': box.samples / batchSize } as MotionStyle}
                initial={reduced ? false : { opacity: 0, y: -12 }}
                animate={{ opacity: 1, y: 0 }}
                transition={{ delay: reduced ? 0 : order * 0.05, duration: 0.25 }}
              >
                {box.samples <= MAX_DOTS && (
                  <span className="dots" aria-hidden="true">
                    {Array.from({ length: box.samples }, (_, k) => (
                      <span key={k} className="dot" />
                    ))}
                  </span>
                )}
                <span className="box-count numbers">{grouped(box.samples)}</span>
              </m.div>
            );
          })}
        </div>
        <figcaption>
          {summary}
          {hidden > 0 && ` ${t('animation.hidden', { n: grouped(hidden) })}`}
        </figcaption>
      </figure>
    </LazyMotion>
  );
}
