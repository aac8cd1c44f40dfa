/** An error in words: one line for the page, and the full text a bug report needs. */
export interface ErrorDetails {
  readonly summary: string;
  readonly full: string;
}

const SUMMARY_LENGTH = 200;

export function describeError(error: unknown, where: string): ErrorDetails {
  let name = 'Error';
  let message: string;
  let stack = '';
  try {
    if (error instanceof Error) {
      name = error.name;
      message = error.message;
      stack = error.stack ?? '';
    } else {
      message = String(error);
    }
  } catch {
    message = '(the error could not be read)';
  }
  const summary = `${name}: ${message}`.slice(0, SUMMARY_LENGTH);
  const full = [
    `Training Loop Lab: ${where}`,
    `${name}: ${message}`,
    stack,
    `Address: ${location.href}`,
    `Browser: ${navigator.userAgent}`,
  ]
    .filter((line) => line !== '')
    .join('\n');
  return { summary, full };
}
