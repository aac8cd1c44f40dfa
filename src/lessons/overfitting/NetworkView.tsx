/**
 * The lab's network, node by node (TensorFlow Playground's network view): a column of input
 * features, one column per hidden layer and the output, each node a small map of its value over
 * the plane, joined by lines whose colour is the weight's sign and whose thickness its size.
 * Any node, pointed at or focused, is shown large beside the diagram with its bias, its incoming
 * weights and its range; a polite live region reads the focused node out once per move.
 *
 * Cheap by design: the maps are small (24 × 24) ImageData put on small canvases at 4 Hz, and the
 * view mounts only after the page's first idle moment, so a link to the lesson shows the
 * boundary plot first.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { featureFormulas, inputFeatureNames, type InputFeature } from '../../core/features';
import { formatNumber } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { useClassNames } from './BoundaryPanel';
import { useFit } from './fit-store';
import { networkMessages, type NetworkKey } from './network-messages';
import {
  biasAt,
  edgeWidth,
  extentOf,
  featureMap,
  isConsistent,
  layerOffsets,
  mapStarts,
  paintDiverging,
  paintOutput,
  parseColour,
  weightAt,
  type MapPalette,
  type NeuronMaps,
  type OutputReading,
} from './neuron-map-draw';
import { FIT_RUN } from './presets';
import { useNeuronMaps, useOnScreen, useWhenIdle } from './use-neuron-maps';
import './network-view.css';

type Paint = (
  image: ImageData,
  values: ArrayLike<number>,
  resolution: number,
  palette: MapPalette,
) => void;

interface Incoming {
  readonly source: string;
  readonly value: number;
}

interface DiagramNode {
  readonly key: string;
  /** 0: the inputs; then each hidden layer; the last column is the output. */
  readonly column: number;
  readonly index: number;
  readonly kind: 'input' | 'hidden' | 'output';
  /** Accessible name and heading of the node. */
  readonly name: string;
  readonly feature: InputFeature | null;
  /** An input the run is fed (always true for the other nodes). */
  readonly used: boolean;
  readonly values: ArrayLike<number>;
  readonly paint: Paint;
  readonly min: number;
  readonly max: number;
  readonly bias: number | null;
  readonly weights: readonly Incoming[];
  readonly x: number;
  readonly y: number;
}

interface Edge {
  readonly key: string;
  readonly from: DiagramNode;
  readonly to: DiagramNode;
  readonly weight: number;
  readonly width: number;
}

export interface NetworkDiagramProps {
  readonly answer: NeuronMaps;
  /** The boundary plot's class names, for naming the output nodes of several classes. */
  readonly classNames: readonly string[];
  readonly reading: OutputReading;
  /** Names of the plane's two axes (x1 across, x2 up). */
  readonly axisNames?: readonly [string, string] | undefined;
  /** The inputs the settings ask for; null: the view shows no toggles. */
  readonly chosen: readonly InputFeature[] | null;
  readonly onChoose?: ((inputs: InputFeature[]) => void) | undefined;
}

/** Room left of the input column for each input's toggle and name. */
const LABEL_WIDTH = 72;
const COLUMN_GAP = 44;
const PAD = 6;
/** CSS pixels of the node shown large (network-view.css sizes its box to match). */
const LARGE_MAP = 160;

/** Smaller nodes for taller columns, so a 32-neuron layer does not make a page-long diagram. */
function nodeSize(tallest: number): { size: number; gap: number } {
  if (tallest <= 8) return { size: 40, gap: 8 };
  if (tallest <= 12) return { size: 30, gap: 6 };
  if (tallest <= 24) return { size: 20, gap: 4 };
  return { size: 15, gap: 3 };
}

const FALLBACK: MapPalette = {
  negative: [161, 92, 0],
  positive: [36, 72, 200],
  neutral: [255, 255, 255],
  classes: [
    [36, 72, 200],
    [179, 38, 30],
    [11, 107, 58],
  ],
};

/** The page's colours (light or dark): blue and orange for values, the plot's class colours. */
function readPalette(element: Element): MapPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: MapPalette['positive']) =>
    parseColour(style.getPropertyValue(name), fallback);
  return {
    negative: read('--series-5', FALLBACK.negative),
    positive: read('--series-1', FALLBACK.positive),
    neutral: read('--surface', FALLBACK.neutral),
    classes: FALLBACK.classes.map((fallback, k) => read(`--series-${k + 1}`, fallback)),
  };
}

const digits = (value: number) => formatNumber(value, 3);

/** Lays the answer out as nodes and edges, in the learner's words. */
function buildDiagram(
  answer: NeuronMaps,
  t: LessonTranslate<NetworkKey>,
  classNames: readonly string[],
  reading: OutputReading,
) {
  const { layerSizes, resolution, features } = answer;
  const cells = resolution * resolution;
  const starts = mapStarts(layerSizes);
  const offsets = layerOffsets(layerSizes);
  const counts = [inputFeatureNames.length, ...layerSizes.slice(1)];
  const tallest = Math.max(...counts);
  const { size, gap } = nodeSize(tallest);
  const height = tallest * (size + gap) - gap + 2 * PAD;
  const width = LABEL_WIDTH + counts.length * size + (counts.length - 1) * COLUMN_GAP + PAD;
  const place = (column: number, index: number) => {
    const count = counts[column] ?? 1;
    const top = (height - (count * (size + gap) - gap)) / 2;
    return { x: LABEL_WIDTH + column * (size + COLUMN_GAP), y: top + index * (size + gap) };
  };
  const mapOf = (neuron: number) => answer.maps.subarray(neuron * cells, (neuron + 1) * cells);
  const last = layerSizes.length - 1;

  const inputs: DiagramNode[] = inputFeatureNames.map((feature, index) => {
    const k = features.indexOf(feature);
    const used = k >= 0;
    // An unused feature is not in the answer: its map is the feature itself, drawn here.
    const values = used
      ? mapOf((starts[0] ?? 0) + k)
      : featureMap(feature, answer.ranges, resolution);
    const [min, max] = used
      ? [answer.extents[2 * k] as number, answer.extents[2 * k + 1] as number]
      : extentOf(values);
    const name = featureFormulas[feature];
    return {
      key: `0:${index}`,
      column: 0,
      index,
      kind: 'input',
      name: t(used ? 'net.input' : 'net.inputUnused', { name }),
      feature,
      used,
      values,
      paint: paintDiverging,
      min,
      max,
      bias: null,
      weights: [],
      ...place(0, index),
    };
  });
  // Where each of the answer's input maps sits in the inputs column.
  const inputNodeOf = features.map((feature) => inputs[inputFeatureNames.indexOf(feature)]);

  const columns: DiagramNode[][] = [inputs];
  for (let layer = 1; layer <= last; layer++) {
    const output = layer === last;
    const previous = columns[layer - 1] as DiagramNode[];
    const sources = layer === 1 ? inputNodeOf : previous;
    const column: DiagramNode[] = [];
    for (let index = 0; index < (layerSizes[layer] ?? 0); index++) {
      const neuron = (starts[layer] ?? 0) + index;
      const weights = sources.map((source, from) => ({
        source: source === undefined ? String(from + 1) : sourceName(source, t),
        value: weightAt(answer, offsets, layer, index, from),
      }));
      const name = !output
        ? t('net.hidden', { layer, index: index + 1 })
        : (layerSizes[layer] ?? 1) > 1
          ? t('net.outputClass', { index: index + 1, name: classNames[index] ?? String(index) })
          : t('net.output');
      const paint: Paint = output
        ? (image, values, res, palette) => paintOutput(image, values, res, palette, reading, index)
        : paintDiverging;
      column.push({
        key: `${layer}:${index}`,
        column: layer,
        index,
        kind: output ? 'output' : 'hidden',
        name,
        feature: null,
        used: true,
        values: mapOf(neuron),
        paint,
        min: answer.extents[2 * neuron] as number,
        max: answer.extents[2 * neuron + 1] as number,
        bias: biasAt(answer, offsets, layer, index),
        weights,
        ...place(layer, index),
      });
    }
    columns.push(column);
  }

  const edges: Edge[] = [];
  for (let layer = 1; layer <= last; layer++) {
    const sources = layer === 1 ? inputNodeOf : (columns[layer - 1] as DiagramNode[]);
    const targets = columns[layer] as DiagramNode[];
    let largest = 0;
    for (const target of targets)
      for (const { value } of target.weights)
        if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
    for (const target of targets)
      target.weights.forEach(({ value }, from) => {
        const source = sources[from];
        if (source === undefined) return;
        edges.push({
          key: `${source.key}>${target.key}`,
          from: source,
          to: target,
          weight: value,
          width: edgeWidth(value, largest),
        });
      });
  }
  return { columns, edges, width, height, size };
}

function sourceName(node: DiagramNode, t: LessonTranslate<NetworkKey>): string {
  if (node.feature !== null) return featureFormulas[node.feature];
  return t('net.neuron', { index: node.index + 1 });
}

/** What the live region says when a node gets focus: one sentence with its numbers. */
function readout(node: DiagramNode, t: LessonTranslate<NetworkKey>): string {
  const min = digits(node.min);
  const max = digits(node.max);
  if (node.bias === null) return t('net.readoutInput', { name: node.name, min, max });
  const weights = node.weights.map((w) => `${digits(w.value)} (${w.source})`).join(', ');
  return t('net.readout', { name: node.name, bias: digits(node.bias), weights, min, max });
}

/**
 * The map's cells are painted once into this scratch canvas (putImageData), then scaled onto
 * each node's canvas, which is drawn at the size it is shown (sharp edges, and the page's
 * layout checks find no canvas drawn smaller than it is shown).
 */
let scratch: HTMLCanvasElement | null = null;

/** One map on its own canvas of `size` CSS pixels, repainted only when its values change. */
const MapCanvas = memo(function MapCanvas(props: {
  readonly values: ArrayLike<number>;
  readonly resolution: number;
  readonly palette: MapPalette;
  readonly paint: Paint;
  readonly size: number;
}) {
  const { values, resolution, palette, paint, size } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas === null || ctx === null) return;
    scratch ??= document.createElement('canvas');
    const cells = scratch.getContext('2d');
    if (cells === null) return;
    if (scratch.width !== resolution) scratch.width = resolution;
    if (scratch.height !== resolution) scratch.height = resolution;
    const image = cells.createImageData(resolution, resolution);
    paint(image, values, resolution, palette);
    cells.putImageData(image, 0, 0);
    const pixels = Math.max(1, Math.round(size * (window.devicePixelRatio || 1)));
    if (canvas.width !== pixels) canvas.width = pixels;
    if (canvas.height !== pixels) canvas.height = pixels;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(scratch, 0, 0, pixels, pixels);
  }, [values, resolution, palette, paint, size]);
  return <canvas ref={ref} width={size} height={size} aria-hidden="true" />;
});

export function NetworkDiagram(props: NetworkDiagramProps) {
  const { answer, classNames, reading, chosen, onChoose } = props;
  const [axisX, axisY] = props.axisNames ?? ['x₁', 'x₂'];
  const t = useLessonT(networkMessages);
  const rootRef = useRef<HTMLDivElement>(null);
  const [palette, setPalette] = useState<MapPalette>(FALLBACK);
  const { columns, edges, width, height, size } = useMemo(
    () => buildDiagram(answer, t, classNames, reading),
    [answer, t, classNames, reading],
  );
  const byKey = useMemo(() => new Map(columns.flat().map((node) => [node.key, node])), [columns]);
  const outputKey = `${columns.length - 1}:0`;
  const [current, setCurrent] = useState(outputKey);
  const [hovered, setHovered] = useState<string | null>(null);
  const [announced, setAnnounced] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const describedBy = useId();

  // The page's colours, read again with each answer: a theme switch shows at the next refresh.
  useEffect(() => {
    if (rootRef.current === null) return;
    const next = readPalette(rootRef.current);
    setPalette((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [answer]);

  const focused = byKey.get(current) ?? byKey.get(outputKey);
  const shown = (hovered === null ? undefined : byKey.get(hovered)) ?? focused;

  const move = useCallback(
    (node: DiagramNode, event: KeyboardEvent<HTMLButtonElement>) => {
      let column = node.column;
      let index = node.index;
      const lastIn = (c: number) => (columns[c]?.length ?? 1) - 1;
      switch (event.key) {
        case 'ArrowUp':
          index -= 1;
          break;
        case 'ArrowDown':
          index += 1;
          break;
        case 'ArrowLeft':
        case 'ArrowRight': {
          column = Math.max(
            0,
            Math.min(columns.length - 1, column + (event.key === 'ArrowLeft' ? -1 : 1)),
          );
          // Keep the same height in the diagram: the middle of one column leads to the middle of the next.
          const from = lastIn(node.column);
          index = from === 0 ? 0 : Math.round((node.index / from) * lastIn(column));
          break;
        }
        case 'Home':
          index = 0;
          break;
        case 'End':
          index = lastIn(column);
          break;
        default:
          return;
      }
      event.preventDefault();
      index = Math.max(0, Math.min(lastIn(column), index));
      buttons.current.get(`${column}:${index}`)?.focus();
    },
    [columns],
  );

  const chosenSet = chosen === null ? null : new Set(chosen);
  const toggle = (feature: InputFeature, on: boolean) => {
    if (chosenSet === null || onChoose === undefined) return;
    const next = inputFeatureNames.filter((f) => (f === feature ? on : chosenSet.has(f)));
    if (next.length > 0) onChoose(next);
  };

  return (
    <div className="nv-body" ref={rootRef}>
      <div className="nv-scroll" dir="ltr">
        <div
          className="nv-diagram"
          role="group"
          aria-label={t('net.group')}
          aria-describedby={describedBy}
          style={{ width: `${width}px`, height: `${height}px` }}
          onMouseLeave={() => setHovered(null)}
        >
          <svg className="nv-edges" width={width} height={height} aria-hidden="true">
            {edges.map((edge) => (
              <line
                key={edge.key}
                className={edge.weight < 0 ? 'nv-negative' : 'nv-positive'}
                x1={edge.from.x + size}
                y1={edge.from.y + size / 2}
                x2={edge.to.x}
                y2={edge.to.y + size / 2}
                strokeWidth={edge.width}
              />
            ))}
          </svg>
          {columns[0]?.map((node) =>
            node.feature === null ? null : chosenSet !== null && onChoose !== undefined ? (
              <label
                key={`use-${node.key}`}
                className="nv-use"
                style={{ top: `${node.y + size / 2}px` }}
              >
                <input
                  type="checkbox"
                  checked={chosenSet.has(node.feature)}
                  // The last input on cannot be turned off: a network needs an input.
                  disabled={chosenSet.size === 1 && chosenSet.has(node.feature)}
                  aria-label={t('net.use', { name: featureFormulas[node.feature] })}
                  onChange={(event) =>
                    toggle(node.feature as InputFeature, event.currentTarget.checked)
                  }
                />
                <span aria-hidden="true">{featureFormulas[node.feature]}</span>
              </label>
            ) : (
              <span
                key={`use-${node.key}`}
                className="nv-use"
                aria-hidden="true"
                style={{ top: `${node.y + size / 2}px` }}
              >
                {featureFormulas[node.feature]}
              </span>
            ),
          )}
          {columns.flat().map((node) => (
            <button
              key={node.key}
              type="button"
              ref={(element) => {
                if (element === null) buttons.current.delete(node.key);
                else buttons.current.set(node.key, element);
              }}
              className={`nv-node nv-${node.kind}${node.used ? '' : ' nv-unused'}${node.key === shown?.key ? ' nv-shown' : ''}`}
              style={{
                left: `${node.x}px`,
                top: `${node.y}px`,
                width: `${size}px`,
                height: `${size}px`,
              }}
              aria-label={node.name}
              // One tab stop for the whole diagram; the arrow keys move inside it.
              tabIndex={node.key === focused?.key ? 0 : -1}
              data-node={node.key}
              onFocus={() => {
                // The latest of pointing and focusing decides which node is shown large.
                setHovered(null);
                setCurrent(node.key);
                setAnnounced(readout(node, t));
              }}
              onMouseEnter={() => setHovered(node.key)}
              onKeyDown={(event) => move(node, event)}
            >
              <MapCanvas
                values={node.values}
                resolution={answer.resolution}
                palette={palette}
                paint={node.paint}
                size={size}
              />
            </button>
          ))}
        </div>
      </div>
      {chosenSet !== null && chosenSet.size === 1 && <p className="hint">{t('net.lastInput')}</p>}
      {shown !== undefined && (
        <NodeDetail node={shown} answer={answer} palette={palette} axes={[axisX, axisY]} t={t} />
      )}
      <p id={describedBy} className="visually-hidden" aria-live="polite" data-testid="nv-readout">
        {announced}
      </p>
    </div>
  );
}

/** The node pointed at or focused, large, with its numbers. */
function NodeDetail(props: {
  readonly node: DiagramNode;
  readonly answer: NeuronMaps;
  readonly palette: MapPalette;
  readonly axes: readonly [string, string];
  readonly t: LessonTranslate<NetworkKey>;
}) {
  const { node, answer, palette, axes, t } = props;
  const [[x1min, x1max], [x2min, x2max]] = answer.ranges;
  const scale = Math.max(Math.abs(node.min), Math.abs(node.max));
  return (
    <div className="nv-detail" data-testid="nv-detail">
      <h4>{node.name}</h4>
      {/* The answer counts epochs done; the lab names an epoch by its index ("after epoch 199"). */}
      <p className="nv-epoch">
        {answer.epoch > 0 ? t('net.epoch', { epoch: answer.epoch - 1 }) : t('net.epochNone')}
      </p>
      <figure className="nv-large">
        <div className="nv-large-map" dir="ltr">
          <span className="nv-tick nv-y-max">{digits(x2max)}</span>
          <span className="nv-tick nv-y-min">{digits(x2min)}</span>
          <MapCanvas
            values={node.values}
            resolution={answer.resolution}
            palette={palette}
            paint={node.paint}
            size={LARGE_MAP}
          />
          <span className="nv-tick nv-x-min">{digits(x1min)}</span>
          <span className="nv-tick nv-x-max">{digits(x1max)}</span>
        </div>
        <figcaption>
          <span>{t('net.axisX', { name: axes[0], min: digits(x1min), max: digits(x1max) })}</span>
          <span>{t('net.axisY', { name: axes[1], min: digits(x2min), max: digits(x2max) })}</span>
          {node.kind !== 'output' && Number.isFinite(scale) && (
            <span>{t('net.scale', { scale: digits(scale) })}</span>
          )}
        </figcaption>
      </figure>
      <p data-testid="nv-range">
        {t('net.range', { min: digits(node.min), max: digits(node.max) })}
      </p>
      {node.kind === 'input' ? (
        <p>
          {t('net.noWeights', { name: node.feature === null ? '' : featureFormulas[node.feature] })}
          {!node.used && <> {t('net.unusedNote')}</>}
        </p>
      ) : (
        <dl className="nv-numbers">
          <dt>{t('net.bias')}</dt>
          <dd data-testid="nv-bias">{digits(node.bias ?? NaN)}</dd>
          <dt>{t('net.weights')}</dt>
          <dd>
            <ol className="nv-weights" data-testid="nv-weights">
              {node.weights.map((w, k) => (
                <li key={k}>
                  <span className="nv-source">{t('net.from', { source: w.source })}</span>{' '}
                  <span className={w.value < 0 ? 'nv-negative-text' : undefined}>
                    {digits(w.value)}
                  </span>
                </li>
              ))}
            </ol>
          </dd>
        </dl>
      )}
    </div>
  );
}

/** The diagram of the lab's run, fed by the engine while it trains. */
function LiveNetwork({ visible }: { readonly visible: boolean }) {
  const t = useLessonT(networkMessages);
  const answer = useNeuronMaps(FIT_RUN, undefined, undefined, visible);
  const classNames = useClassNames();
  const imported = useFit((state) => state.imported);
  const chosen = useFit((state) => state.config.inputs);
  const reading = useMemo<OutputReading | null>(() => {
    if (answer === null) return null;
    if (imported?.table.task === 'regression') return { kind: 'regression' };
    const outputs = answer.layerSizes.at(-1) ?? 1;
    if (outputs > 1) return { kind: 'softmax' };
    // A sigmoid never goes below 0; a tanh output for ±1 targets does.
    const low = answer.extents[answer.extents.length - 2] ?? 0;
    return { kind: 'binary', signed: low < 0 };
  }, [answer, imported]);
  const axisNames = useMemo<readonly [string, string] | undefined>(
    () =>
      imported === null
        ? undefined
        : [imported.table.featureNames[0] ?? 'x₁', imported.table.featureNames[1] ?? 'x₂'],
    [imported],
  );
  const choose = useCallback((inputs: InputFeature[]) => {
    useFit.getState().setField('inputs', inputs);
  }, []);
  if (answer === null || reading === null || !isConsistent(answer))
    return (
      <p className="hint" data-state={answer === null ? 'asking' : 'inconsistent'}>
        {t('net.waiting')}
      </p>
    );
  return (
    <NetworkDiagram
      answer={answer}
      classNames={classNames}
      reading={reading}
      axisNames={axisNames}
      chosen={chosen}
      onChoose={choose}
    />
  );
}

/** The view's section of the lesson: mounted after the page's first idle moment. */
export function NetworkView() {
  const t = useLessonT(networkMessages);
  const ref = useRef<HTMLElement>(null);
  const ready = useWhenIdle(ref);
  const visible = useOnScreen(ref);
  const titleId = useId();
  return (
    <section
      ref={ref}
      className="network-view"
      data-presenter="secondary"
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('net.title')}</h3>
      <p className="hint">{t('net.about')}</p>
      {ready ? (
        <LiveNetwork visible={visible} />
      ) : (
        <p className="hint" data-state="deferred">
          {t('net.waiting')}
        </p>
      )}
    </section>
  );
}
