/**
 * Copies text, with a fallback for pages where the async clipboard is missing or refused
 * (an iframe without permission, an old browser): select the text in a hidden field and copy.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the selection below.
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.insetInlineStart = '-9999px';
  const previous = document.activeElement;
  document.body.append(field);
  field.select();
  const copied = execCopy();
  field.remove();
  if (previous instanceof HTMLElement) previous.focus();
  return copied;
}

function execCopy(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
