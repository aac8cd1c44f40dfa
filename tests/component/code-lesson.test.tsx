/**
 * The code lesson against the real engine: "Run the article's program" shows exactly the
 * numpy reference output for the chosen settings, the comparison uses the engine's real
 * numbers, and the marked code lines follow the main run's stages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import CodeLesson from '../../src/lessons/code/CodeLesson';
import { useRuns } from '../../src/store/runs';
import { installEngine, type Harness } from './harness';

// jsdom's import.meta.url is not a file URL: vitest runs from the project root.
const FIXTURES = join(process.cwd(), 'tests/fixtures/article/');
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}.out`, 'utf8');

let harness: Harness;
beforeEach(() => {
  harness = installEngine();
});

/** The emoji each verdict icon stands for in the program's printed line. */
const PRINTED_AS: Readonly<Record<string, string>> = { check: '✅', cross: '❌' };

/**
 * What an element says as the program printed it: the screen draws the verdict emoji as SVG
 * icons (no emoji font needed), so each icon is read back as its emoji before comparing.
 */
function asPrinted(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const icon of copy.querySelectorAll('svg[data-icon]')) {
    icon.replaceWith(PRINTED_AS[icon.getAttribute('data-icon') ?? ''] ?? '?');
  }
  return copy.textContent ?? '';
}

const output = () => asPrinted(screen.getByTestId('program-output'));
const runButton = () => screen.getByRole('button', { name: 'Run the article’s program' });

describe("Run the article's program", () => {
  it('prints the reference output for the article’s settings, at once and on Run', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    await waitFor(() => expect(output()).toBe(fixture('default')));
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('default')));
    const requests = harness.sent.filter(
      (c) => c.type === 'request' && c.kind === 'article-program',
    );
    expect(requests).toHaveLength(2);
    expect(
      screen.getByText(/--lr 0\.1 --epochs 100 --activation clip --print-every 25/),
    ).toBeVisible();
  });

  it('prints the lr-0.9 reference after the learning rate is changed to 0.9', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '0.9');
    expect(screen.getByText(/settings have changed/)).toBeInTheDocument();
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('lr-0.9-clip')));
    expect(output()).not.toBe(fixture('default'));
  });

  it('prints the contradicting-fifth reference with an added example, and the linear variant', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    await user.click(screen.getByRole('button', { name: 'Add an example' }));
    const example = within(screen.getByRole('group', { name: 'Example 1' }));
    expect(example.getByRole('textbox', { name: 'Price x1' })).toHaveValue('0.5');
    expect(example.getByRole('combobox', { name: 'Label' })).toHaveValue('0');
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('contradicting-fifth')));

    await user.click(example.getByRole('button', { name: 'Remove example 1' }));
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '0.9');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activation' }), 'linear');
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('lr-0.9-linear')));
  });

  it('refuses a bad learning rate before asking the engine', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '0');
    expect(screen.getByRole('alert')).toHaveTextContent(/above 0/);
    expect(runButton()).toBeDisabled();
    expect(useRuns.getState().error).toBeNull();
  });

  it('compares the article’s listing with the engine’s real numbers', async () => {
    render(<CodeLesson />);
    expect(await screen.findByTestId('compare-epoch0-loss')).toHaveTextContent('0.4635');
    expect(screen.getByTestId('compare-last-line')).toHaveTextContent('epoch 75, loss 0.0268');
    expect(screen.getByText(/prints epochs 0, 25, 50, 75\./)).toBeInTheDocument();
    const note = screen.getByText(/does match the article:/);
    expect(asPrinted(note)).toContain('does match the article: 0.98 → Glasses ✅.');
    expect(note.textContent).not.toContain('✅');
  });

  it('draws the verdict as an icon, not an emoji, and keeps the rest as printed', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    const printout = await screen.findByTestId('program-output');
    expect(printout.textContent).toBe(fixture('default').replace(' ✅', ' '));
    const check = printout.querySelector('svg[data-icon="check"]');
    expect(check).toHaveAttribute('aria-hidden', 'true');
    expect(check).toHaveAttribute('focusable', 'false');

    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, '1.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activation' }), 'linear');
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('lr-1.5-linear')));
    // The printout is drawn afresh for the new answer.
    const next = screen.getByTestId('program-output');
    expect(next.textContent).toContain('Prediction: -1.82 → Ring \n');
    expect(next.querySelector('svg[data-icon="cross"]')).toBeInTheDocument();
    expect(next.querySelector('svg[data-icon="check"]')).toBeNull();
    // The comparison keeps the article's own settings, whatever ran since.
    const table = screen.getByRole('table');
    expect(table.textContent).not.toMatch(/[✅❌]/u);
    expect(table.querySelectorAll('svg[data-icon="check"]')).toHaveLength(2);
  });
});

/** numpy's per-epoch [loss, w1, w2, b] for a reference variant. */
const numpyEpochs = (name: string): number[][] =>
  (JSON.parse(readFileSync(`${FIXTURES}${name}.epochs.json`, 'utf8')) as { epochs: number[][] })
    .epochs;

describe('the big-rate experiment (“watch it bounce”)', () => {
  const setRate = async (user: ReturnType<typeof userEvent.setup>, value: string) => {
    const rate = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(rate);
    await user.type(rate, value);
  };

  it('says nothing about bouncing at the article’s own rate', async () => {
    render(<CodeLesson />);
    await waitFor(() => expect(output()).toBe(fixture('default')));
    expect(screen.queryByTestId('bounce-note')).toBeNull();
  });

  it('at 0.9 says the clipped neuron settled and why, and runs it without the clip in one click', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    await setRate(user, '0.9');
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('lr-0.9-clip')));
    const note = within(screen.getByTestId('bounce-note'));
    expect(screen.getByTestId('bounce-outcome')).toHaveAttribute('data-outcome', 'settled');
    expect(screen.getByTestId('bounce-outcome')).toHaveTextContent(
      'It did not bounce: the loss fell to 0.0000 by epoch 25 and stayed there.',
    );
    expect(screen.getByTestId('bounce-reason')).toHaveTextContent(/clips its output to 0…1/);

    await user.click(note.getByRole('button', { name: 'Run it without the clip' }));
    // The form now says what ran: the linear neuron, printed every epoch; nothing is stale.
    expect(screen.getByRole('combobox', { name: 'Activation' })).toHaveValue('linear');
    expect(screen.getByRole('textbox', { name: 'Print every … epochs' })).toHaveValue('1');
    expect(screen.queryByText(/settings have changed/)).toBeNull();
    expect(
      screen.getByText(/--lr 0\.9 --epochs 100 --activation linear --print-every 1$/),
    ).toBeVisible();

    // Every epoch's loss is numpy's: the first step overshoots and the loss goes up.
    const reference = numpyEpochs('lr-0.9-linear');
    await screen.findByTestId('program-output');
    const printedLosses = output()
      .split('\n')
      .filter((line) => line.startsWith('Epoch'))
      .map((line) => /Loss=(\S+)/.exec(line)![1]);
    expect(printedLosses).toEqual(reference.map((epoch) => epoch[0]!.toFixed(4)));
    expect(Number(printedLosses[1])).toBeGreaterThan(Number(printedLosses[0]));
    expect(screen.getByTestId('bounce-outcome')).toHaveAttribute('data-outcome', 'bounced');
    expect(screen.getByTestId('bounce-outcome')).toHaveTextContent(
      `It bounced: the loss went up from ${printedLosses[0]} at epoch 0 to ${printedLosses[1]} at epoch 1, then came back down to ${printedLosses[99]} by epoch 99.`,
    );
    expect(screen.getByTestId('bounce-reason')).toHaveTextContent(/nothing absorbs the overshoot/);
    expect(
      screen.getByRole('button', { name: 'Run it with the clip (the article’s neuron)' }),
    ).toBeVisible();
  });

  it('says the unclipped neuron’s loss grew at 1.5, with the printed numbers', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    await setRate(user, '1.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activation' }), 'linear');
    await user.click(runButton());
    await waitFor(() => expect(output()).toBe(fixture('lr-1.5-linear')));
    expect(screen.getByTestId('bounce-outcome')).toHaveTextContent(
      'It bounced and grew: the loss went from 0.8584 at epoch 0 to 18.8696 at epoch 75.',
    );
  });
});

describe('the loop in code', () => {
  const activeLines = (language: 'typescript' | 'python') =>
    Array.from(
      document.querySelectorAll(
        `pre[data-language="${language}"] .code-line[data-active="true"] .code-text`,
      ),
    ).map((line) => line.textContent);

  it('marks the lines of the stage the engine just ran, and shows the engine’s variables', async () => {
    const user = userEvent.setup();
    render(<CodeLesson />);
    expect(activeLines('typescript')).toEqual([]);
    const nextStage = screen.getByRole('button', { name: 'Next stage' });

    await user.click(nextStage);
    expect(activeLines('typescript')).toEqual([
      '    const p = clip(w[0] * x[0] + w[1] * x[1] + b, 0, 1);',
    ]);
    expect(activeLines('python')[0]).toContain('p = min(max(');
    expect(screen.getByTestId('code-var-p')).toHaveTextContent('0.515000');

    await user.click(nextStage);
    expect(activeLines('typescript')[0]).toContain('const loss = (y - p) ** 2;');
    expect(screen.getByTestId('code-var-loss')).toHaveTextContent('0.235225');

    await user.click(nextStage);
    expect(activeLines('typescript')[0]).toContain('const dLoss_dP = p - y;');
    const detail = useRuns.getState().steps.main!;
    // The article's rule: gradient (p − y)·x, here (0.515 − 1)·0.55.
    expect(detail.grads[0]).toBeCloseTo((0.515 - 1) * 0.55, 12);

    await user.click(nextStage);
    expect(activeLines('typescript')).toEqual([
      '    w = [w[0] - lr * gradW[0], w[1] - lr * gradW[1]];',
      '    b = b - lr * gradB;',
    ]);
    expect(screen.getByTestId('code-caption')).toHaveTextContent(
      'The engine just ran the update lines for sample 1 of epoch 0.',
    );
  });
});
