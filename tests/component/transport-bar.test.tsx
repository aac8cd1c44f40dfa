/**
 * The transport bar's icons are inline SVG, not emoji or symbol characters (which a browser
 * without an emoji font draws as empty boxes), and the buttons keep their accessible names.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TransportBar, type TransportBarProps } from '../../src/ui/TransportBar';
import { translate } from '../../src/ui/i18n';
import { en } from '../../src/ui/messages/en';

/** The blocks that need an emoji or symbol font, and the emoji variation selector. */
const NEEDS_EMOJI_FONT = /[\u2300-\u23FF\u2600-\u27BF\u{1F000}-\u{10FFFF}]|\uFE0F/u;

const labels: TransportBarProps['labels'] = {
  region: translate(en, 'transport.label'),
  play: translate(en, 'transport.play'),
  pause: translate(en, 'transport.pause'),
  step: translate(en, 'transport.step'),
  reset: translate(en, 'transport.reset'),
  speed: translate(en, 'transport.speed'),
  epoch: translate(en, 'transport.epoch'),
  loss: translate(en, 'transport.loss'),
  status: translate(en, 'transport.status'),
  speedName: (n) => (Number.isFinite(n) ? `${n} epochs/s` : 'as fast as possible'),
};

function renderBar(playing: boolean) {
  const handlers = {
    onPlay: vi.fn(),
    onPause: vi.fn(),
    onStep: vi.fn(),
    onReset: vi.fn(),
    onSpeed: vi.fn(),
  };
  render(
    <TransportBar
      labels={labels}
      playing={playing}
      canPlay
      speed={10}
      epoch="0"
      loss="0.4635"
      status="Ready"
      {...handlers}
    />,
  );
  return handlers;
}

/** The button's one icon, checked to be decoration drawn in the text's colour. */
function iconOf(button: HTMLElement): SVGSVGElement {
  const icons = button.querySelectorAll('svg');
  expect(icons).toHaveLength(1);
  const icon = icons[0] as SVGSVGElement;
  expect(icon).toHaveAttribute('aria-hidden', 'true');
  expect(icon).toHaveAttribute('focusable', 'false');
  expect(icon).toHaveAttribute('fill', 'currentColor');
  expect(icon).toHaveAttribute('width', '1em');
  expect(icon).toHaveAttribute('height', '1em');
  return icon;
}

describe('the transport bar', () => {
  it('draws Play, Step and Reset with SVG icons and keeps their names', async () => {
    const handlers = renderBar(false);
    const expected = [
      ['Play', 'play'],
      ['Step', 'step'],
      ['Reset', 'reset'],
    ] as const;
    for (const [name, icon] of expected) {
      const button = screen.getByRole('button', { name });
      expect(iconOf(button)).toHaveAttribute('data-icon', icon);
      expect(button.textContent?.trim()).toBe(name);
      expect(button.textContent).not.toMatch(NEEDS_EMOJI_FONT);
    }
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(handlers.onStep).toHaveBeenCalledOnce();
  });

  it('draws Pause with an SVG icon while playing and keeps its name', () => {
    renderBar(true);
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(iconOf(pause)).toHaveAttribute('data-icon', 'pause');
    expect(pause.textContent?.trim()).toBe('Pause');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('shows no character that needs an emoji font anywhere in the bar', () => {
    renderBar(false);
    const bar = screen.getByRole('group', { name: 'Training controls' });
    expect(bar.textContent).not.toMatch(NEEDS_EMOJI_FONT);
  });
});
