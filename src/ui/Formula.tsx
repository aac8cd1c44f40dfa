/**
 * Written maths (an equation, a product, a number with its unit) as one left-to-right unit,
 * wherever it sits. Inside an Arabic sentence the bidirectional algorithm orders separate
 * pieces right to left, so "82.6 × 10¹² × 34 % = 2.81 × 10¹³ FLOP/s" built from several spans
 * would come out with its terms reversed; one isolating wrapper keeps them in writing order.
 *
 * Formulas written in words ("new = old − rate × gradient") are prose, not this: they follow
 * the page's direction, so an Arabic reader meets their terms in reading order.
 */
import { Fragment, type ReactNode } from 'react';

export function Formula(props: {
  readonly children: ReactNode;
  /** Extra classes, e.g. `numbers` for the monospace face of figures. */
  readonly className?: string;
  readonly testId?: string;
}) {
  const className = props.className === undefined ? 'formula' : `formula ${props.className}`;
  return (
    <span className={className} dir="ltr" data-testid={props.testId}>
      {props.children}
    </span>
  );
}

/**
 * A word inside a formula (a class name, say): set in the text face, never the monospace one,
 * and isolated, so that an Arabic word does not turn the figures after it right to left
 * ("نظارة: 0.69 → 0.61" would otherwise show its two numbers swapped).
 */
export function FormulaWord(props: { readonly children: ReactNode }) {
  return <bdi className="formula-word">{props.children}</bdi>;
}

/** Runs of Arabic letters (with the spaces inside a phrase), the words a formula may carry. */
const ARABIC_WORDS =
  /([\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+(?:\s+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*)/;

/**
 * A formula built as one string that may name things in words ("p(نظارة) = 0.6",
 * "w السعر → h1: 0.5 → 0.46"): its Arabic words go in the text face, the rest stays as it is.
 */
export function FormulaText(props: { readonly text: string }) {
  return (
    <>
      {props.text.split(ARABIC_WORDS).map((part, i) =>
        // split() with a capture group alternates the rest and the captured words.
        i % 2 === 1 ? (
          <FormulaWord key={i}>{part}</FormulaWord>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
