/**
 * Generated hostile addresses, opened in one real page: every part of the address (query,
 * hash, presenter and embed keys) must leave the lab up, error-free, answering, and telling
 * the learner about each value it dropped. The seed is fixed so a failure reproduces; set
 * FUZZ_SEED (and FUZZ_RUNS) to explore further.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readHashTarget } from '../../src/app/url-hash';
import { readUrlState, URL_KEYS } from '../../src/app/url-state';
import { lessonIds } from '../../src/store/config-schema';
import { launchBrowser } from './browser';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const settingKeys = Object.values(URL_KEYS);
const strangeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'foo', '', '%', 'LR'];
const hostileValues = [
  '',
  '%',
  '%E0%A4%A',
  '%zz',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '-0',
  '0',
  '1e-320',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(10_000),
  '1,2,3',
  'max',
  'presenter',
  'ar',
  'dark',
  ...lessonIds,
  'no-such-lesson',
];
const manyPoints = (n: number) =>
  Array.from({ length: n }, (_, i) => `${(i % 19) - 9},${(i % 7) - 3},${i % 3}`).join(';');
const manyLayers = (n: number) => Array.from({ length: n }, () => '8').join(',');

const valueArb = fc.oneof(
  fc.constantFrom(...hostileValues),
  fc.constantFrom(manyPoints(3000), manyLayers(300), manyPoints(5)),
  fc.double().map(String),
  fc.integer({ min: -1e6, max: 1e7 }).map(String),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  // Raw text, but never a '#': that would end the query and start the hash.
  fc.string({ maxLength: 12 }).map((text) => text.replaceAll('#', '%23')),
);
const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...settingKeys) },
  { weight: 1, arbitrary: fc.constantFrom(...strangeKeys) },
);
const hashArb = fc.oneof(
  fc.constant(''),
  fc.constantFrom('#%', '#%E0%A4%A', '#nope', '#<script>', '#scale-title', '#%F0%9F', '#lessons'),
  fc.constantFrom(...lessonIds).map((id) => `#${id}`),
  fc.string({ maxLength: 20 }).map((text) => `#${text}`),
);
const addressArb = fc.record({
  pairs: fc.array(fc.tuple(keyArb, valueArb), { maxLength: 6 }),
  hash: hashArb,
});

function addressOf({ pairs, hash }: { pairs: [string, string][]; hash: string }) {
  const query = pairs.map(([key, value]) => `${key}=${value}`).join('&');
  return { search: query === '' ? '' : `?${query}`, hash };
}

/** The keys whose dropped values the learner must be told about, as the page names them. */
function expectedNotices(search: string, hash: string): { keys: string[]; count: number } {
  const fromQuery = readUrlState(search).notices;
  const fromHash = readHashTarget(hash).notice;
  const keys = [...new Set(fromQuery.map((n) => n.key).filter((k) => k !== ''))];
  return { keys, count: fromQuery.length + (fromHash === null ? 0 : 1) };
}

/**
 * The page itself comes straight from the build: a test server (like many hosts) refuses
 * request lines past 16 KB, and the point is what the lab does with a long address.
 */
async function servePageFromBuild(page: Page, base: string): Promise<void> {
  const html = readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
  const pagePath = new URL(base).pathname;
  await page.route(
    (url) => url.pathname === pagePath,
    (route) => route.fulfill({ body: html, contentType: 'text/html' }),
  );
}

interface Failure {
  readonly address: string;
  readonly problem: string;
}

async function check(page: Page, base: string, index: number, search: string, hash: string) {
  const problems: string[] = [];
  // A new document each time (utm_ keys are ignored by the lab): the start-up itself is tested.
  const separator = search === '' ? '?' : '&';
  const url = `${base}${search}${separator}utm_fuzz=${index}${hash}`;
  const opened = await page
    .goto(url, { waitUntil: 'commit' })
    .then(() => true)
    .catch((error: unknown) => {
      problems.push(`could not open: ${String(error).slice(0, 200)}`);
      return false;
    });
  if (!opened) return problems;
  const up = await page
    .waitForFunction(
      () =>
        document.querySelector('.startup-failure') === null &&
        (document.querySelector('.transport button') !== null ||
          document.querySelector('section.lesson') !== null),
      undefined,
      { timeout: 10_000, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
  if (!up) problems.push('the lab did not come up (no Play button or lesson)');
  const answered = await Promise.race([
    page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true)))),
    new Promise<boolean>((done) => setTimeout(() => done(false), 2000)),
  ]);
  if (!answered) problems.push('the page did not answer within 2 s');
  const expected = expectedNotices(search, hash);
  if (expected.count > 0) {
    const shown = await page
      .waitForFunction(() => document.querySelectorAll('.notices li').length > 0, undefined, {
        timeout: 5000,
      })
      .then(() => page.locator('.notices li').allTextContents())
      .catch(() => [] as string[]);
    if (shown.length === 0) problems.push(`expected ${expected.count} notices, none shown`);
    else if (expected.count <= 20) {
      const text = shown.join('\n');
      for (const key of expected.keys) {
        if (!text.includes(`${key}=`)) problems.push(`no notice for "${key}"`);
      }
    }
  }
  return problems;
}

describe('hostile addresses in Chromium', () => {
  it(`opens ${RUNS} generated addresses without a crash, a freeze or a silent drop`, async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    // No service worker: each address must be read by the page itself, not served stale.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const page = await context.newPage();
    // The page itself comes straight from the build: a test server (like many hosts) refuses
    // request lines past 16 KB, and the point is what the lab does with a long address.
    await servePageFromBuild(page, base);
    let pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const samples = fc.sample(addressArb, { numRuns: RUNS, seed: SEED });
    const failures: Failure[] = [];
    for (const [index, sample] of samples.entries()) {
      const { search, hash } = addressOf(sample);
      pageErrors = [];
      const problems = await check(page, base, index, search, hash);
      for (const error of pageErrors) problems.push(`page error: ${error}`);
      for (const problem of problems) {
        failures.push({ address: `${search}${hash}`.slice(0, 300), problem });
      }
    }
    console.log(
      `[address-fuzz] seed ${SEED}: tried ${samples.length} addresses, ${failures.length} failures`,
    );
    for (const failure of failures.slice(0, 20)) console.log('[address-fuzz]', failure);
    expect(failures).toEqual([]);
    await context.close();
  }, 1_800_000);
});
