import type { ClipboardEvent, FocusEvent, KeyboardEvent, RefObject } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../domain/value-rules.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import type { EntryLayout } from './gridLayout.ts';
import { MemoIndicatorRows } from './IndicatorRows.tsx';
import type { EntryState } from './useEntryState.ts';
import './entry-grid.css';

interface Props {
  layout: EntryLayout;
  state: EntryState;
  labels: CatalogLabels;
  editable: boolean;
  editsLocked: boolean;
  describe: (v: Violation) => string;
  rootRef: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * The grid, one table per domain group so long OPD lists read like the Profil Gender chapters.
 * Keys and pastes are handled once here for every cell (useGridKeyboard, usePaste).
 */
export function EntryTable({
  layout,
  state,
  labels,
  editable,
  editsLocked,
  describe,
  rootRef,
  onKeyDown,
  onPaste,
  onFocus,
}: Props) {
  const { t } = useTranslation();

  return (
    <div
      data-entry-grid
      data-testid="entry-grid"
      id="entry-grid"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onFocus={onFocus}
    >
      {layout.groups.map(({ group, indicators }) => (
        <section key={group} aria-labelledby={`group-${group}`} className="setara-entry-group">
          <Typography.Title level={4} id={`group-${group}`} style={{ marginTop: 8 }}>
            {labels.group(group)}
          </Typography.Title>
          <div className="setara-entry-scroll">
            <table className="setara-entry-table">
              <colgroup>
                <col className="setara-col-name" />
                <col className="setara-col-value" />
                <col className="setara-col-value" />
                <col className="setara-col-total" />
                <col className="setara-col-status" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('entry.indicator')}</th>
                  <th scope="col">{labels.sex('P')}</th>
                  <th scope="col">{labels.sex('L')}</th>
                  <th scope="col">{t('entry.total')}</th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              {indicators.map(({ indicator, cells }) => (
                <MemoIndicatorRows
                  key={indicator.code}
                  indicator={indicator}
                  cells={cells}
                  state={state}
                  labels={labels}
                  editable={editable}
                  editsLocked={editsLocked}
                  describe={describe}
                />
              ))}
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
