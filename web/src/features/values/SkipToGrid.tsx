import { useEffect, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './entry-grid.css';

/**
 * "Lewati ke tabel isian", hidden until focused: it puts the focus on the grid's first writable
 * cell (else its first cell). It is placed at the very start of the document, so it is the first
 * Tab stop after the page loads, before the menu, the header, the filters and the actions (about
 * 20 stops) that a keyboard user would otherwise tab through.
 */
export function SkipToGrid() {
  const { t } = useTranslation();
  const [host] = useState(() => document.createElement('div'));
  useEffect(() => {
    document.body.prepend(host);
    return () => host.remove();
  }, [host]);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const grid = document.getElementById('entry-grid');
    const cell =
      grid?.querySelector<HTMLInputElement>('input[data-key]:not([readonly])') ??
      grid?.querySelector<HTMLInputElement>('input[data-key]');
    if (!cell) return;
    event.preventDefault();
    cell.focus();
    cell.select();
  }
  return createPortal(
    <a href="#entry-grid" className="setara-skip-link" onClick={onClick} data-testid="skip-to-grid">
      {t('entry.grid.skip')}
    </a>,
    host,
  );
}
