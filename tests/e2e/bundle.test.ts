/**
 * The page's entry JavaScript (the entry script and everything it preloads) must stay within
 * 115 KB gzip: React, the shell, the header, the live view and the first lesson with its
 * chart. (The first paint needs none of it: the build prerenders the first screen. The tiny
 * first script loads the rest in steps, and those chunk boundaries cost about 4 KB.) Other lessons, charts and animation load as the
 * reader nears them; what a first visit really fetches before scrolling is measured by the
 * load probe (load.test.ts). Sizes are printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

describe('bundle size', () => {
  it('ships at most 115 KB gzip of entry JavaScript', () => {
    const dist = inject('distDir');
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
    expect(initial.length).toBeGreaterThan(0);
    const gzipKb = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;
    const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
    const all = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const lines = all.map(
      (f) =>
        `${initial.includes(`assets/${f}`) ? '*' : ' '} ${f.padEnd(40)} ${gzipKb(`assets/${f}`).toFixed(1)} KB gzip`,
    );
    console.log(
      `[bundle] initial JavaScript ${initialKb.toFixed(1)} KB gzip (* = initial)\n${lines.join('\n')}`,
    );
    expect(initialKb).toBeLessThanOrEqual(115);
  });
});
