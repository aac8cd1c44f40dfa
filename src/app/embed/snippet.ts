/**
 * The HTML an author pastes into a page to embed one lesson: an iframe whose address carries the
 * current settings (url-sync's currentEmbedUrl), and a few lines of script that size each lab
 * frame to the height it posts.
 */
import { LAB_SOURCE } from './protocol';

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The host script: trusts only messages from the lab's origin and from one of its frames. */
export function hostScript(origin: string): string {
  return `<script>
  // Sizes Training Loop Lab frames to their content.
  addEventListener('message', (event) => {
    const m = event.data;
    if (event.origin !== ${JSON.stringify(origin)} || !m || m.source !== '${LAB_SOURCE}') return;
    if (m.type !== 'resize' || typeof m.height !== 'number' || !(m.height >= 0)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = m.height + 'px';
    }
  });
</script>`;
}

export function embedSnippet(options: {
  readonly src: string;
  readonly title: string;
  readonly origin: string;
}): string {
  const iframe =
    `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}"` +
    ` style="width:100%;border:0" height="400" loading="lazy"></iframe>`;
  return `${iframe}\n${hostScript(options.origin)}\n`;
}
