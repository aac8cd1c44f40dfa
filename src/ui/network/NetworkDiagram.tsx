/**
 * The network drawing (SVG), from props alone: layer sizes, the flat parameter array in
 * core's Mlp layout, and — when known — each layer's weighted sums and activations and each
 * parameter's gradient. Lessons decide what to pass; the drawing never asks the engine.
 */
import { LazyMotion } from 'framer-motion';
import { useRef } from 'react';
import { useWidth } from '../use-width';
import { DiagramNode, type LabelSide } from './DiagramNode';
import { FLOW_SECONDS, FlowPulses, type Flow } from './FlowPulses';
import { biasPoint, diagramGeometry, paramLayout, type ParamInfo, type Point } from './layout';
import type { NetworkStrings } from './messages';
import { formatExact, formatFixed } from './numbers';
import { BiasMark, WeightEdge, type ParamMarkProps } from './ParamMarks';
import { fullScale, largest, strokeFor, textBoost, TEXT_UNITS, type Emphasis } from './scale';
import './network.css';

const loadMotionFeatures = () => import('./motion-features').then((module) => module.default);

export interface NetworkDiagramProps {
  /** [inputs, layer 1, …, outputs]. */
  readonly layerSizes: readonly number[];
  readonly params: Float64Array;
  /** The values entering the network (shown even before a forward pass). */
  readonly input: Float64Array | null;
  /** Weighted sums z per layer, or null before the forward pass. */
  readonly preActivations: readonly Float64Array[] | null;
  /** activations[l + 1] is layer l's output (activations[0], the input, is not used). */
  readonly activations: readonly Float64Array[] | null;
  readonly gradients?: Float64Array | null;
  /** What thickness, colour and the shown number stand for (default: the weights). */
  readonly emphasis?: Emphasis;
  /** Node names per column: inputs, hidden layers, outputs. */
  readonly nodeLabels: readonly (readonly string[])[];
  readonly selected?: number | null;
  readonly onSelect?: (index: number) => void;
  readonly strings: NetworkStrings;
  readonly reducedMotion: boolean;
  /** Changes whenever a forward pass ran: values then flow along the edges. */
  readonly flowKey?: string | null;
  /** Parameters before the last update: lines grow or shrink from these. */
  readonly paramsBefore?: Float64Array | null;
  readonly updateKey?: string | null;
  /** Write every number on the drawing, not only on hover, focus and selection. */
  readonly showAllValues?: boolean;
  /** Write z and the activation on the neurons (off where they do not matter). */
  readonly showNeuronValues?: boolean;
}

function nodeLabel(labels: NetworkDiagramProps['nodeLabels'], column: number, n: number): string {
  return labels[column]?.[n] ?? `${column}.${n + 1}`;
}

function describe(props: NetworkDiagramProps, info: ParamInfo): string {
  const { strings, params, gradients, paramsBefore } = props;
  const value = formatFixed(params[info.index] ?? NaN);
  const to = nodeLabel(props.nodeLabels, info.layer + 1, info.to);
  let label =
    info.kind === 'weight'
      ? strings('weight', { from: nodeLabel(props.nodeLabels, info.layer, info.from), to, value })
      : strings('bias', { to, value });
  const gradient = gradients?.[info.index];
  if (gradient !== undefined)
    label = strings('withGradient', { label, gradient: formatFixed(gradient) });
  const before = paramsBefore?.[info.index];
  if (before !== undefined) label = strings('withChange', { label, before: formatFixed(before) });
  return label;
}

/**
 * Where a weight's number sits on its line. Lines that fan out to several neurons cross in
 * the middle, where their numbers would pile up; near the receiving neuron they are apart.
 */
function tagPosition(layerSizes: readonly number[], layer: number): number {
  return (layerSizes[layer + 1] ?? 1) > 1 ? 0.7 : 0.5;
}

function labelSide(column: number, columns: number): LabelSide {
  if (column === 0) return 'start';
  return column === columns - 1 ? 'end' : 'below';
}

export function NetworkDiagram(props: NetworkDiagramProps) {
  const { layerSizes, params, reducedMotion } = props;
  const emphasis = props.emphasis ?? 'weight';
  const geometry = diagramGeometry(layerSizes);
  const layout = paramLayout(layerSizes);
  const indices = layout.map((info) => info.index);
  const emphasised = emphasis === 'gradient' ? (props.gradients ?? null) : params;
  const before = emphasis === 'weight' ? (props.paramsBefore ?? null) : null;
  const full = fullScale(emphasis, largest(indices, emphasised, before));
  const animate = !reducedMotion;
  const flowKey = animate ? (props.flowKey ?? null) : null;
  const point = (column: number, n: number): Point => geometry.nodes[column]?.[n] ?? { x: 0, y: 0 };
  // A phone shows the drawing smaller than it is drawn: its text grows to stay readable.
  const svg = useRef<SVGSVGElement>(null);
  const textScale = textBoost(useWidth(svg, geometry.width), geometry.width);

  const markProps = (info: ParamInfo): ParamMarkProps => {
    const value = emphasised?.[info.index] ?? NaN;
    const previous = before?.[info.index];
    return {
      index: info.index,
      label: describe(props, info),
      text: Number.isFinite(value) ? formatFixed(value) : '?',
      negative: value < 0,
      width: strokeFor(value, full),
      previousWidth: previous === undefined ? null : strokeFor(previous, full),
      animate,
      animationKey: `${props.updateKey ?? ''}-${info.index}`,
      selected: props.selected === info.index,
      alwaysShowText: props.showAllValues === true,
      onSelect: props.onSelect,
      textScale,
    };
  };

  const flows: Flow[] = layout.map((info) => ({
    from:
      info.kind === 'weight'
        ? point(info.layer, info.from)
        : biasPoint(point(info.layer + 1, info.to)),
    to: point(info.layer + 1, info.to),
    layer: info.layer,
  }));

  return (
    <LazyMotion features={loadMotionFeatures}>
      <svg
        ref={svg}
        className="network-svg"
        style={{ fontSize: `${TEXT_UNITS * textScale}px` }}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-label={props.strings('diagram', {
          inputs: layerSizes[0] ?? 0,
          outputs: layerSizes[layerSizes.length - 1] ?? 0,
          params: layout.length,
        })}
      >
        {layout.map((info) =>
          info.kind === 'weight' ? (
            <WeightEdge
              key={info.index}
              {...markProps(info)}
              from={point(info.layer, info.from)}
              to={point(info.layer + 1, info.to)}
              tagAt={tagPosition(layerSizes, info.layer)}
            />
          ) : null,
        )}
        {flowKey !== null && <FlowPulses flowKey={flowKey} flows={flows} />}
        {geometry.nodes.map((column, c) =>
          column.map((at, n) => (
            <DiagramNode
              key={`${c}-${n}`}
              at={at}
              radius={geometry.nodeRadius}
              label={nodeLabel(props.nodeLabels, c, n)}
              labelSide={labelSide(c, geometry.nodes.length)}
              isInput={c === 0}
              value={c > 0 && props.showNeuronValues === false ? '' : nodeValue(props, c, n)}
              sum={
                c === 0 || props.showNeuronValues === false ? null : `z = ${sumValue(props, c, n)}`
              }
              fadeKey={flowKey}
              fadeDelay={c * FLOW_SECONDS}
              textScale={textScale}
            />
          )),
        )}
        {layout.map((info) =>
          info.kind === 'bias' ? (
            <BiasMark
              key={info.index}
              {...markProps(info)}
              node={point(info.layer + 1, info.to)}
              at={biasPoint(point(info.layer + 1, info.to))}
            />
          ) : null,
        )}
      </svg>
    </LazyMotion>
  );
}

function nodeValue(props: NetworkDiagramProps, column: number, n: number): string {
  const value = column === 0 ? props.input?.[n] : props.activations?.[column]?.[n];
  if (value === undefined) return '?';
  return column === 0 ? formatExact(value, 3) : formatFixed(value);
}

function sumValue(props: NetworkDiagramProps, column: number, n: number): string {
  const value = props.preActivations?.[column - 1]?.[n];
  return value === undefined ? '?' : formatFixed(value);
}
