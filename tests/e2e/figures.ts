/** The probes' figures file: each probe merges its own part, so none overwrites another's. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'test-results/performance.json';

export function mergeFigures(part: Record<string, unknown>): void {
  mkdirSync('test-results', { recursive: true });
  let current: Record<string, unknown> = {};
  try {
    if (existsSync(FILE))
      current = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    current = {};
  }
  writeFileSync(FILE, `${JSON.stringify({ ...current, ...part }, null, 2)}\n`);
}
