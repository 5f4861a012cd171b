import { useTranslation } from 'react-i18next';

const KEYS = ['arrows', 'enter', 'homeEnd', 'nextEmpty', 'comment', 'undo', 'paste', 'save'] as const;

/**
 * The grid's shortcuts (useGridKeyboard.ts) as a native disclosure: its title always shows above
 * the grid, a keyboard reaches it and a screen reader announces it, and the list opens on demand.
 */
export function KeyboardHelp() {
  const { t } = useTranslation();
  return (
    <details className="setara-keys" data-testid="keyboard-help">
      <summary>{t('entry.grid.keysTitle')}</summary>
      <ul>
        {KEYS.map((k) => (
          <li key={k}>{t(`entry.grid.keys.${k}`)}</li>
        ))}
      </ul>
    </details>
  );
}
