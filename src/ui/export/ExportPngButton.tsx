/**
 * A button that saves a chart as a PNG file. `target` is the chart (an SVG or a canvas) or an
 * element containing one, given as a ref or a getter, so it is looked up at click time.
 */
import { useState, type RefObject } from 'react';
import { useLessonT } from '../i18n';
import { downloadBlob, safeFilename } from './download';
import { messages } from './messages';
import { chartToPng, findChart } from './png';

export interface ExportPngButtonProps {
  readonly target: RefObject<Element | null> | (() => Element | null);
  /** Without the extension, e.g. "loss-curve". */
  readonly filename: string;
  /** Defaults to the shell's "Chart as PNG". */
  readonly label?: string;
  readonly className?: string;
}

export function ExportPngButton({ target, filename, label, className }: ExportPngButtonProps) {
  const t = useLessonT(messages);
  const [message, setMessage] = useState('');

  async function save(): Promise<void> {
    const root = typeof target === 'function' ? target() : target.current;
    const chart = root === null ? null : findChart(root);
    if (chart === null) {
      setMessage(t('noChart'));
      return;
    }
    try {
      const file = `${safeFilename(filename)}.png`;
      downloadBlob(await chartToPng(chart), file);
      setMessage(t('saved', { file }));
    } catch (error) {
      setMessage(t('failed', { message: (error as Error).message }));
    }
  }

  return (
    <span className="export-png">
      <button type="button" className={className ?? 'button'} onClick={() => void save()}>
        {label ?? t('png')}
      </button>
      <span role="status" className="visually-hidden">
        {message}
      </span>
    </span>
  );
}
