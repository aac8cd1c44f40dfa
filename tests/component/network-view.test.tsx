/**
 * The lab's network view drawn from a made-up 'neuron-maps' answer: one node per input feature,
 * hidden neuron and output, each a named button; the focused node's real numbers (bias, incoming
 * weights, range) read out; arrow keys moving between nodes; and the input toggles. And the whole
 * lesson, against the real engine, asking for the maps once the view has mounted.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerOf } from '../../src/engine/protocol';
import { NetworkDiagram } from '../../src/lessons/overfitting/NetworkView';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import { formatNumber } from '../../src/ui/format';
import { installEngine } from './harness';

const RESOLUTION = 4;
const LAYERS = [2, 3, 2, 1];
/** 3 × 2 weights + 3 biases, 2 × 3 + 2, 1 × 2 + 1: twenty distinct numbers. */
const PARAMS = Float64Array.from(
  { length: 20 },
  (_, k) => (k % 2 === 0 ? 1 : -1) * (k + 1) * 0.125,
);

function answer(): AnswerOf<'neuron-maps'> {
  const neurons = LAYERS.reduce((a, b) => a + b, 0);
  const cells = RESOLUTION * RESOLUTION;
  const maps = Float32Array.from({ length: neurons * cells }, (_, k) =>
    Math.sin(k * 0.37 + Math.floor(k / cells)),
  );
  const extents = new Float32Array(neurons * 2);
  for (let n = 0; n < neurons; n++) {
    const map = maps.subarray(n * cells, (n + 1) * cells);
    extents[2 * n] = Math.min(...map);
    extents[2 * n + 1] = Math.max(...map);
  }
  return {
    runId: 'fit',
    epoch: 12,
    resolution: RESOLUTION,
    ranges: [
      [-2, 2],
      [-3, 3],
    ],
    layerSizes: LAYERS,
    features: ['x1', 'x2'],
    maps,
    extents,
    params: PARAMS,
  };
}

const digits = (value: number) => formatNumber(value, 3);

beforeEach(() => {
  // jsdom has no canvas: the maps are checked through the numbers the view gives in words.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('network view', () => {
  it('has one named node per input feature, hidden neuron and output', () => {
    render(
      <NetworkDiagram
        answer={answer()}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={null}
      />,
    );
    const group = screen.getByRole('group', { name: 'The lab’s network, node by node' });
    const nodes = within(group).getAllByRole('button');
    expect(nodes).toHaveLength(7 + 3 + 2 + 1);
    expect(within(group).getAllByRole('button', { name: /^Input / })).toHaveLength(7);
    expect(
      within(group).getAllByRole('button', { name: /^Hidden layer 1, neuron \d$/ }),
    ).toHaveLength(3);
    expect(
      within(group).getAllByRole('button', { name: /^Hidden layer 2, neuron \d$/ }),
    ).toHaveLength(2);
    expect(within(group).getByRole('button', { name: 'Output' })).toBeVisible();
    // The run uses x1 and x2; the other five features are shown, dimmed, as not fed.
    expect(within(group).getByRole('button', { name: 'Input x₁' })).not.toHaveClass('nv-unused');
    expect(
      within(group).getByRole('button', { name: 'Input x₁², not fed to the network' }),
    ).toHaveClass('nv-unused');
    expect(within(group).getAllByRole('button', { name: /not fed/ })).toHaveLength(5);
    // One tab stop: the output, shown large by default.
    expect(nodes.filter((node) => node.tabIndex === 0)).toEqual([
      within(group).getByRole('button', { name: 'Output' }),
    ]);
    expect(screen.getByTestId('nv-detail')).toHaveTextContent('Maps after epoch 11.');
  });

  it('reads out the focused neuron’s bias, weights and range from the answer', () => {
    const maps = answer();
    render(
      <NetworkDiagram
        answer={maps}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={null}
      />,
    );
    const neuron = screen.getByRole('button', { name: 'Hidden layer 2, neuron 1' });
    act(() => neuron.focus());
    // Layer 2 starts after layer 1's 6 weights and 3 biases: weights 9…11, then biases 15, 16.
    const weights = [PARAMS[9], PARAMS[10], PARAMS[11]] as number[];
    const bias = PARAMS[15] as number;
    // Its map is the 6th (2 inputs + 3 hidden before it).
    const [min, max] = [maps.extents[10] as number, maps.extents[11] as number];
    const readout = screen.getByTestId('nv-readout');
    expect(readout).toHaveAttribute('aria-live', 'polite');
    expect(readout).toHaveTextContent(
      `Hidden layer 2, neuron 1: bias ${digits(bias)}; weights in ${digits(weights[0] as number)} (neuron 1), ${digits(weights[1] as number)} (neuron 2), ${digits(weights[2] as number)} (neuron 3); values from ${digits(min)} to ${digits(max)}.`,
    );
    const detail = screen.getByTestId('nv-detail');
    expect(within(detail).getByRole('heading')).toHaveTextContent('Hidden layer 2, neuron 1');
    expect(screen.getByTestId('nv-bias')).toHaveTextContent(digits(bias));
    expect(screen.getByTestId('nv-weights').querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('nv-range')).toHaveTextContent(
      `Values from ${digits(min)} to ${digits(max)}`,
    );

    // The first hidden layer's weights come from the inputs, named by their formulas.
    act(() => screen.getByRole('button', { name: 'Hidden layer 1, neuron 2' }).focus());
    expect(readout).toHaveTextContent(
      `bias ${digits(PARAMS[7] as number)}; weights in ${digits(PARAMS[2] as number)} (x₁), ${digits(PARAMS[3] as number)} (x₂)`,
    );
  });

  it('shows large the node last pointed at or focused', () => {
    render(
      <NetworkDiagram
        answer={answer()}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={null}
      />,
    );
    const heading = () => within(screen.getByTestId('nv-detail')).getByRole('heading');
    expect(heading()).toHaveTextContent('Output');
    fireEvent.mouseEnter(screen.getByRole('button', { name: 'Input x₂' }));
    expect(heading()).toHaveTextContent('Input x₂');
    expect(screen.getByTestId('nv-detail')).toHaveTextContent('no weights coming in');
    act(() => screen.getByRole('button', { name: 'Hidden layer 1, neuron 3' }).focus());
    expect(heading()).toHaveTextContent('Hidden layer 1, neuron 3');
    fireEvent.mouseEnter(screen.getByRole('button', { name: 'Hidden layer 2, neuron 2' }));
    expect(heading()).toHaveTextContent('Hidden layer 2, neuron 2');
    // Leaving the diagram shows the focused node again.
    fireEvent.mouseLeave(screen.getByRole('group', { name: 'The lab’s network, node by node' }));
    expect(heading()).toHaveTextContent('Hidden layer 1, neuron 3');
  });

  it('moves between nodes with the arrow keys, keeping one tab stop', () => {
    render(
      <NetworkDiagram
        answer={answer()}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={null}
      />,
    );
    const first = screen.getByRole('button', { name: 'Hidden layer 1, neuron 1' });
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Hidden layer 1, neuron 2' }),
    );
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAccessibleName(/^Hidden layer 2, neuron/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Output' }));
    // At the edge the focus stays.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Output' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toHaveAccessibleName(/^Input /);
    const stops = screen.getAllByRole('button').filter((node) => node.tabIndex === 0);
    expect(stops).toEqual([document.activeElement]);
  });

  it('toggles inputs, keeping at least one on', () => {
    const onChoose = vi.fn();
    const { rerender } = render(
      <NetworkDiagram
        answer={answer()}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={['x1', 'x2']}
        onChoose={onChoose}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use x₁² as an input' }));
    expect(onChoose).toHaveBeenLastCalledWith(['x1', 'x2', 'x1^2']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use x₁ as an input' }));
    expect(onChoose).toHaveBeenLastCalledWith(['x2']);
    rerender(
      <NetworkDiagram
        answer={answer()}
        classNames={['outside', 'inside']}
        reading={{ kind: 'binary', signed: false }}
        chosen={['x2']}
        onChoose={onChoose}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Use x₂ as an input' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Use x₁ as an input' })).not.toBeChecked();
    expect(screen.getByText(/At least one input stays on/)).toBeVisible();
  });

  it('names the outputs of several classes by their class', () => {
    const maps = { ...answer(), layerSizes: [2, 3, 1, 2] };
    // Same number of maps and params as [2, 3, 2, 1] would not fit: build a consistent one.
    const cells = RESOLUTION * RESOLUTION;
    const neurons = 8;
    render(
      <NetworkDiagram
        answer={{
          ...maps,
          maps: new Float32Array(neurons * cells),
          extents: new Float32Array(neurons * 2),
          params: new Float64Array(9 + 4 + 4),
        }}
        classNames={['glasses', 'ring']}
        reading={{ kind: 'softmax' }}
        chosen={null}
      />,
    );
    expect(screen.getByRole('button', { name: 'Output 1: glasses' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Output 2: ring' })).toBeVisible();
  });
});

describe('network view in the lesson', () => {
  beforeEach(() => {
    installEngine({
      speed: Infinity,
      reset: () => {
        useFit.getState().reset();
        useFit.getState().setSpeed(Infinity);
      },
    });
  });

  it('mounts after the first idle moment and shows the lab’s network from the engine', async () => {
    render(<OverfittingLesson />);
    const view = screen.getByRole('region', { name: 'Inside the network' });
    expect(view).toHaveAttribute('data-presenter', 'secondary');
    // The overfit preset: two hidden layers of 24 and one output.
    await waitFor(() =>
      expect(within(view).getAllByRole('button', { name: /^Hidden layer 2, neuron/ })).toHaveLength(
        24,
      ),
    );
    expect(within(view).getAllByRole('button', { name: /^Hidden layer 1, neuron/ })).toHaveLength(
      24,
    );
    expect(within(view).getByRole('button', { name: 'Output' })).toBeVisible();
  });

  it('feeds the network a feature ticked in the view', async () => {
    render(<OverfittingLesson />);
    const view = screen.getByRole('region', { name: 'Inside the network' });
    const square = await within(view).findByRole('checkbox', { name: 'Use x₁² as an input' });
    expect(square).not.toBeChecked();
    expect(within(view).getByRole('checkbox', { name: 'Use x₁ as an input' })).toBeChecked();
    fireEvent.click(square);
    expect(useFit.getState().config.inputs).toEqual(['x1', 'x2', 'x1^2']);
    // The engine rebuilds the run on three inputs and the next maps say so.
    expect(await within(view).findByRole('button', { name: 'Input x₁²' })).not.toHaveClass(
      'nv-unused',
    );
    fireEvent.click(within(view).getByRole('checkbox', { name: 'Use x₁ as an input' }));
    fireEvent.click(within(view).getByRole('checkbox', { name: 'Use x₂ as an input' }));
    expect(useFit.getState().config.inputs).toEqual(['x1^2']);
    expect(within(view).getByRole('checkbox', { name: 'Use x₁² as an input' })).toBeDisabled();
  });
});
