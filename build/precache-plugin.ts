/**
 * Writes the list of built files into the service worker (public/sw.js), between its
 * `precache:start` and `precache:end` markers, with a version derived from their contents. The
 * worker then caches the whole build on install (lazy lessons included), and every build that
 * changes a file is a new worker with a new cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const SERVICE_WORKER = 'sw.js';
const MARKERS = /\/\* precache:start \*\/[\s\S]*?\/\* precache:end \*\//;

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = `${prefix}${name}`;
    return statSync(full).isDirectory() ? filesUnder(full, `${relative}/`) : [relative];
  });
}

export function precachePlugin(): Plugin {
  let outDir = '';
  return {
    name: 'training-loop-lab:precache',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After the bundle and the public folder are written: the worker lists what is really there.
    closeBundle() {
      const worker = path.join(outDir, SERVICE_WORKER);
      if (!existsSync(worker)) return;
      const files = filesUnder(outDir)
        .filter((file) => file !== SERVICE_WORKER && !file.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(path.join(outDir, file)));
      const manifest = {
        version: hash.digest('hex').slice(0, 12),
        files: ['./', ...files.map((file) => `./${file}`)],
      };
      const source = readFileSync(worker, 'utf8');
      if (!MARKERS.test(source)) throw new Error(`${SERVICE_WORKER} has no precache markers`);
      // Keep a semicolon that a formatter may have moved inside the markers.
      const written = source.replace(MARKERS, (marked) =>
        /;\s*\/\* precache:end \*\/$/.test(marked)
          ? `${JSON.stringify(manifest)};`
          : JSON.stringify(manifest),
      );
      writeFileSync(worker, written);
    },
  };
}
