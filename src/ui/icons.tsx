/**
 * Small inline-SVG icons for controls and verdicts. Emoji and symbols such as ⏭ or ✅ need an
 * emoji or symbol font, and a browser without one (Debian's Chromium) draws empty boxes; an SVG
 * draws the same everywhere. Each icon is one text line high (sized in em), takes the text's
 * colour (currentColor, so both themes work) and lines up with the text beside it. Icons are
 * decoration: the text beside them carries the meaning, so they are hidden from assistive
 * technology and never take focus.
 */
import type { CSSProperties, ReactNode } from 'react';

export interface IconProps {
  readonly className?: string;
}

// Lowered by an eighth of an em, so the 1em box reaches from just below the baseline to about
// the capitals' height and the icon sits centred on the text, as a font's symbol would; kept
// from shrinking in flex rows. Inline, so an icon needs no stylesheet wherever it is used.
const ALIGN_WITH_TEXT: CSSProperties = { verticalAlign: '-0.125em', flexShrink: 0 };

/** Strokes for the line-drawn icons (check, cross, reset): thick enough at 1em to read. */
const LINE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** `name` is written to data-icon, so tests and styles can tell the icons apart. */
function Icon({
  name,
  className,
  children,
}: IconProps & { readonly name: string; readonly children: ReactNode }) {
  return (
    <svg
      data-icon={name}
      className={className === undefined ? 'icon' : `icon ${className}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      style={ALIGN_WITH_TEXT}
    >
      {children}
    </svg>
  );
}

/** A right-pointing triangle: start playing. */
export function PlayIcon(props: IconProps) {
  return (
    <Icon name="play" {...props}>
      <path d="M4 2.5v11l9.5-5.5z" />
    </Icon>
  );
}

/** Two bars: pause. */
export function PauseIcon(props: IconProps) {
  return (
    <Icon name="pause" {...props}>
      <path d="M3.5 2.5h3.25v11H3.5zM9.25 2.5h3.25v11H9.25z" />
    </Icon>
  );
}

/** A triangle against a bar: one step forward. */
export function StepIcon(props: IconProps) {
  return (
    <Icon name="step" {...props}>
      <path d="M2.5 2.5v11l8.5-5.5zM11.5 2.5h2.25v11H11.5z" />
    </Icon>
  );
}

/** An arrow turning anticlockwise: back to the start. */
export function ResetIcon(props: IconProps) {
  return (
    <Icon name="reset" {...props}>
      <path {...LINE} strokeWidth={1.75} d="M8 3.5a5 5 0 1 1-4.6 3" />
      <path d="M5.25 3.5 9 1v5z" />
    </Icon>
  );
}

/** A tick: right, matches, passed. */
export function CheckIcon(props: IconProps) {
  return (
    <Icon name="check" {...props}>
      <path {...LINE} d="M2.75 8.5 6.25 12 13.25 4.25" />
    </Icon>
  );
}

/** A cross: wrong, does not match, failed. */
export function CrossIcon(props: IconProps) {
  return (
    <Icon name="cross" {...props}>
      <path {...LINE} d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  );
}

/** Three bars: a menu that opens. */
export function MenuIcon(props: IconProps) {
  return (
    <Icon name="menu" {...props}>
      <path d="M2 3.25h12v1.75H2zM2 7.125h12v1.75H2zM2 11h12v1.75H2z" />
    </Icon>
  );
}

/** Three sliders: settings that open. */
export function SlidersIcon(props: IconProps) {
  return (
    <Icon name="sliders" {...props}>
      <path {...LINE} d="M2 4h12M2 8h12M2 12h12" strokeWidth={1.5} />
      <circle cx="5" cy="4" r="1.9" />
      <circle cx="11" cy="8" r="1.9" />
      <circle cx="7" cy="12" r="1.9" />
    </Icon>
  );
}
