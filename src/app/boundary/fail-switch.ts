/**
 * A switch for tests, so a browser test can make one lesson throw while rendering and check
 * that only that lesson shows its failure: set sessionStorage
 * `training-loop-lab:fail-lesson` to a lesson id. Nothing in the lab ever sets it.
 */
const KEY = 'training-loop-lab:fail-lesson';

export function lessonAskedToFail(lesson: string): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === lesson;
  } catch {
    return false; // storage refused (a sandboxed frame): no switch
  }
}

export function FailIfAsked({ lesson }: { lesson: string }): null {
  if (lessonAskedToFail(lesson))
    throw new Error(`the test switch made the lesson "${lesson}" fail`);
  return null;
}
