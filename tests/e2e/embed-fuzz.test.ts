/**
 * Generated hostile messages to an embedded lesson, in real Chromium: wrong shapes, near
 * misses of the protocol, huge payloads and deep nesting. The widget must keep working, keep
 * its theme, and post nothing but its documented resize messages.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const RUNS = 1000;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nearMiss = fc.record(
  {
    source: fc.constantFrom('training-loop-lab-host', 'training-loop-lab', 'host', ''),
    type: fc.constantFrom('set-theme', 'request-height', 'resize', 'play', '__proto__'),
    theme: fc.oneof(fc.constantFrom('light', 'dark', 'system', 'DARK', ''), fc.json()),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const messageArb = fc.oneof(fc.jsonValue(), nearMiss, fc.string({ maxLength: 200 }));

describe('hostile messages to an embed', () => {
  it(`ignores ${RUNS} generated messages, plus huge and deeply nested ones`, async () => {
    const { page, errors, context } = await openPage(
      browser,
      `${inject('baseUrl')}embed-example.html`,
    );
    const frameElement = page.locator('iframe#loop-frame');
    await expect
      .poll(() => frameElement.evaluate((f) => (f as HTMLElement).style.height))
      .not.toBe('');
    // Everything the frame says to its host, from now on.
    await page.evaluate(() => {
      const heard: unknown[] = [];
      Object.defineProperty(window, 'heardFromLab', { value: heard });
      const frame = document.getElementById('loop-frame') as HTMLIFrameElement;
      addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) heard.push(event.data);
      });
    });
    const messages = fc.sample(messageArb, { numRuns: RUNS, seed: 20261204 });
    const valid = (m: unknown) =>
      typeof m === 'object' &&
      m !== null &&
      (m as { source?: unknown }).source === 'training-loop-lab-host' &&
      ((m as { type?: unknown }).type === 'request-height' ||
        ((m as { type?: unknown }).type === 'set-theme' &&
          ['light', 'dark'].includes((m as { theme?: unknown }).theme as string) &&
          Object.keys(m).length === 3));
    const hostile = messages.filter((m) => !valid(m));
    await page.evaluate((json) => {
      const list = JSON.parse(json) as unknown[];
      const target = (document.getElementById('loop-frame') as HTMLIFrameElement).contentWindow!;
      for (const message of list) target.postMessage(message, '*');
      // Deep nesting and a huge payload, built here (too big to pass in from the test).
      let deep: unknown = { source: 'training-loop-lab-host', type: 'set-theme', theme: 'dark' };
      for (let i = 0; i < 1000; i++) deep = { nested: deep, source: 'training-loop-lab-host' };
      target.postMessage(deep, '*');
      target.postMessage(
        { source: 'training-loop-lab-host', type: 'set-theme', theme: 'x'.repeat(5_000_000) },
        '*',
      );
      target.postMessage(new Array(200_000).fill({ type: 'set-theme' }), '*');
    }, JSON.stringify(hostile));

    const frame = (await (await frameElement.elementHandle())!.contentFrame())!;
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe(
      'system',
    );
    // Still working: it trains.
    await frame.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(async () => Number(await frame.locator('output[aria-label="Epoch"]').textContent()))
      .toBeGreaterThanOrEqual(1);
    const heard = await page.evaluate(
      () => (window as unknown as { heardFromLab: unknown[] }).heardFromLab,
    );
    const undocumented = heard.filter(
      (m) =>
        typeof m !== 'object' ||
        m === null ||
        (m as { source?: unknown }).source !== 'training-loop-lab' ||
        (m as { type?: unknown }).type !== 'resize' ||
        typeof (m as { height?: unknown }).height !== 'number',
    );
    console.log(
      `[embed-fuzz] sent ${hostile.length + 3} hostile messages; the widget posted ${heard.length}, ${undocumented.length} undocumented`,
    );
    expect(undocumented).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
