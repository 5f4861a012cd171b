import type { CSSProperties } from 'react';

/**
 * Text that screen readers say and nobody sees: a badge's meaning, a flag's words behind its
 * tooltip, a step's state. Kept in the layout's flow at 1 px so readers do not skip it.
 */
export const SCREEN_READER_ONLY: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
