import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PasteRefused } from '../../../../domain/tsv-paste.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import { sexOfColumn, type EntryLayout } from './gridLayout.ts';
import type { PasteResult } from './usePaste.ts';

/** Refused cells named one by one up to this many; the rest are counted. */
const LISTED = 8;

interface Props {
  result: PasteResult;
  layout: EntryLayout;
  labels: CatalogLabels;
  onClose: () => void;
}

/**
 * What the last paste did: "24 nilai ditempel, 2 ditolak: …" naming each refused cell (indicator
 * code, breakdown, sex) with its reason; figures beyond the grid are counted in one item.
 */
export function PasteSummary({ result, layout, labels, onClose }: Props) {
  const { t } = useTranslation();
  const { filled, cleared, refused } = result;
  const inside = refused.filter((r) => r.reason !== 'outside');
  const outside = refused.length - inside.length;

  const where = (r: PasteRefused) => {
    const row = layout.rows[r.row];
    const parts = [row.indicatorCode];
    if (row.comboKey) parts.push(labels.combo(row.comboKey));
    parts.push(labels.sex(sexOfColumn(r.col)));
    return parts.join(', ');
  };
  const items = inside.slice(0, LISTED).map((r) =>
    t('entry.grid.paste.item', {
      cell: where(r),
      text: r.text,
      reason: t(`entry.grid.paste.reason.${r.reason}`),
    }),
  );
  if (inside.length > LISTED) items.push(t('entry.grid.paste.more', { n: inside.length - LISTED }));
  if (outside > 0) items.push(t('entry.grid.paste.outside', { count: outside, n: outside }));

  const head = [
    t('entry.grid.paste.filled', { count: filled, n: filled }),
    ...(cleared > 0 ? [t('entry.grid.paste.cleared', { count: cleared, n: cleared })] : []),
    t('entry.grid.paste.refused', { count: refused.length, n: refused.length }),
  ].join(', ');
  const text = refused.length > 0 ? `${head}: ${items.join('; ')}.` : `${head}.`;

  return (
    <Alert
      type={refused.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose, 'aria-label': t('entry.grid.paste.close') }}
      title={text}
      data-testid="paste-summary"
      style={{ marginBottom: 12 }}
    />
  );
}
