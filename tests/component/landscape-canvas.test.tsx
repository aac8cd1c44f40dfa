import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConfig } from '../../src/store/config';
import { LandscapeCanvas } from '../../src/ui/landscape/LandscapeCanvas';

/** x² + y² on a 5 × 5 grid over [-1, 1]²: nodes at -1, -0.5, 0, 0.5, 1. */
function bowl(): Float64Array {
  const grid = new Float64Array(25);
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 5; column++) {
      const x = -1 + column / 2;
      const y = -1 + row / 2;
      grid[row * 5 + column] = x * x + y * y + 0.125;
    }
  }
  return grid;
}

const RANGES = [
  [-1, 1],
  [-1, 1],
] as const;

beforeEach(() => {
  useConfig.getState().reset();
  // jsdom has no 2-D canvas: the component must still render its text parts.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('LandscapeCanvas', () => {
  it('describes the grid, its minimum and each path in words', () => {
    render(
      <LandscapeCanvas
        grid={bowl()}
        resolution={5}
        ranges={RANGES}
        axisLabels={['w1', 'w2']}
        title="Loss over w1 and w2"
        paths={[
          {
            id: 'a',
            label: 'run A',
            color: '#ffffff',
            points: Float64Array.from([-1, -1, -0.5, -0.25, 0.1, 0.2]),
          },
        ]}
      />,
    );
    const canvas = screen.getByRole('application', { name: 'Loss over w1 and w2' });
    expect(canvas).toHaveAttribute('tabindex', '0');
    expect(canvas).toHaveAccessibleDescription(
      expect.stringContaining('Lowest loss on the grid: 0.1250 at w1 0.00, w2 0.00.'),
    );
    expect(canvas).toHaveAccessibleDescription(
      expect.stringContaining(
        'run A: starts at w1 -1.00, w2 -1.00; now at w1 0.10, w2 0.20 after 2 steps.',
      ),
    );
    expect(screen.getByRole('group', { name: 'Legend' })).toHaveTextContent('run A');
  });

  it('moves a cross-hair with the arrow keys, reads the value out and picks with Enter', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(
      <LandscapeCanvas
        grid={bowl()}
        resolution={5}
        ranges={RANGES}
        axisLabels={['x', 'y']}
        title="Surface"
        onPick={onPick}
      />,
    );
    const canvas = screen.getByRole('application', { name: 'Surface' });
    const readout = screen.getByTestId('landscape-readout');
    expect(readout).toHaveAttribute('aria-live', 'polite');
    canvas.focus();
    await user.keyboard('{ArrowRight}');
    expect(readout).toHaveTextContent('x 0.50, y 0.00: loss 0.3750');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(readout).toHaveTextContent('x 0.50, y 1.00: loss 1.3750');
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(0.5, 1);
    await user.keyboard('{Home}');
    expect(readout).toHaveTextContent('x 0.00, y 0.00: loss 0.1250');
  });

  it('shows the values as a table behind a disclosure', async () => {
    const user = userEvent.setup();
    render(
      <LandscapeCanvas
        grid={bowl()}
        resolution={5}
        ranges={RANGES}
        axisLabels={['x', 'y']}
        title="Surface"
      />,
    );
    await user.click(screen.getByText('Show the values as a table'));
    const table = screen.getByRole('table');
    // 5 columns of values plus the row headers; the top row is the largest y.
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows[0]?.querySelector('th')).toHaveTextContent('1.00');
    expect(rows[2]?.querySelectorAll('td')[2]).toHaveTextContent('0.1250');
  });
});
