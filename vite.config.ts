import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin';
import { eagerCompilePlugin } from './build/eager-compile-plugin';
import { firstScreenPlugin } from './build/first-screen-plugin';
import { precachePlugin } from './build/precache-plugin';
import { prerenderPlugin } from './build/prerender-plugin';

export default defineConfig({
  plugins: [
    react(),
    firstScreenPlugin('main'),
    prerenderPlugin('main'),
    eagerCompilePlugin(),
    precachePlugin(),
    cspPlugin(),
  ],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Every browser the lab supports (es2022) preloads modules itself.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
