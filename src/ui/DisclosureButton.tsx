/**
 * A button that shows or hides a part of the page (the phone's Lessons and Settings): it says
 * whether that part is open and which element it is, for assistive technology.
 */
import type { ReactNode } from 'react';

export function DisclosureButton(props: {
  readonly open: boolean;
  /** The id of the element it shows and hides. */
  readonly controls: string;
  readonly className: string;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button ${props.className}`}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      {props.children}
    </button>
  );
}
