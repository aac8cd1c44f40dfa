/**
 * The run registry keeps the engine under its run limit: every lesson is opened, made to build
 * the runs it can (races, comparisons, the three-class model) and left again, ten times over,
 * against the real engine. After each visit the lesson's runs are gone from the engine, and the
 * number of live runs never exceeds MAX_RUNS.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lessonIds } from '../../src/app/lessons';
import { lessonViews } from '../../src/app/lesson-views';
import { MAX_RUNS } from '../../src/engine/engine';
import { useLessonModel } from '../../src/lessons/shared/lesson-model';
import { useEmbeddings } from '../../src/store/embeddings';
import { registeredRuns } from '../../src/store/run-registry';
import { installClockEngine } from './harness';

/** Buttons that make a lesson build runs of its own (clicked where the lesson has them). */
const RUN_BUILDERS = ['Race the two losses', 'Start the race', 'Compare batch sizes'];
const ROUNDS = 10;

let maxLive = 0;

afterAll(() => {
  console.log(`run registry: at most ${maxLive} live runs in the engine (limit ${MAX_RUNS})`);
});

describe('the run registry', () => {
  it(`keeps every lesson's runs under the engine's limit over ${ROUNDS} visits each`, async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    // A manual clock: runs play only while the test moves time on, so own-paced races end too.
    const harness = installClockEngine({ speed: Infinity });
    // The embeddings lesson's own engine is no part of this: its commands go nowhere.
    useEmbeddings.getState().install(() => undefined);
    const { engine } = harness;
    const observe = () => {
      maxLive = Math.max(maxLive, engine.runCount);
      expect(engine.runCount).toBeLessThanOrEqual(MAX_RUNS);
    };
    // Every command the views send is a moment the run count can change.
    const handle = engine.handle.bind(engine);
    engine.handle = (command) => {
      handle(command);
      observe();
    };
    const baseline = engine.runCount; // the page's main run
    for (let round = 0; round < ROUNDS; round++) {
      // Odd rounds show the step lessons with the three-class model, which is a run of its own.
      act(() => useLessonModel.getState().choose(round % 2 === 0 ? 'article' : 'three'));
      for (const id of lessonIds) {
        const Lesson = lessonViews[id];
        render(
          <Suspense fallback={<p>loading</p>}>
            <Lesson />
          </Suspense>,
        );
        await waitFor(() => expect(screen.queryByText('loading')).toBeNull());
        for (const name of RUN_BUILDERS) {
          const button = screen.queryByRole('button', { name });
          if (button !== null) act(() => button.click());
        }
        harness.advance(300, 50);
        observe();
        cleanup();
        observe();
        // Left, the lesson holds nothing: only the page's own run is still in the engine.
        expect(registeredRuns()).toEqual([]);
        expect(engine.runCount).toBe(baseline);
      }
    }
    expect(maxLive).toBeGreaterThan(baseline);
  }, 300_000);
});
