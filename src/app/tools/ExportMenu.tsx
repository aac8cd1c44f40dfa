/**
 * The header's Export menu (a disclosure: a button that shows the export buttons).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useConfig } from '../../store/config';
import { messages } from '../../ui/export/messages';
import { useLessonT } from '../../ui/i18n';
import type { LessonId } from '../lessons';

type Choice = 'csv' | 'json' | 'png' | 'model-json' | 'model-python' | 'model-js';
const CHOICES: readonly Choice[] = ['csv', 'json', 'png', 'model-json', 'model-python', 'model-js'];

export interface ExportMenuProps {
  onMessage(text: string): void;
  /** The lesson being read, whose chart "Chart as PNG" saves. */
  lesson(): LessonId | null;
}

export function ExportMenu({ onMessage, lesson }: ExportMenuProps) {
  const t = useLessonT(messages);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLButtonElement>('li button')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function close(): void {
    setOpen(false);
    toggle.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  }

  async function choose(choice: Choice): Promise<void> {
    close();
    // The export code (CSV, JSON, PNG) loads on first use, not with the header.
    const actions = await import('../export/actions');
    const result =
      choice === 'png'
        ? await actions.exportLessonChart(lesson() ?? useConfig.getState().app.lesson)
        : choice === 'csv' || choice === 'json'
          ? await actions.exportMainHistory(choice)
          : await actions.exportFitModel(choice);
    if (result.ok) onMessage(t('saved', { file: result.file }));
    else if (result.reason === 'empty') onMessage(t('empty'));
    else if (result.reason === 'no-chart') onMessage(t('noChart'));
    else if (result.reason === 'no-model') onMessage(t('noModel'));
    else if (result.reason === 'no-full-history') onMessage(t('noFullHistory'));
    else onMessage(t('failed', { message: result.message }));
  }

  return (
    <div className="export-menu" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('menu')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={panelId} className="export-panel" hidden={!open}>
        {CHOICES.map((choice) => (
          <li key={choice}>
            <button type="button" className="button" onClick={() => void choose(choice)}>
              {t(choice)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
