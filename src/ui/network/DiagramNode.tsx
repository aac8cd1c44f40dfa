/**
 * One node of the drawing: an input shows its value, a neuron its activation inside and its
 * weighted sum z below. With motion on, a fresh value fades in once the flow reaches it.
 */
import { m } from 'framer-motion';
import type { Point } from './layout';

export type LabelSide = 'start' | 'end' | 'below';

export interface DiagramNodeProps {
  readonly at: Point;
  readonly radius: number;
  readonly label: string;
  readonly labelSide: LabelSide;
  /** Text inside the circle (the input value or the activation); "?" before it is known. */
  readonly value: string;
  /** "z = …" under a neuron; null for an input. */
  readonly sum: string | null;
  readonly isInput: boolean;
  /** Set when values should fade in (a forward pass just ran, motion allowed). */
  readonly fadeKey: string | null;
  readonly fadeDelay: number;
  /** How much larger than usual the text is drawn (see textBoost): it moves out to match. */
  readonly textScale: number;
}

function labelPosition(at: Point, radius: number, side: LabelSide, hasSum: boolean, scale: number) {
  switch (side) {
    case 'start':
      return { x: at.x - radius - 10, y: at.y + 5 * scale, anchor: 'end' as const };
    case 'end':
      return { x: at.x + radius + 10, y: at.y + 5 * scale, anchor: 'start' as const };
    case 'below':
      return {
        x: at.x,
        y: at.y + radius + (hasSum ? 36 : 18) * scale,
        anchor: 'middle' as const,
      };
  }
}

export function DiagramNode(props: DiagramNodeProps) {
  const { at, radius, fadeKey } = props;
  const scale = props.textScale;
  const label = labelPosition(at, radius, props.labelSide, props.sum !== null, scale);
  const fade =
    fadeKey === null
      ? null
      : {
          initial: { opacity: 0 },
          animate: { opacity: 1 },
          transition: { duration: 0.35, delay: props.fadeDelay },
        };
  const valueText = {
    x: at.x,
    y: at.y + 5 * scale,
    textAnchor: 'middle' as const,
    className: 'numbers',
  };
  const sumText = { x: at.x, y: at.y + radius + 17 * scale, textAnchor: 'middle' as const };
  return (
    <g className={`network-node${props.isInput ? ' input' : ''}`}>
      <circle cx={at.x} cy={at.y} r={radius} />
      {fade === null ? (
        <text {...valueText}>{props.value}</text>
      ) : (
        <m.text key={`${fadeKey}-value`} {...valueText} {...fade}>
          {props.value}
        </m.text>
      )}
      {props.sum !== null &&
        (fade === null ? (
          <text {...sumText} className="numbers network-sum">
            {props.sum}
          </text>
        ) : (
          <m.text key={`${fadeKey}-sum`} {...sumText} className="numbers network-sum" {...fade}>
            {props.sum}
          </m.text>
        ))}
      <text x={label.x} y={label.y} textAnchor={label.anchor} className="network-label">
        {props.label}
      </text>
    </g>
  );
}
