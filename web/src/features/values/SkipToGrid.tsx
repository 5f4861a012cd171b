import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from '../../app/RouteFocus.tsx';

/**
 * "Lewati ke tabel isian", hidden until focused: it puts the focus on the grid's first writable
 * cell (else its first cell). As a SkipLink it sits at the very start of the document, so it is
 * the first Tab stop after the page loads or is opened from the menu, before the menu, the
 * header, the filters and the actions (about 20 stops) that a keyboard user would otherwise
 * tab through.
 */
export function SkipToGrid() {
  const { t } = useTranslation();

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
  return (
    <SkipLink href="#entry-grid" onClick={onClick} data-testid="skip-to-grid">
      {t('entry.grid.skip')}
    </SkipLink>
  );
}
