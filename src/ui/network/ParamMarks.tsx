/**
 * The drawing's parameters: a weight is a line between two nodes, a bias a small box above
 * its neuron. Each is a focusable button (click, Enter or Space selects it) whose number
 * appears on hover, on keyboard focus and while selected. Sign is shown by colour AND dash
 * style, size by thickness.
 */
import { m } from 'framer-motion';
import { useState, type KeyboardEvent } from 'react';
import { along, NODE_RADIUS, type Point } from './layout';

export interface ParamMarkProps {
  readonly index: number;
  /** Accessible name, e.g. "weight price → output: 0.500, gradient −0.267". */
  readonly label: string;
  /** The number written on the drawing when the mark is shown. */
  readonly text: string;
  readonly negative: boolean;
  readonly width: number;
  /** The width before the last update (animated from), or null. */
  readonly previousWidth: number | null;
  readonly animate: boolean;
  /** Changes when an update should replay its animation. */
  readonly animationKey: string;
  readonly selected: boolean;
  readonly alwaysShowText: boolean;
  readonly onSelect: ((index: number) => void) | undefined;
  /** How much larger than usual the text is drawn (see textBoost); its boxes grow with it. */
  readonly textScale: number;
}

function useReveal(onSelect: ParamMarkProps['onSelect'], index: number) {
  const [hot, setHot] = useState(false);
  const handlers = {
    onMouseEnter: () => setHot(true),
    onMouseLeave: () => setHot(false),
    onFocus: () => setHot(true),
    onBlur: () => setHot(false),
    onClick: () => onSelect?.(index),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect?.(index);
      }
    },
  };
  return { hot, handlers };
}

function strokeStyle(negative: boolean) {
  return {
    stroke: negative ? 'var(--negative)' : 'var(--series-1)',
    strokeDasharray: negative ? '7 5' : undefined,
  };
}

function ValueTag({ at, text, scale }: { at: Point; text: string; scale: number }) {
  const width = (10 + text.length * 7.6) * scale;
  return (
    <g className="network-tag" aria-hidden="true">
      <rect x={at.x - width / 2} y={at.y - 11 * scale} width={width} height={22 * scale} rx={5} />
      <text x={at.x} y={at.y + 4.5 * scale} textAnchor="middle" className="numbers">
        {text}
      </text>
    </g>
  );
}

export function WeightEdge(
  props: ParamMarkProps & {
    readonly from: Point;
    readonly to: Point;
    /** Where along the line its number sits (0 = start, 1 = end). */
    readonly tagAt: number;
  },
) {
  const { from, to, width, previousWidth, animate, animationKey, negative, selected } = props;
  const { hot, handlers } = useReveal(props.onSelect, props.index);
  const line = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  const style = strokeStyle(negative);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={props.label}
      aria-pressed={selected}
      className={`network-param${selected ? ' selected' : ''}`}
      data-param={props.index}
      {...handlers}
    >
      {selected && <line {...line} className="network-halo" strokeWidth={width + 8} />}
      <line {...line} className="network-hit" strokeWidth={18} />
      {animate && previousWidth !== null ? (
        <m.line
          key={animationKey}
          {...line}
          {...style}
          className="network-edge"
          initial={{ strokeWidth: previousWidth }}
          animate={{ strokeWidth: width }}
          transition={{ duration: 0.9, ease: 'easeInOut' }}
        />
      ) : (
        <line {...line} {...style} className="network-edge" strokeWidth={width} />
      )}
      {(hot || selected || props.alwaysShowText) && (
        <ValueTag at={along(from, to, props.tagAt)} text={props.text} scale={props.textScale} />
      )}
    </g>
  );
}

export function BiasMark(props: ParamMarkProps & { readonly at: Point; readonly node: Point }) {
  const { at, node, width, previousWidth, animate, animationKey, negative, selected } = props;
  const { hot, handlers } = useReveal(props.onSelect, props.index);
  const style = strokeStyle(negative);
  const scale = props.textScale;
  const box = {
    x: at.x - 13 * scale,
    y: at.y - 11 * scale,
    width: 26 * scale,
    height: 22 * scale,
    rx: 5,
  };
  const border = Math.min(width, 5);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={props.label}
      aria-pressed={selected}
      className={`network-param network-bias${selected ? ' selected' : ''}`}
      data-param={props.index}
      {...handlers}
    >
      {/* The connector stops at the circle, so it never crosses the neuron's value. */}
      <line
        x1={at.x}
        y1={at.y + 11 * scale}
        x2={node.x}
        y2={node.y - NODE_RADIUS}
        {...style}
        strokeWidth={1.5}
      />
      {selected && <rect {...box} className="network-halo" strokeWidth={border + 8} />}
      {animate && previousWidth !== null ? (
        <m.rect
          key={animationKey}
          {...box}
          {...style}
          className="network-bias-box"
          initial={{ strokeWidth: Math.min(previousWidth, 5) }}
          animate={{ strokeWidth: border }}
          transition={{ duration: 0.9, ease: 'easeInOut' }}
        />
      ) : (
        <rect {...box} {...style} className="network-bias-box" strokeWidth={border} />
      )}
      <text x={at.x} y={at.y + 4.5 * scale} textAnchor="middle" aria-hidden="true">
        b
      </text>
      {(hot || selected || props.alwaysShowText) && (
        <ValueTag
          at={{ x: at.x + (46 + props.text.length * 3.8) * scale, y: at.y }}
          text={props.text}
          scale={scale}
        />
      )}
    </g>
  );
}
