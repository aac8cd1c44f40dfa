/**
 * The parts of the shell that load right after the first screen, gathered in one module so the
 * bundler makes them one chunk: the first load then carries one small reference to it instead
 * of several, each with its own list of shared pieces. Every `lazy()` in the shell imports
 * from here.
 */
export { default as EmbedApp } from './embed/EmbedApp';
export { default as EmbedDialog } from './embed/EmbedDialog';
export { default as PresenterApp } from './presenter/PresenterApp';
