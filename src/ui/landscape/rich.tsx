/** Fills a `{name}` template with values, each wrapped so numbers stay left-to-right in Arabic. */
import { Fragment, type ReactNode } from 'react';

export function richText(
  template: string,
  params: Readonly<Record<string, ReactNode>>,
  numeric: ReadonlySet<string> = new Set(),
): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, k) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined || !(name in params)) return <Fragment key={k}>{part}</Fragment>;
    return numeric.has(name) ? (
      <span key={k} className="numbers">
        {params[name]}
      </span>
    ) : (
      <Fragment key={k}>{params[name]}</Fragment>
    );
  });
}

/**
 * A name and its value as one unit ("w1 0.62", "الانحياز -0.26"): isolated so that a list of
 * them keeps its order in either direction, with the number itself always left to right.
 */
export function labelled(label: ReactNode, value: ReactNode): ReactNode {
  return (
    <bdi>
      {label} <span className="numbers">{value}</span>
    </bdi>
  );
}
