/**
 * Adds the lab's Content-Security-Policy to the built page as a meta tag: scripts, workers and
 * connections come only from the lab's own origin, and nothing is evaluated from strings.
 * Development keeps no policy, because Vite's dev server injects inline scripts.
 *
 * A meta tag cannot carry `frame-ancestors`, so embedding in any page keeps working; a host
 * that wants to limit who may frame the lab sends that directive as a header (see README).
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  // React and the charts set style attributes; no script runs from a style.
  "style-src 'self' 'unsafe-inline'",
  // Exported PNGs and chart images are data: and blob: addresses made on the page.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'training-loop-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
