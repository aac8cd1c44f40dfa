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
import { createServer, type Plugin } from 'vite';
import { firstScreenPlugin } from './first-screen-plugin';

const ENTRY = '/src/app/prerender.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

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

export function prerenderPlugin(runId: string): Plugin {
  let root = process.cwd();
  return {
    name: 'training-loop-lab:prerender',
    apply: 'build',
    configResolved(config) {
      root = path.resolve(config.root);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
        const markup = await renderFirstScreen(root, runId);
        return html.replace(EMPTY_ROOT, () => `<div id="root">${markup}</div>`);
      },
    },
  };
}
