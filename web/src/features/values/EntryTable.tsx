import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../domain/value-rules.ts';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import type { EntryGrid } from './api.ts';
import { MemoIndicatorRows } from './IndicatorRows.tsx';
import type { EntryState } from './useEntryState.ts';

interface Props {
  grid: EntryGrid;
  state: EntryState;
  labels: CatalogLabels;
  editable: boolean;
  editsLocked: boolean;
  describe: (v: Violation) => string;
}

/** The grid, one table per domain group so long OPD lists read like the Profil Gender chapters. */
export function EntryTable({ grid, state, labels, editable, editsLocked, describe }: Props) {
  const { t } = useTranslation();
  const groups = [...new Set(grid.indicators.map((i) => i.indicator.domainGroup))].sort(
    (a, b) => DOMAIN_GROUPS.indexOf(a as never) - DOMAIN_GROUPS.indexOf(b as never),
  );

  return (
    <div data-entry-grid data-testid="entry-grid">
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="setara-entry-group">
          <Typography.Title level={4} id={`group-${group}`} style={{ marginTop: 8 }}>
            {labels.group(group)}
          </Typography.Title>
          <div className="setara-entry-scroll">
            <table className="setara-entry-table">
              <colgroup>
                <col />
                <col style={{ width: 190 }} />
                <col style={{ width: 190 }} />
                <col style={{ width: 110 }} />
                <col style={{ width: 120 }} />
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
              {grid.indicators
                .filter((i) => i.indicator.domainGroup === group)
                .map(({ indicator, cells }) => (
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
