/**
 * The end of every exhaustive switch over a discriminated union (messages, losses, stages):
 * a case added to the union without being handled is a compile error, and a malformed value
 * that slips past the types at run time is a clear exception.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
