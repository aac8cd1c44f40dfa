/**
 * The address's hash names a lesson (`#backprop`) or a place inside one (`#backprop-title`).
 * It is read defensively: a link cut short in a chat (`#%`, `#%E0%A4%A`) or a lesson id typed
 * by hand must open the lab with a notice, never throw.
 */
import { displayValue, type SettingNotice } from '../store/config-schema';
import { isLessonId } from './lessons';

export interface HashTarget {
  /** The element id to scroll to, or null for "the top of the page". */
  readonly id: string | null;
  /** Why the hash was ignored, when it was. */
  readonly notice: SettingNotice | null;
}

/** `decodeURIComponent` without the URIError a malformed escape throws. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function ignored(raw: string, reason: string): HashTarget {
  return {
    id: null,
    notice: { key: '', value: '', message: `The lesson link “#${displayValue(raw)}” ${reason}` },
  };
}

/** A lesson, or an element inside one: its id starts with the lesson's id and a dash. */
function namesAPlaceInTheLab(id: string): boolean {
  if (isLessonId(id)) return true;
  const dash = id.lastIndexOf('-');
  for (let cut = dash; cut > 0; cut = id.lastIndexOf('-', cut - 1)) {
    if (isLessonId(id.slice(0, cut))) return /^[\w-]+$/.test(id);
  }
  return false;
}

export function readHashTarget(hash: string): HashTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { id: null, notice: null };
  // The skip link's target.
  if (raw === 'lessons') return { id: raw, notice: null };
  const id = safeDecode(raw);
  if (id === null) return ignored(raw, 'is not valid URL encoding and was ignored');
  if (!namesAPlaceInTheLab(id)) return ignored(raw, 'names no lesson of this lab and was ignored');
  return { id, notice: null };
}
