import { useMemo, useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { formatNumber } from '../../components/format.ts';
import { catalogAccessOf, isNationalOwner } from './access.ts';
import { useDimensionSets, useIndicatorCatalog, type DimensionSet } from './api.ts';
import { DimensionFormModal } from './DimensionFormModal.tsx';
import { OwnerTag } from './OwnerTag.tsx';
import { TabActions } from './TabActions.tsx';

/** How many members a row shows before "+ n more"; the expanded row lists them all. */
const SHOWN_MEMBERS = 8;

/** The disaggregation dimensions a region's indicators may use, and adding the region's own. */
export function DimensionsTab({ slot }: { slot: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const me = useMe();
  const { region } = useRegion();
  const access = catalogAccessOf(me, region);
  const sets = useDimensionSets(region.code);
  const catalog = useIndicatorCatalog(region.code);
  // `session` gives each opening a fresh form.
  const [adding, setAdding] = useState({ open: false, session: 0 });

  const usedBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const ind of catalog.data ?? [])
      for (const d of ind.dimensions) counts.set(d, (counts.get(d) ?? 0) + 1);
    return counts;
  }, [catalog.data]);

  // Built-in sets first (the common vocabulary), then national, then the region's own.
  const rows = [...(sets.data ?? [])].sort(
    (a, b) => rank(a) - rank(b) || (en ? a.nameEn : a.nameId).localeCompare(en ? b.nameEn : b.nameId),
  );
  const ownCount = rows.filter((s) => !isNationalOwner(s.ownerRegionCode)).length;
  const label = (m: { labelId: string; labelEn: string }) => (en ? m.labelEn : m.labelId);

  const columns: ColumnsType<DimensionSet> = [
    {
      title: t('dimensionSets.name'),
      key: 'name',
      width: 300,
      render: (_: unknown, s) => (
        <div>
          <Typography.Text strong>{en ? s.nameEn : s.nameId}</Typography.Text>
          <Flex gap={6} align="center" wrap style={{ marginTop: 2 }}>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {s.code}
            </Typography.Text>
            <OwnerTag owner={s.ownerRegionCode} builtin={s.builtin} />
          </Flex>
        </div>
      ),
    },
    {
      title: t('dimensionSets.members'),
      key: 'members',
      render: (_: unknown, s) => (
        <Flex gap={4} wrap>
          {s.members.slice(0, SHOWN_MEMBERS).map((m) => (
            <Tag key={m.code} style={{ marginInlineEnd: 0 }}>
              {label(m)}
            </Tag>
          ))}
          {s.members.length > SHOWN_MEMBERS && (
            <Typography.Text type="secondary">
              {t('dimensionSets.more', { n: formatNumber(s.members.length - SHOWN_MEMBERS) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('dimensionSets.usedBy'),
      key: 'usedBy',
      width: 150,
      render: (_: unknown, s) => {
        const n = usedBy.get(s.code) ?? 0;
        return n
          ? t('dimensionSets.usedByCount', { count: n, n: formatNumber(n) })
          : t('dimensionSets.unused');
      },
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760, margin: 0 }}>
          {t('dimensionSets.intro')}{' '}
          {ownCount === 0 &&
            region.level !== 'nasional' &&
            (access.canAdd ? t('dimensionSets.noOwnManage') : t('dimensionSets.noOwnRead'))}
        </Typography.Paragraph>
        <RefreshButton query={sets} />
      </Flex>
      {access.canAdd && (
        <TabActions slot={slot}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding({ open: true, session: adding.session + 1 })}
          >
            {t('dimensionSets.add')}
          </Button>
        </TabActions>
      )}
      <ErrorAlert error={sets.error} onRetry={() => void sets.refetch()} />
      <Table<DimensionSet>
        data-testid="dimension-table"
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={sets.isFetching}
        pagination={false}
        scroll={{ x: 800 }}
        expandable={{
          expandedRowRender: (s) => <MemberList set={s} label={label} />,
          rowExpandable: (s) => s.members.length > 0,
        }}
      />
      <DimensionFormModal
        key={adding.session}
        open={adding.open}
        owners={access.owners}
        regionName={region.name}
        onClose={() => setAdding({ ...adding, open: false })}
      />
    </>
  );
}

function rank(s: DimensionSet): number {
  if (s.builtin) return 0;
  return isNationalOwner(s.ownerRegionCode) ? 1 : 2;
}

function MemberList({
  set,
  label,
}: {
  set: DimensionSet;
  label: (m: DimensionSet['members'][number]) => string;
}) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 24, columns: set.members.length > 8 ? 2 : 1 }}>
      {set.members.map((m) => (
        <li key={m.code}>
          {label(m)}{' '}
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {m.code}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}
