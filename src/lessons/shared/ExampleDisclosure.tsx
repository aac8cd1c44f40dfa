/**
 * "The article's example", one click away: a sentence pointing to it, a button that opens
 * it, and the panel it opens. The forward-pass and loss lessons each put their own view of
 * the example inside.
 */
import { useId, useState, type ReactNode } from 'react';
import './article-example.css';

export function ExampleDisclosure(props: {
  pointer: ReactNode;
  button: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="article-example">
      <p className="article-example-pointer">{props.pointer}</p>
      <button
        type="button"
        className="button article-example-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {props.button}
      </button>
      {/* Drawn only when open: the panel is a second diagram the learner did not ask for yet. */}
      <div id={panelId} className="article-example-panel" hidden={!open}>
        {open && props.children()}
      </div>
    </section>
  );
}
