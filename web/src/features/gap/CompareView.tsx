import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Change, SectionDiff } from '../../../../domain/planning/gap-diff.ts';
import { formatRupiah } from '../../components/money.ts';
import { usePartName } from './labels.ts';

const KIND_COLORS = { added: 'green', removed: 'red', changed: 'gold', item_changed: 'gold' } as const;

/** Fields that hold Rupiah amounts as exact strings: shown as "Rp 1.250.000". */
const MONEY_FIELDS = new Set(['budget']);

/**
 * Any JSON value as reviewers read it: text as written, amounts in Rupiah, lists and items as
 * "Field: value" lines with the field's own label. `field` is the name the value sits under.
 */
function show(value: unknown, label: (field: string) => string, field = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return MONEY_FIELDS.has(field) ? formatRupiah(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => show(v, label)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .filter(([k]) => k !== 'id')
    .map(([k, v]) => `${label(k)}: ${show(v, label, k)}`)
    .join('\n');
}

function BeforeAfter({ before, after, field = '' }: { before: unknown; after: unknown; field?: string }) {
  const { t } = useTranslation();
  const label = (k: string) => t(`gap.fields.${k}`, { defaultValue: k });
  return (
    <Flex gap={8} wrap style={{ marginTop: 4 }}>
      <div className="setara-diff-before" style={{ ...BOX, background: '#fff1f0', borderColor: '#ffa39e' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('gap.compare.before')}
        </Typography.Text>
        <div style={{ whiteSpace: 'pre-wrap' }}>{show(before, label, field)}</div>
      </div>
      <div style={{ ...BOX, background: '#f6ffed', borderColor: '#b7eb8f' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('gap.compare.after')}
        </Typography.Text>
        <div style={{ whiteSpace: 'pre-wrap' }}>{show(after, label, field)}</div>
      </div>
    </Flex>
  );
}

const BOX = { flex: '1 1 260px', border: '1px solid', borderRadius: 6, padding: '6px 10px' } as const;

function ChangeRow({ change }: { change: Change }) {
  const { t } = useTranslation();
  const field = (path: string) =>
    path === '' ? t('gap.compare.whole') : t(`gap.fields.${path.split('.').pop()}`, { defaultValue: path });
  return (
    <li style={{ marginBottom: 12 }} data-testid={`gap-change-${change.kind}`}>
      <Tag color={KIND_COLORS[change.kind]}>{t(`gap.compare.kinds.${change.kind}`)}</Tag>
      <Typography.Text strong>
        {'position' in change
          ? t('gap.compare.item', { list: field(change.path), n: change.position })
          : field(change.path)}
      </Typography.Text>
      {change.kind === 'changed' && (
        <BeforeAfter before={change.before} after={change.after} field={change.path.split('.').pop()} />
      )}
      {change.kind === 'added' && <BeforeAfter before={null} after={change.item} />}
      {change.kind === 'removed' && <BeforeAfter before={change.item} after={null} />}
      {change.kind === 'item_changed' && (
        <ul style={{ paddingInlineStart: 18, marginTop: 4 }}>
          {change.fields.map((f) => (
            <li key={f.field}>
              <Typography.Text>{field(f.field)}</Typography.Text>
              <BeforeAfter before={f.before} after={f.after} field={f.field} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What changed between two versions, per step, GBS and TOR; unchanged parts are listed as such. */
export function CompareView({ sections }: { sections: SectionDiff[] }) {
  const { t } = useTranslation();
  const name = usePartName();
  const changed = sections.filter((s) => s.changes.length > 0);
  const unchanged = sections.filter((s) => s.changes.length === 0);
  if (changed.length === 0) return <Empty description={t('gap.compare.noChanges')} />;
  return (
    <div data-testid="gap-compare">
      {changed.map((s) => (
        <Card key={String(s.target)} size="small" title={name(s.target)} style={{ marginBottom: 12 }}>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {s.changes.map((c, i) => (
              <ChangeRow key={i} change={c} />
            ))}
          </ul>
        </Card>
      ))}
      {unchanged.length > 0 && (
        <Typography.Text type="secondary">
          {t('gap.compare.unchanged', { list: unchanged.map((s) => name(s.target)).join('; ') })}
        </Typography.Text>
      )}
    </div>
  );
}
