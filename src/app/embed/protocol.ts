/**
 * The messages between an embedded lesson (`?embed=<lesson id>` in an iframe) and the page
 * that hosts it. Both directions are plain objects with a `source` tag, so either side can
 * tell them apart from the other messages a page receives.
 *
 * Lab → host (posted to `window.parent` with target origin `*`: a height is no secret):
 *   { source: 'training-loop-lab', type: 'resize', lesson: '<lesson id>', height: <CSS px> }
 *   posted once the lesson has laid itself out, then only for real changes (height-poster.ts).
 *
 * Host → lab (anything else, or any extra field, is ignored without a word):
 *   { source: 'training-loop-lab-host', type: 'set-theme', theme: 'light' | 'dark' }
 *   { source: 'training-loop-lab-host', type: 'request-height' }  (re-posts the resize message)
 */
import { isLessonId, type LessonId } from '../lessons';

export const LAB_SOURCE = 'training-loop-lab';
export const HOST_SOURCE = 'training-loop-lab-host';
/** Taller than any lesson; a larger height is a bug, not a layout. */
export const MAX_HEIGHT = 100_000;

export interface ResizeMessage {
  readonly source: typeof LAB_SOURCE;
  readonly type: 'resize';
  readonly lesson: LessonId;
  readonly height: number;
}

export type HostMessage =
  | {
      readonly source: typeof HOST_SOURCE;
      readonly type: 'set-theme';
      readonly theme: 'light' | 'dark';
    }
  | { readonly source: typeof HOST_SOURCE; readonly type: 'request-height' };

export function resizeMessage(lesson: LessonId, height: number): ResizeMessage {
  return { source: LAB_SOURCE, type: 'resize', lesson, height: Math.ceil(height) };
}

/** A plain object (not an array, class instance or null) with exactly these own keys. */
function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Reflect.ownKeys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** The host's message if `data` is exactly one of them; null for anything else (never throws). */
export function parseHostMessage(data: unknown): HostMessage | null {
  try {
    if (hasExactly(data, ['source', 'type', 'theme'])) {
      const { source, type, theme } = data;
      if (source === HOST_SOURCE && type === 'set-theme' && (theme === 'light' || theme === 'dark'))
        return { source, type, theme };
    }
    if (hasExactly(data, ['source', 'type'])) {
      if (data.source === HOST_SOURCE && data.type === 'request-height')
        return { source: HOST_SOURCE, type: 'request-height' };
    }
    return null;
  } catch {
    // A hostile object (a throwing getter, a revoked proxy) is just another message to ignore.
    return null;
  }
}

/** For host pages and tests: whether `data` is a resize message from the lab. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  try {
    if (!hasExactly(data, ['source', 'type', 'lesson', 'height'])) return false;
    const { source, type, lesson, height } = data;
    return (
      source === LAB_SOURCE &&
      type === 'resize' &&
      isLessonId(lesson) &&
      typeof height === 'number' &&
      Number.isFinite(height) &&
      height >= 0 &&
      height <= MAX_HEIGHT
    );
  } catch {
    return false;
  }
}
