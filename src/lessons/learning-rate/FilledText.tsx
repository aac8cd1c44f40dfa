/**
 * A catalog template with its `{placeholders}` filled in: numbers wrapped in `.numbers`, so
 * rates and losses keep their left-to-right order inside Arabic sentences, words as they are.
 */
import { Fragment } from 'react';

type Params = Readonly<Record<string, string | number>>;

export function FilledText(props: { template: string; numbers: Params; words?: Params }) {
  const parts = props.template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => {
        // split() with a capture group alternates plain text and placeholder names.
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        const number = props.numbers[part];
        if (number !== undefined) {
          return (
            <span key={i} className="numbers">
              {number}
            </span>
          );
        }
        return <Fragment key={i}>{props.words?.[part] ?? `{${part}}`}</Fragment>;
      })}
    </>
  );
}
