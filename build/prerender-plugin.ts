/**
 * Puts the first screen's HTML into the built index.html: the learner's page rendered with
 * react-dom/server at build time (src/app/prerender.tsx), with the engine's precomputed
 * numbers. The page then paints its header, transport bar and loop lesson before any script
 * has run, and src/main.tsx hydrates that HTML instead of drawing it again.
 *
 * The render runs in a short-lived Vite server (ssrLoadModule), so the app's TypeScript, JSX
 * and virtual modules load as they do in the browser. Development serves the empty shell.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type HtmlTagDescriptor, type Plugin } from 'vite';
import { firstScreenPlugin } from './first-screen-plugin';

const ENTRY = '/src/app/prerender.tsx';
/** The module the page's first script imports once it has painted (src/main.tsx). */
const APP_START = '/src/app/start.tsx';
const EMPTY_ROOT = '<div id="root"></div>';
/** public/prerender-gate.js: hides the prerendered screen for an address with settings. */
const GATE_SCRIPT = 'prerender-gate.js';

async function renderFirstScreen(root: string, runId: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react(), firstScreenPlugin(runId)],
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreen(): string };
    return module.renderFirstScreen();
  } finally {
    await server.close();
  }
}

/** A chunk and every chunk it imports statically, each once. */
function staticGraph(
  bundle: OutputBundle,
  fileName: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const imported of chunk.imports) staticGraph(bundle, imported, seen);
  return seen;
}

/**
 * The app's start module is imported only after the first paint, but the prerendered HTML
 * needs its styles now: its stylesheets are linked (they hold the loop lesson's and the bar's
 * rules). Its chunks are listed (#app-files), and src/main.tsx fetches them all at once after
 * the first paint. Preloaded from the HTML instead, their download and compilation took the
 * cores while the browser laid out the first screen: that layout became a task of 60–130 ms
 * on a 2-core machine, against none over 50 ms without them (tests/e2e/load.test.ts).
 */
function appStartTags(bundle: OutputBundle, entry: OutputChunk, base: string): HtmlTagDescriptor[] {
  const start = Object.values(bundle).find(
    (file): file is OutputChunk =>
      file.type === 'chunk' && (file.facadeModuleId ?? '').endsWith(APP_START),
  );
  if (start === undefined) throw new Error(`the build has no chunk for ${APP_START}`);
  const already = staticGraph(bundle, entry.fileName);
  const chunks = [...staticGraph(bundle, start.fileName)].filter((file) => !already.has(file));
  const styles = new Set<string>();
  for (const file of chunks) {
    const chunk = bundle[file] as OutputChunk;
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
  }
  return [
    // Read by the gate script, so before it.
    lessonFilesTag(bundle, start, base),
    // Blocking and first: it decides whether the prerendered screen may be shown at all, and
    // starts fetching a linked lesson's files while the rest of the page is parsed.
    {
      tag: 'script',
      attrs: { src: `${base}${GATE_SCRIPT}` },
      injectTo: 'head-prepend' as const,
    },
    ...[...styles].map((css) => ({
      tag: 'link',
      attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${css}` },
      injectTo: 'head' as const,
    })),
    {
      tag: 'script',
      attrs: { type: 'application/json', id: 'app-files' },
      children: jsonForHtml(chunks.map((file) => `${base}${file}`)),
      injectTo: 'head' as const,
    },
  ];
}

/** JSON that can sit inside a <script> element (no `</script>` can end it early). */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const LESSON_MODULE = /\/src\/lessons\/([a-z-]+)\/[A-Za-z]+Lesson\.tsx$/;

/**
 * For each lazily loaded lesson, the files its code needs beyond the app's own (its chunks and
 * stylesheets), as a JSON data block: the blocking gate script reads it to start fetching a
 * linked lesson while the page is parsed (public/prerender-gate.js).
 */
function lessonFilesTag(bundle: OutputBundle, start: OutputChunk, base: string): HtmlTagDescriptor {
  const loaded = staticGraph(bundle, start.fileName);
  const files: Record<string, string[]> = {};
  for (const file of Object.values(bundle)) {
    const lesson = file.type === 'chunk' ? LESSON_MODULE.exec(file.facadeModuleId ?? '') : null;
    if (lesson === null || file.type !== 'chunk') continue;
    const chunks = [...staticGraph(bundle, file.fileName)].filter((name) => !loaded.has(name));
    const styles = chunks.flatMap((name) => [
      ...((bundle[name] as OutputChunk).viteMetadata?.importedCss ?? []),
    ]);
    files[lesson[1] as string] = [...chunks, ...styles].map((name) => `${base}${name}`);
  }
  return {
    tag: 'script',
    attrs: { type: 'application/json', id: 'lesson-files' },
    children: jsonForHtml(files),
    injectTo: 'head-prepend',
  };
}

export function prerenderPlugin(runId: string): Plugin {
  let root = process.cwd();
  let base = './';
  return {
    name: 'training-loop-lab:prerender',
    apply: 'build',
    configResolved(config) {
      root = path.resolve(config.root);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle, chunk }) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
        if (bundle === undefined || chunk === undefined) throw new Error('no bundle to prerender');
        const markup = await renderFirstScreen(root, runId);
        return {
          html: html.replace(EMPTY_ROOT, () => `<div id="root">${markup}</div>`),
          tags: appStartTags(bundle, chunk, base),
        };
      },
    },
  };
}
