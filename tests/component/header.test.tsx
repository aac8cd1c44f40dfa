/**
 * The header's tools fold behind a Settings button on a phone (CSS hides the button on wider
 * screens and the folded tools on a phone); the button says and controls whether they show.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Header } from '../../src/app/Header';
import { resetStores } from './harness';

vi.mock('../../src/app/engine-bridge', async () => (await import('./harness')).stubEngineBridge());

beforeEach(() => resetStores());

describe('the header on a phone', () => {
  it('opens and folds its tools with the Settings button', async () => {
    const user = userEvent.setup();
    render(<Header />);
    const button = screen.getByRole('button', { name: 'Settings' });
    const tools = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(tools).toContainElement(screen.getByRole('combobox', { name: 'Theme' }));
    expect(tools).toContainElement(screen.getByRole('button', { name: 'Copy link' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(tools).not.toHaveClass('open');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(tools).toHaveClass('open');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(tools).not.toHaveClass('open');
  });
});
