// @vitest-environment node
/**
 * The article program's printout, shared by the command line and the engine: its default
 * options print the numpy reference, the variants print their fixtures, and the engine's
 * 'article-program' request answers with exactly these lines (or an error event).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_OUTPUT_DEFAULTS,
  articleOutputLines,
  writeArticleOutput,
  type ArticleOutputOptions,
} from '../../src/core/article-output';
import { Engine } from '../../src/engine/engine';
import type { AskOf, EngineCommand, EngineEvent, NeuronKind } from '../../src/engine/protocol';

const FIXTURES = fileURLToPath(new URL('../fixtures/article/', import.meta.url));

interface Variant {
  name: string;
  lr: number;
  epochs: number;
  activation: NeuronKind;
  extra: [number, number, number][];
  printEvery: number;
}

const variants = (
  JSON.parse(readFileSync(`${FIXTURES}variants.json`, 'utf8')) as { variants: Variant[] }
).variants;
const fixtureText = (name: string): string => readFileSync(`${FIXTURES}${name}.out`, 'utf8');
/** Python's print ends every line with a newline. */
const printed = (lines: readonly string[]): string => lines.map((line) => `${line}\n`).join('');

const optionsOf = (v: Variant): ArticleOutputOptions => ({
  learningRate: v.lr,
  epochs: v.epochs,
  activation: v.activation,
  extra: v.extra,
  printEvery: v.printEvery,
});

describe('articleOutputLines', () => {
  it('prints the numpy reference for the default options', () => {
    expect(printed(articleOutputLines(ARTICLE_OUTPUT_DEFAULTS))).toBe(fixtureText('default'));
  });

  it('prints the real epoch-0 loss 0.4635 (not the article’s 0.4823) and no epoch-99 line', () => {
    const lines = articleOutputLines(ARTICLE_OUTPUT_DEFAULTS);
    expect(lines[0]).toContain('Loss=0.4635');
    expect(lines.some((line) => line.startsWith('Epoch  99'))).toBe(false);
    expect(lines).toHaveLength(5);
  });

  it.each(variants.map((v) => [v.name, v] as const))('%s matches its fixture', (_name, v) => {
    expect(printed(articleOutputLines(optionsOf(v)))).toBe(fixtureText(v.name));
  });

  it('streams the same lines it collects', () => {
    const streamed: string[] = [];
    writeArticleOutput(ARTICLE_OUTPUT_DEFAULTS, (line) => streamed.push(line));
    expect(streamed).toEqual(articleOutputLines(ARTICLE_OUTPUT_DEFAULTS));
  });
});

function engine() {
  const events: EngineEvent[] = [];
  const lab = new Engine((event) => events.push(event), { now: () => 0, schedule: () => {} });
  return { send: (command: EngineCommand) => lab.handle(command), events };
}

const request = (overrides: Partial<AskOf<'article-program'>> = {}): EngineCommand => ({
  type: 'request',
  requestId: 7,
  kind: 'article-program',
  ask: {
    learningRate: 0.1,
    epochs: 100,
    activation: 'clip',
    extraPoints: [],
    printEvery: 25,
    ...overrides,
  },
});

describe("the engine's article-program request", () => {
  it('answers with articleOutputLines for the same settings, under the request id', () => {
    const { send, events } = engine();
    send(request({ learningRate: 0.9, activation: 'linear', extraPoints: [[0.5, 0.6, 0]] }));
    expect(events).toEqual([
      {
        type: 'answer',
        requestId: 7,
        kind: 'article-program',
        answer: {
          lines: articleOutputLines({
            learningRate: 0.9,
            epochs: 100,
            activation: 'linear',
            extra: [[0.5, 0.6, 0]],
            printEvery: 25,
          }),
        },
      },
    ]);
  });

  it('answers the default request with the reference text', () => {
    const { send, events } = engine();
    send(request());
    const event = events[0];
    expect(event?.type).toBe('answer');
    if (event?.type !== 'answer' || event.kind !== 'article-program') return;
    expect(printed(event.answer.lines)).toBe(fixtureText('default'));
  });

  it.each([
    ['a zero learning rate', { learningRate: 0 }, /learning rate/],
    ['a NaN learning rate', { learningRate: NaN }, /learning rate/],
    ['too many epochs for the browser', { epochs: 100_001 }, /100000/],
    ['fractional epochs', { epochs: 2.5 }, /epochs/],
    ['print every 0', { printEvery: 0 }, /print every/],
    ['an unknown activation', { activation: 'relu' as NeuronKind }, /activation/],
    ['a label of 2', { extraPoints: [[0.1, 0.2, 2]] }, /label/],
    ['an infinite input', { extraPoints: [[Infinity, 0.2, 1]] }, /finite/],
  ] as const)('rejects %s with a failed reply to the request', (_what, overrides, message) => {
    const { send, events } = engine();
    send(request(overrides));
    expect(events).toHaveLength(1);
    const event = events[0];
    expect(event?.type).toBe('request-failed');
    if (event?.type === 'request-failed') {
      expect(event.requestId).toBe(7);
      expect(event.message).toMatch(message);
    }
  });
});
