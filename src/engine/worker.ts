/** The training Web Worker: the Engine, hosted on postMessage and a real clock. */
import { Engine } from './engine';
import type { EngineCommand, EngineEvent } from './protocol';
import { hostEngine } from './worker-host';

hostEngine<EngineCommand, EngineEvent>('the engine', (post, clock) => new Engine(post, clock));
