/** The scale lesson: the arithmetic shown for the defaults, and answers that follow the fields. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScaleLesson from '../../src/lessons/scale/ScaleLesson';
import { useConfig } from '../../src/store/config';

beforeEach(() => useConfig.getState().reset());

describe('scale calculator', () => {
  it('puts GPT-3 on one RTX 4090 at about 355 years and shows the sums', () => {
    render(<ScaleLesson />);
    const gpt = within(screen.getByRole('region', { name: 'GPT-3' }));
    expect(gpt.getByTestId('gpt-time')).toHaveTextContent('≈ 355 years');
    const sums = gpt.getByText('Compute = 6 × parameters × tokens').nextElementSibling;
    expect(sums).toHaveTextContent('1.75 × 10^11');
    expect(sums).toHaveTextContent('3.00 × 10^11');
    expect(sums).toHaveTextContent('3.15 × 10^23');
    // Powers of ten are drawn with superscripts and spelled out for screen readers (10^13).
    expect(screen.getByText('Sustained throughput:')).toHaveTextContent(
      /82\.6 × 1012 × 34 % × 1 = .*2\.81 × 10\^13 FLOP\/s/,
    );
  });

  it("puts the article's toy run on the same scale: 7,200 FLOP in a fraction of a nanosecond", () => {
    render(<ScaleLesson />);
    const toy = within(screen.getByRole('region', { name: 'The article’s program' }));
    expect(toy.getByText(/4 samples × 100 epochs = 400 samples seen/)).toBeVisible();
    expect(toy.getByText('Compute = 6 × parameters × tokens').nextElementSibling).toHaveTextContent(
      '6 × 3 × 400 = 7,200 FLOP',
    );
    expect(toy.getByTestId('toy-time')).toHaveTextContent(/≈ 0\.26 nanoseconds/);
    expect(screen.getByTestId('orders')).toHaveTextContent('19.6 orders of magnitude');
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('halves the time when utilisation doubles, and rejects a utilisation that is not above 0', async () => {
    const user = userEvent.setup();
    render(<ScaleLesson />);
    const utilisation = screen.getByLabelText('Utilisation (% of peak)');
    await user.clear(utilisation);
    await user.type(utilisation, '68');
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('≈ 178 years');
    await user.clear(utilisation);
    await user.type(utilisation, '-5');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number above 0 and at most 100.');
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('≈ 178 years');
    await user.click(screen.getByRole('button', { name: 'Back to the assumptions above' }));
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('≈ 355 years');
  });

  it('shows days once enough GPUs share the work', async () => {
    const user = userEvent.setup();
    render(<ScaleLesson />);
    const gpus = screen.getByLabelText('GPUs (assumed to scale perfectly)');
    await user.clear(gpus);
    await user.type(gpus, '10000');
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('≈ 13.0 days');
  });

  it('refuses a vanishing 1e-320 TFLOP/s and reads an overflowing time in words, not a crash', async () => {
    const user = userEvent.setup();
    render(<ScaleLesson />);
    const peak = screen.getByLabelText('Peak throughput (TFLOP/s)');
    await user.clear(peak);
    await user.paste('1e-320');
    expect(peak).toHaveAttribute('aria-invalid', 'true');
    expect(peak).toHaveAccessibleDescription(/too close to 0 to compute with/);
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('≈ 355 years');
    // 1e-300 is a normal number, but 3.15e23 FLOP ÷ 3.4e-289 FLOP/s overflows a double.
    await user.clear(peak);
    await user.paste('1e-300');
    expect(peak).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('more than 10³⁰⁰ years');
    expect(screen.getByTestId('toy-time')).toHaveTextContent(/^≈ .*6\.71 × 10\^284 years$/);
    act(() => void useConfig.getState().setAppField('lang', 'ar'));
    expect(screen.getByTestId('gpt-time')).toHaveTextContent('أكثر من 10³⁰⁰ سنة');
  });

  it('says "not a finite time" when the throughput itself underflows to 0', async () => {
    const user = userEvent.setup();
    render(<ScaleLesson />);
    for (const [label, text] of [
      ['Peak throughput (TFLOP/s)', '1e-300'],
      ['Utilisation (% of peak)', '1e-300'],
    ] as const) {
      await user.clear(screen.getByLabelText(label));
      await user.paste(text);
    }
    expect(screen.getByTestId('gpt-time')).toHaveTextContent(/^not a finite time/);
    expect(screen.getByTestId('toy-time')).toHaveTextContent(/^not a finite time/);
  });
});
