/**
 * React's renderer ships as CommonJS, so the bundler wraps each of its files in a factory: an
 * arrow function that V8 compiles only when it is first called, inside the task that evaluates
 * the module. Parsing all of react-dom/client there made that task the longest of the first
 * visit (46–55 ms of CPU on the 2-core machine). Written as a parenthesised `function`, the
 * factory is compiled with the rest of its file, before that task (V8's heuristic for
 * functions that are called at once), and the evaluation task drops to 25–37 ms.
 *
 * Only chunks holding react-dom's own files are touched: an arrow and a function differ in
 * `this` and `arguments`, which those factories never use.
 */
import type { Plugin } from 'vite';

/** The bundler's wrapper, before minification: `__commonJSMin(((exports, module) => {`. */
const FACTORY = /__commonJSMin\(\(\(([\w$]+(?:, [\w$]+)?)\) => \{/g;

export function eagerCompilePlugin(): Plugin {
  return {
    name: 'training-loop-lab:eager-compile',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => id.includes('/node_modules/react-dom/cjs/'))) return null;
      const eager = code.replace(FACTORY, '__commonJSMin((function($1) {');
      return eager === code ? null : { code: eager, map: null };
    },
  };
}
