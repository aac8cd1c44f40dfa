/**
 * The links to every lesson. On a wide screen they are a row under the transport; on a phone
 * twelve links would fill a third of the screen in a bar that never scrolls away, so there they
 * fold behind a "Lessons" button that opens them as a panel over the page (the button and the
 * folding are shown and done by CSS; the open state lives here). A lesson's code starts loading
 * when its link is about to be followed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { DisclosureButton } from '../ui/DisclosureButton';
import { useT } from '../ui/i18n';
import { MenuIcon } from '../ui/icons';
import type { MessageKey } from '../ui/messages/en';
import { loadLessonAhead } from './lesson-views';
import { lessons } from './lessons';

export function LessonNav() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const nav = useRef<HTMLElement>(null);

  // An open panel closes on Escape (focus back on its button) and on a click outside it.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      nav.current?.querySelector<HTMLButtonElement>('.lesson-menu-button')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <nav ref={nav} className={open ? 'lesson-nav open' : 'lesson-nav'} aria-label={t('nav.label')}>
      <DisclosureButton
        open={open}
        controls={listId}
        className="lesson-menu-button"
        onToggle={() => setOpen(!open)}
      >
        <MenuIcon /> <span className="button-text">{t('nav.label')}</span>
      </DisclosureButton>
      <ol id={listId}>
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            {/* A followed link closes the panel, so the lesson it leads to is not covered. */}
            <a
              href={`#${lesson.id}`}
              onClick={() => setOpen(false)}
              // Its code starts loading as the reader is about to follow the link (a pointer
              // over it, a finger on it, keyboard focus), so the lesson is not an empty box
              // while the code arrives.
              onPointerEnter={() => loadLessonAhead(lesson.id)}
              onPointerDown={() => loadLessonAhead(lesson.id)}
              onFocus={() => loadLessonAhead(lesson.id)}
            >
              <span className="numbers">{lesson.number}</span>{' '}
              {t(`lesson.${lesson.id}.title` as MessageKey)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
