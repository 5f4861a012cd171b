import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Puts a tab's buttons ("Tambah …") at the right of the tab bar, where they stay in view and
 * do not push the tab's filters onto a second line, while the tab keeps their state.
 */
export function TabActions({ slot, children }: { slot: HTMLElement | null; children: ReactNode }) {
  return slot ? createPortal(children, slot) : null;
}
