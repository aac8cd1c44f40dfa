import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phrases } from '../../src/core/phrases';
import { EmbeddingsEngine } from '../../src/engine/embeddings/engine';
import type { EmbeddingsCommand } from '../../src/engine/embeddings/protocol';
import EmbeddingsLesson from '../../src/lessons/embeddings/EmbeddingsLesson';
import { useConfig } from '../../src/store/config';
import { useEmbeddings } from '../../src/store/embeddings';
import { ManualClock } from '../manual-clock';

let clock: ManualClock;
let sent: EmbeddingsCommand[];

beforeEach(() => {
  useEmbeddings.getState().reset();
  useConfig.getState().reset();
  clock = new ManualClock();
  sent = [];
  // The real engine, synchronously: its events go straight into the store.
  const engine = new EmbeddingsEngine(
    (event) => useEmbeddings.getState().applyEvents([event]),
    clock,
  );
  useEmbeddings.getState().install((command) => {
    sent.push(command);
    engine.handle(command);
  });
  // Faster than the page's pace, so a whole training run takes few renders.
  const config = { ...useEmbeddings.getState().config, epochsPerSecond: 50 };
  useEmbeddings.setState({ config });
  useEmbeddings.getState().send({ type: 'configure', config });
});

afterEach(() => {
  useEmbeddings.getState().reset();
});

/** Plays the engine's clock forward (the worker's timers, in a real page). */
function runFor(ms: number): void {
  act(() => clock.advance(ms));
}

function pointOf(text: string): { x: number; y: number } {
  const point = document.querySelector(`.emb-point[data-phrase="${text}"]`);
  if (point === null) throw new Error(`no point for ${text}`);
  return { x: Number(point.getAttribute('data-x')), y: Number(point.getAttribute('data-y')) };
}

async function trainToEnd(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Train embeddings' }));
  expect(screen.getByRole('button', { name: 'Pause embeddings' })).toBeInTheDocument();
  for (let s = 0; s < 20 && useEmbeddings.getState().playing; s++) runFor(1000);
  expect(useEmbeddings.getState().playing).toBe(false);
}

describe('embeddings lesson', { timeout: 20_000 }, () => {
  it('draws every phrase as a point with an auto-direction label, and a line per pair', () => {
    render(<EmbeddingsLesson />);
    expect(document.querySelectorAll('.emb-point')).toHaveLength(phrases.length);
    const label = screen
      .getAllByText('محتاج قهوة')
      .find((el) => el.classList.contains('emb-label'));
    expect(label).toHaveAttribute('dir', 'auto');
    const lines = document.querySelectorAll('line.emb-pair');
    expect(lines.length).toBe(useEmbeddings.getState().snapshot!.pairs.length);
    // Colour is not the only signal: pulls are solid, pushes dashed.
    const pull = document.querySelector('line.emb-pair[data-force="pull"]')!;
    const push = document.querySelector('line.emb-pair[data-force="push"]')!;
    expect(pull.getAttribute('stroke-dasharray')).toBeNull();
    expect(push.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(screen.getByRole('img', { name: /phrases as points/ })).toBeInTheDocument();
  });

  it('trains: the points move, the loss falls and the read-out says it settled', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    const before = pointOf('I need coffee');
    const lossBefore = useEmbeddings.getState().snapshot!.loss;
    await user.click(screen.getByRole('button', { name: 'Step one pair' }));
    expect(screen.getByTestId('emb-step-distance')).toBeInTheDocument();
    await trainToEnd(user);
    // The step's numbers and arrows belong to the points before training: they are gone.
    expect(screen.queryByTestId('emb-step-distance')).toBeNull();
    expect(document.querySelector('.emb-forces')).toBeNull();
    const after = pointOf('I need coffee');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.05);
    expect(useEmbeddings.getState().snapshot!.loss).toBeLessThan(lossBefore / 100);
    expect(screen.getByRole('status', { name: 'Embeddings status' })).toHaveTextContent(/Settled/);
    // Whatever still pushes is a hair inside the margin.
    const { pairs, margin } = useEmbeddings.getState().snapshot!;
    for (const pair of pairs.filter((p) => p.force === 'push')) {
      expect(pair.distance).toBeGreaterThan(0.99 * margin);
    }
  });

  it('finds the nearest phrases by cosine similarity, across languages, after training', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    await trainToEnd(user);
    await user.type(screen.getByLabelText('Phrase to look up'), 'I need coffee');
    await user.click(screen.getByRole('button', { name: 'Find nearest' }));
    const list = screen.getByRole('list', { name: 'Nearest phrases' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item.textContent).join('\n')).toContain('محتاج قهوة');
    // The top answers share the meaning, with a similarity read from the engine.
    expect(items[0]).toHaveAttribute('data-same-group', 'true');
    const similarity = Number(within(items[0]!).getByTestId('emb-similarity').textContent);
    expect(similarity).toBeGreaterThan(0.99);
    expect(similarity).toBeLessThanOrEqual(1);

    await user.clear(screen.getByLabelText('Phrase to look up'));
    await user.type(screen.getByLabelText('Phrase to look up'), 'قهوة');
    const arabic = within(screen.getByRole('list', { name: 'Nearest phrases' }));
    expect(
      arabic
        .getAllByRole('listitem')
        .map((item) => item.textContent)
        .join('\n'),
    ).toContain('coffee');
  });

  it('says so when the phrase is not in the set', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    await user.type(screen.getByLabelText('Phrase to look up'), 'green tea');
    await user.click(screen.getByRole('button', { name: 'Find nearest' }));
    expect(screen.getByText(/There is no phrase "green tea"/)).toBeInTheDocument();
  });

  it('steps one pair and shows its distance, its loss and the pull or push, with arrows', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    await user.click(screen.getByRole('button', { name: 'Step one pair' }));
    const step = useEmbeddings.getState().step!;
    expect(screen.getByText(/Pair 1 of \d+ in epoch 0/)).toBeInTheDocument();
    expect(screen.getByTestId('emb-step-distance')).toHaveTextContent(step.distance.toFixed(4));
    expect(screen.getByTestId('emb-step-loss')).toHaveTextContent(step.loss.toFixed(4));
    const kind = step.force === 'pull' ? /^Pull:/ : step.force === 'push' ? /^Push:/ : /^Rest:/;
    expect(screen.getByText(kind)).toBeInTheDocument();
    if (step.force !== 'rest')
      expect(document.querySelectorAll('.emb-forces line')).toHaveLength(2);
    expect(
      screen.getByRole('status', { name: 'Embeddings loss (mean over pairs)' }),
    ).toHaveTextContent(useEmbeddings.getState().snapshot!.loss.toFixed(4));
  });

  it('validates the margin and learning rate before sending them', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    const margin = screen.getByLabelText('Margin');
    await user.clear(margin);
    await user.type(margin, '9');
    expect(screen.getByRole('alert')).toHaveTextContent('from 0.1 to 3');
    expect(margin).toHaveAttribute('aria-invalid', 'true');
    expect(
      sent
        .filter((c) => c.type === 'configure')
        .map((c) => c.type === 'configure' && c.config.margin),
    ).toEqual([1]);
    await user.clear(margin);
    await user.type(margin, '2');
    expect(useEmbeddings.getState().snapshot!.margin).toBe(2);
    const rate = screen.getByLabelText('Learning rate');
    await user.clear(rate);
    await user.type(rate, '0.1');
    expect(useEmbeddings.getState().snapshot!.learningRate).toBe(0.1);
  });

  it('adds a pair the learner labels, draws it thick and pulls the two phrases together', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    await trainToEnd(user);
    await user.selectOptions(screen.getByLabelText('First phrase'), 'espresso');
    await user.selectOptions(screen.getByLabelText('Second phrase'), 'أكل');
    await user.click(screen.getByLabelText('similar (pull together)'));
    const distanceOf = () => {
      const a = pointOf('espresso');
      const b = pointOf('أكل');
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = distanceOf();
    await user.click(screen.getByRole('button', { name: 'Add this pair' }));
    expect(screen.getByRole('heading', { name: 'Your pairs' })).toBeInTheDocument();
    const added = useEmbeddings.getState().snapshot!.pairs.find((p) => p.extra)!;
    expect(added).toMatchObject({ a: 4, b: 18, similar: true, force: 'pull' });
    expect(document.querySelector('line.emb-pair[stroke-width="3"]')).not.toBeNull();
    await trainToEnd(user);
    expect(distanceOf()).toBeLessThan(before / 2);
  });

  it('refuses a pair of one phrase', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsLesson />);
    await user.selectOptions(screen.getByLabelText('First phrase'), 'coffee');
    await user.selectOptions(screen.getByLabelText('Second phrase'), 'coffee');
    await user.click(screen.getByRole('button', { name: 'Add this pair' }));
    expect(screen.getByText('Pick two different phrases.')).toBeInTheDocument();
    expect(sent.some((c) => c.type === 'add-pair')).toBe(false);
  });

  it('speaks Arabic, with its own button names', () => {
    useConfig.getState().setAppField('lang', 'ar');
    render(<EmbeddingsLesson />);
    expect(screen.getByRole('button', { name: 'درّب التضمينات' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'خطوة بزوج واحد' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });
});
