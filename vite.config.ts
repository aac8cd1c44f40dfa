import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstScreenPlugin } from './build/first-screen-plugin';

export default defineConfig({
  plugins: [react(), firstScreenPlugin('main')],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: true,
  },
});
