import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfig } from '../../src/store/config';
import { useLessonT } from '../../src/ui/i18n';
import { NetworkDiagram, networkMessages, type NetworkDiagramProps } from '../../src/ui/network';

afterEach(() => useConfig.getState().reset());

type Props = Omit<NetworkDiagramProps, 'strings' | 'reducedMotion'> & { reducedMotion?: boolean };

function Diagram(props: Props) {
  const strings = useLessonT(networkMessages);
  return <NetworkDiagram reducedMotion={false} {...props} strings={strings} />;
}

const article = {
  layerSizes: [2, 1],
  nodeLabels: [['price', 'weight'], ['output']],
  params: new Float64Array([0.5, 0.5, 0]),
  input: new Float64Array([0.55, 0.48]),
  preActivations: [new Float64Array([0.515])],
  activations: [new Float64Array([0.55, 0.48]), new Float64Array([0.515])],
};

describe('NetworkDiagram', () => {
  it('gives every parameter one focusable button named with its value and gradient', () => {
    render(<Diagram {...article} gradients={new Float64Array([-0.26675, -0.2328, -0.485])} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'weight price → output: 0.500, gradient −0.267',
      'weight weight → output: 0.500, gradient −0.233',
      'bias of output: 0.000, gradient −0.485',
    ]);
    for (const button of buttons) expect(button).toHaveAttribute('tabindex', '0');
    // The weighted sum and the activation are written on the neuron.
    expect(screen.getByText('z = 0.515')).toBeInTheDocument();
    expect(screen.getAllByText('0.515').length).toBeGreaterThan(0);
  });

  it('lays the parameters out as core’s Mlp does (row-major weights, then biases)', () => {
    const params = Float64Array.from({ length: 9 }, (_, k) => (k + 1) / 10);
    render(
      <Diagram
        layerSizes={[2, 3]}
        nodeLabels={[
          ['price', 'weight'],
          ['glasses', 'ring', 'earbuds'],
        ]}
        params={params}
        input={null}
        preActivations={null}
        activations={null}
      />,
    );
    const labels = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual([
      'weight price → glasses: 0.100',
      'weight weight → glasses: 0.200',
      'weight price → ring: 0.300',
      'weight weight → ring: 0.400',
      'weight price → earbuds: 0.500',
      'weight weight → earbuds: 0.600',
      'bias of glasses: 0.700',
      'bias of ring: 0.800',
      'bias of earbuds: 0.900',
    ]);
    // Before a forward pass the neurons say so instead of showing stale numbers.
    expect(screen.getAllByText('z = ?')).toHaveLength(3);
  });

  it('shows a weight’s number on keyboard focus and selects it with Enter or a click', async () => {
    const onSelect = vi.fn();
    const params = new Float64Array([0.25, -0.75, 0.1]);
    render(<Diagram {...article} params={params} onSelect={onSelect} />);
    const svg = screen.getByRole('group', { name: /Network drawing/ });
    expect(within(svg).queryByText('−0.750')).toBeNull();
    await userEvent.tab();
    await userEvent.tab();
    const second = screen.getByRole('button', { name: 'weight weight → output: −0.750' });
    expect(second).toHaveFocus();
    expect(within(svg).getByText('−0.750')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(1);
    await userEvent.click(screen.getByRole('button', { name: /^bias of output/ }));
    expect(onSelect).toHaveBeenLastCalledWith(2);
  });

  it('marks a negative weight by dash style as well as colour', () => {
    const { container } = render(
      <Diagram {...article} params={new Float64Array([0.25, -0.75, 0.1])} reducedMotion />,
    );
    const edges = container.querySelectorAll('.network-edge');
    expect(edges).toHaveLength(2);
    expect(edges[0]?.getAttribute('stroke-dasharray')).toBeNull();
    expect(edges[1]?.getAttribute('stroke-dasharray')).toBe('7 5');
    expect(edges[0]?.getAttribute('stroke')).not.toBe(edges[1]?.getAttribute('stroke'));
    // Thickness follows |w|: 0.75 is drawn thicker than 0.25.
    const width = (k: number) => Number(edges[k]?.getAttribute('stroke-width'));
    expect(width(1)).toBeGreaterThan(width(0));
  });

  it('names the parameters in Arabic when the page is in Arabic', () => {
    useConfig.getState().setAppField('lang', 'ar');
    render(<Diagram {...article} nodeLabels={[['السعر', 'وزن الجهاز'], ['المخرج']]} />);
    expect(screen.getAllByRole('button')[0]).toHaveAttribute(
      'aria-label',
      'الوزن السعر ← المخرج: 0.500',
    );
  });

  it('lets values flow along the edges after a forward pass, unless motion is reduced', () => {
    const { container, rerender } = render(<Diagram {...article} flowKey="pass-1" />);
    // One travelling dot per weight and per bias.
    expect(container.querySelectorAll('.network-pulse')).toHaveLength(3);
    rerender(<Diagram {...article} flowKey="pass-1" reducedMotion />);
    expect(container.querySelectorAll('.network-pulse')).toHaveLength(0);
    // With reduced motion the values are simply there.
    expect(screen.getByText('z = 0.515')).toBeInTheDocument();
  });
});
