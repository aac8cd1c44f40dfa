/**
 * Builds the app once in production mode (in a child process, so vitest's own environment
 * does not leak into the bundle) and serves it with vite's preview server on 127.0.0.1.
 * Tests receive the URL through `inject('baseUrl')`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built app (a fresh folder per test run, so parallel runs never share one). */
    distDir: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  // Each probe merges its figures into this file; start every run with a fresh one.
  rmSync(path.join(root, 'test-results', 'performance.json'), { force: true });
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'training-loop-lab-e2e-'));
  const output = execFileSync(
    process.execPath,
    [viteBin, 'build', '--outDir', distDir, '--emptyOutDir'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      encoding: 'utf8',
    },
  );
  const sizes = output.split('\n').filter((line) => /\.(js|css|html)\s/.test(line));
  console.log(`[e2e] build sizes:\n${sizes.join('\n')}`);
  server = await preview({
    root,
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.resolvedUrls?.local[0];
  if (address === undefined) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', address);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
    rmSync(distDir, { recursive: true, force: true });
  };
}
