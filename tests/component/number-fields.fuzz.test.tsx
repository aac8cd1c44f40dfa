/**
 * Hostile text in every numeric field of every lesson that has them: empty, "-", "abc",
 * "1e999", "1e-320", pasted "1,000,000" and "1,2,3", very long strings, NaN, Infinity, -0, and
 * fast-check's doubles and strings. After each entry nothing has thrown or logged an error, the
 * lesson is still on screen, and either the setting took exactly the typed (finite, in-range)
 * number, or the field shows an inline error tied to it and every setting kept its value.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { Component, type ReactNode } from 'react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbeddingsEngine } from '../../src/engine/embeddings/engine';
import EmbeddingsLesson from '../../src/lessons/embeddings/EmbeddingsLesson';
import LearningRateLesson from '../../src/lessons/learning-rate/LearningRateLesson';
import { MAX_RACE_EPOCHS, MIN_RACE_EPOCHS } from '../../src/lessons/learning-rate/race';
import {
  COORDINATE_LIMIT,
  MAX_ADDED_POINTS,
  MAX_HIDDEN_LAYERS,
  MAX_NEURONS,
  useFit,
} from '../../src/lessons/overfitting/fit-store';
import OverfittingLesson from '../../src/lessons/overfitting/OverfittingLesson';
import ScaleLesson from '../../src/lessons/scale/ScaleLesson';
import VocabularyLesson from '../../src/lessons/vocabulary/VocabularyLesson';
import { fieldRange } from '../../src/store/config-schema';
import { useConfig } from '../../src/store/config';
import { LEARNING_RATE_RANGE, MARGIN_RANGE, useEmbeddings } from '../../src/store/embeddings';
import type { NumberFieldProps } from '../../src/ui/NumberField';
import { ManualClock } from '../manual-clock';
import { installEngine } from './harness';

/** Each NumberField's `value` prop by label: the setting in force, wherever the lesson keeps it. */
const inForce = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/ui/NumberField', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/NumberField')>();
  return {
    NumberField(props: NumberFieldProps) {
      inForce.set(String(props.label), props.value);
      return <real.NumberField {...props} />;
    },
  };
});

interface Limits {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly aboveMin?: boolean;
}

interface LessonCase {
  readonly name: string;
  readonly install: () => void;
  readonly element: ReactNode;
  /** Shows fields hidden behind a choice. */
  readonly reveal?: (user: User) => Promise<void>;
  /** Something the lesson always shows: gone means it stopped rendering. */
  readonly landmark: () => HTMLElement;
  /** The stores the lesson writes to: a refused entry leaves every one of them untouched. */
  readonly stores: () => readonly unknown[];
  /** Every numeric field's accepted range by label, in the order to fuzz them. */
  readonly fields: Readonly<Record<string, Limits>>;
}

type User = ReturnType<typeof userEvent.setup>;

const appRange = (key: Parameters<typeof fieldRange>[0]): Limits => {
  const { min, max, integer } = fieldRange(key);
  return { min, max, integer };
};
const whole = (min: number, max: number): Limits => ({ min, max, integer: true });
const aboveZero = (max: number): Limits => ({ min: 0, max, aboveMin: true });
const config = () => [useConfig.getState().run, useConfig.getState().app];

const lessons: readonly LessonCase[] = [
  {
    name: 'learning rate',
    install: () => void installEngine(),
    element: <LearningRateLesson />,
    reveal: (user) => user.selectOptions(screen.getByLabelText('Schedule'), 'step'),
    landmark: () => screen.getByRole('button', { name: 'Start the race' }),
    stores: config,
    fields: {
      'Rate 1': appRange('raceRates'),
      'Rate 2': appRange('raceRates'),
      'Rate 3': appRange('raceRates'),
      'Rate 4': appRange('raceRates'),
      'Epochs per run': whole(MIN_RACE_EPOCHS, MAX_RACE_EPOCHS),
      Factor: appRange('scheduleGamma'),
      'Every (epochs)': appRange('scheduleStep'),
    },
  },
  {
    name: 'vocabulary',
    install: () => void installEngine(),
    element: <VocabularyLesson />,
    landmark: () => screen.getByRole('heading', { name: 'Calculator' }),
    stores: config,
    fields: {
      'Training samples': whole(1, 10_000_000),
      'Batch size': whole(1, 10_000_000),
      Epochs: whole(1, 1_000_000),
    },
  },
  {
    name: 'scale',
    install: () => useConfig.getState().reset(),
    element: <ScaleLesson />,
    landmark: () => screen.getByRole('heading', { name: 'Both runs on one scale' }),
    stores: config,
    fields: {
      'Peak throughput (TFLOP/s)': aboveZero(1e6),
      'Utilisation (% of peak)': aboveZero(100),
      'GPUs (assumed to scale perfectly)': whole(1, 10_000_000),
      'Parameters (billions)': aboveZero(1e6),
      'Training tokens (billions)': aboveZero(1e9),
      Parameters: whole(1, 1e15),
      'Training samples': whole(1, 1e15),
      Epochs: whole(1, 1e9),
    },
  },
  {
    name: 'embeddings',
    install: installEmbeddings,
    element: <EmbeddingsLesson />,
    landmark: () => screen.getByRole('button', { name: /Train embeddings|Pause embeddings/ }),
    stores: () => [useEmbeddings.getState().config],
    fields: { Margin: MARGIN_RANGE, 'Learning rate': LEARNING_RATE_RANGE },
  },
  {
    name: 'overfitting',
    install: () => void installEngine({ speed: Infinity, reset: () => useFit.getState().reset() }),
    element: <OverfittingLesson />,
    landmark: () => screen.getByRole('heading', { name: /fixes/i }),
    stores: () => [useFit.getState().config, ...config()],
    fields: {
      'Data set size (before the split)': appRange('datasetSize'),
      Noise: appRange('noise'),
      'Share held out for validation': appRange('validationSplit'),
      'Neurons in hidden layer 1': whole(1, MAX_NEURONS),
      'Neurons in hidden layer 2': whole(1, MAX_NEURONS),
      Epochs: whole(1, 2000),
      'Data set size': appRange('datasetSize'),
      'Dropout rate': appRange('dropout'),
      'Patience (epochs)': appRange('patience'),
      'Input jitter': appRange('inputNoise'),
      'Weight decay (L2)': appRange('weightDecay'),
      x1: { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT },
      x2: { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT },
      // Last: fewer layers would remove the per-layer fields above.
      'Hidden layers (0–6)': whole(0, MAX_HIDDEN_LAYERS),
    },
  },
];

function installEmbeddings(): void {
  useEmbeddings.getState().reset();
  useConfig.getState().reset();
  const engine = new EmbeddingsEngine(
    (event) => useEmbeddings.getState().applyEvents([event]),
    new ManualClock(),
  );
  useEmbeddings.getState().install((command) => engine.handle(command));
  useEmbeddings.getState().send({ type: 'configure', config: useEmbeddings.getState().config });
}

/** The values the issue names, tried in every field before the generated ones. */
const HOSTILE = [
  '',
  '-',
  '1e999',
  '-1e999',
  'abc',
  '0',
  '-0',
  '-1',
  '-0.5',
  '1e-320',
  '1e-400',
  // Normal, but small enough to overflow a quotient (the scale lesson's time).
  '1e-300',
  '1,000,000',
  '1,000',
  '1,2,3',
  '9'.repeat(400),
  `0.${'0'.repeat(400)}1`,
  '1'.repeat(5000),
  'NaN',
  'Infinity',
  '-Infinity',
  ' 2 ',
  '0x10',
  '1e3',
];

/** Generated text: any double, commas in odd places, near-numbers and arbitrary strings. */
function generated(limits: Limits) {
  const inRange = fc.double({ min: limits.min, max: limits.max, noNaN: true });
  return fc.oneof(
    fc.double().map(String),
    inRange.map(String),
    inRange.map((x) => x.toLocaleString('en-US', { maximumSignificantDigits: 21 })),
    inRange.map((x) => String(Math.round(x))),
    fc.stringMatching(/^[\d.,eE+-]{1,12}$/),
    fc.string({ maxLength: 30 }),
  );
}

const GENERATED_PER_FIELD = 20;
let tried = 0;
let fieldsTried = 0;

/** Fails the test on anything React (or a lesson) reports as an error. */
const errors: unknown[] = [];
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    errors.push(error);
  }
  override render() {
    return this.state.failed ? <p>crashed</p> : this.props.children;
  }
}

beforeEach(() => {
  errors.length = 0;
  inForce.clear();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
  // jsdom has no canvas; the overfitting plot is tested through its text elsewhere.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  console.log(`[field-fuzz] tried ${tried} values on ${fieldsTried} fields`);
});

/** The number the text names, read independently of the app's parser (commas dropped). */
const named = (text: string) => Number(text.trim().replace(/,/g, '')) + 0;

/** 2^-1022: below it a double is subnormal. */
const SMALLEST_NORMAL = 2 ** -1022;

function expectWithin(value: number | undefined, limits: Limits): void {
  expect(value).toBeTypeOf('number');
  const v = value as number;
  expect(Number.isFinite(v) && !Object.is(v, -0)).toBe(true);
  expect(limits.aboveMin ? v > limits.min : v >= limits.min).toBe(true);
  // Where only positive values make sense, a subnormal is a trap, not a value.
  if (limits.min > 0 || limits.aboveMin) expect(v).toBeGreaterThanOrEqual(SMALLEST_NORMAL);
  expect(v).toBeLessThanOrEqual(limits.max);
  if (limits.integer) expect(Number.isInteger(v)).toBe(true);
}

/** An inline message tied to the field that explains the refusal. */
function expectInlineError(input: HTMLElement): void {
  expect(input).toHaveAttribute('aria-invalid', 'true');
  const id = input.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const message = document.getElementById(id!);
  expect(message).toHaveAttribute('role', 'alert');
  expect(message?.textContent?.trim()).not.toBe('');
}

/** Something the lesson always shows, found once (getByRole is slow on a big page). */
let landmark: HTMLElement;

/** Nothing threw or logged an error, and the lesson is still on screen. */
function expectHealthy(): void {
  expect(errors).toEqual([]);
  expect(landmark).toBeInTheDocument();
}

/** Pastes `text` over the field's contents: one change event, as a paste makes. */
function enter(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** One entry in a NumberField: taken exactly, or refused with everything left as it was. */
function tryField(lesson: LessonCase, label: string, input: HTMLInputElement, text: string) {
  const before = inForce.get(label);
  const stores = lesson.stores();
  enter(input, text);
  fireEvent.blur(input);
  expectHealthy();
  if (input.getAttribute('aria-invalid') === 'true') {
    expectInlineError(input);
    expect(inForce.get(label)).toBe(before);
    lesson.stores().forEach((store, k) => expect(store).toBe(stores[k]));
  } else {
    const value = inForce.get(label);
    expectWithin(value, lesson.fields[label]!);
    expect(value).toBe(named(text));
    // Once the learner moves on, the box reads as the value in force.
    expect(input).toHaveValue(String(value));
  }
}

/** One entry in the add-a-point form, submitted: a point at that coordinate, or none. */
function tryPoint(lesson: LessonCase, label: string, inputs: Inputs, text: string) {
  const input = inputs.get(label)!;
  if (useFit.getState().config.extraPoints.length >= MAX_ADDED_POINTS) {
    fireEvent.click(screen.getByText('Clear added points'));
  }
  enter(inputs.get(label === 'x1' ? 'x2' : 'x1')!, '0');
  const points = useFit.getState().config.extraPoints;
  enter(input, text);
  fireEvent.submit(input.form!);
  expectHealthy();
  const after = useFit.getState().config.extraPoints;
  if (input.getAttribute('aria-invalid') === 'true') {
    expectInlineError(input);
    expect(after).toBe(points);
  } else {
    expect(after).toHaveLength(points.length + 1);
    const coordinate = after.at(-1)![label === 'x1' ? 0 : 1];
    expectWithin(coordinate, lesson.fields[label]!);
    // The store keeps three decimals of a typed coordinate.
    expect(coordinate).toBe(Math.round(named(text) * 1000) / 1000 + 0);
  }
}

type Inputs = Map<string, HTMLInputElement>;

/** Every numeric input on the page (text boxes for numbers, and any type="number"), by label. */
function numericInputs(): Inputs {
  const inputs = document.querySelectorAll<HTMLInputElement>(
    'input[inputmode="decimal"], input[inputmode="numeric"], input[type="number"]',
  );
  return new Map(
    Array.from(inputs, (input) => [input.labels?.[0]?.textContent?.trim() ?? '', input]),
  );
}

describe('every numeric field survives hostile input', { timeout: 60_000 }, () => {
  for (const lesson of lessons) {
    it(`the ${lesson.name} lesson`, async () => {
      lesson.install();
      render(<Boundary>{lesson.element}</Boundary>);
      await lesson.reveal?.(userEvent.setup({ delay: null }));
      landmark = lesson.landmark();
      let inputs = numericInputs();
      // Every numeric field on screen is in the table, so a new one cannot go unfuzzed.
      expect(new Set(inputs.keys())).toEqual(new Set(Object.keys(lesson.fields)));

      for (const [label, limits] of Object.entries(lesson.fields)) {
        fieldsTried++;
        const attempt = async (text: string) => {
          tried++;
          // Looked up again only when a re-render replaced the input.
          if (!inputs.get(label)?.isConnected) inputs = numericInputs();
          if (label === 'x1' || label === 'x2') tryPoint(lesson, label, inputs, text);
          else tryField(lesson, label, inputs.get(label)!, text);
        };
        for (const text of HOSTILE) await attempt(text);
        await fc.assert(fc.asyncProperty(generated(limits), attempt), {
          numRuns: GENERATED_PER_FIELD,
        });
      }
    });
  }
});
