import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDecimal } from '../../components/format.ts';
import { useDeletePlanTarget, usePlanTargets, type PlanTarget, type RpjmdPeriod } from './api-recap.ts';
import { PlanTargetModal } from './PlanTargetModal.tsx';

interface Props {
  period: RpjmdPeriod;
  /** null: the RPJMD's own goals; an id: that OPD's Renstra. */
  opdId: string | null;
  regionCode: string;
  canEdit: boolean;
  emptyText: string;
}

/** Goals and targets with their indicator and a column per year of the period. */
export function PlanTargetsTable({ period, opdId, regionCode, canEdit, emptyText }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const targets = usePlanTargets(period.id, opdId);
  const remove = useDeletePlanTarget(period.id, opdId);
  const [editing, setEditing] = useState<PlanTarget | null>(null);
  const [open, setOpen] = useState(false);
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
  const rows = targets.data ?? [];

  const columns: ColumnsType<PlanTarget> = [
    {
      title: t('planning.targets.statement'),
      key: 'statement',
      render: (_: unknown, r) => (
        <div>
          <Tag color={r.kind === 'tujuan' ? 'geekblue' : 'cyan'}>{t(`planning.targets.kinds.${r.kind}`)}</Tag>
          {r.statement}
        </div>
      ),
    },
    {
      title: t('planning.targets.indicator'),
      key: 'indicator',
      width: 280,
      render: (_: unknown, r) => (
        <div>
          <div>{r.indicatorName}</div>
          <Space size={4} wrap style={{ marginTop: 2 }}>
            {r.isGender && <Tag color="magenta">{t('planning.targets.genderTag')}</Tag>}
            {r.indicatorCode && (
              <Tooltip title={t('planning.targets.catalogLinked')}>
                <Typography.Text code>{r.indicatorCode}</Typography.Text>
              </Tooltip>
            )}
          </Space>
        </div>
      ),
    },
    { title: t('planning.targets.unit'), dataIndex: 'unit', width: 100 },
    ...years.map((y) => ({
      title: String(y),
      key: `y${y}`,
      width: 90,
      align: 'right' as const,
      render: (_: unknown, r: PlanTarget) =>
        r.yearTargets[String(y)] ? formatDecimal(r.yearTargets[String(y)]) : '—',
    })),
  ];
  if (canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, r) => (
        <Space size={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('planning.targets.editFor', { name: r.statement })}
            onClick={() => {
              setEditing(r);
              setOpen(true);
            }}
          />
          <Popconfirm
            title={t('planning.targets.deleteConfirm')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={async () => {
              try {
                await remove.mutateAsync(r.id);
                message.success(t('planning.targets.deleted'));
              } catch (err) {
                message.error(err instanceof Error ? err.message : String(err));
              }
            }}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('planning.targets.deleteFor', { name: r.statement })}
            />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      {canEdit && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
          data-testid="target-add"
        >
          {t('planning.targets.add')}
        </Button>
      )}
      <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />
      <Table<PlanTarget>
        size="small"
        rowKey="id"
        data-testid={opdId ? 'renstra-table' : 'rpjmd-table'}
        loading={targets.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 700 + years.length * 90 }}
        locale={{ emptyText: targets.isPending ? ' ' : <EmptyState>{emptyText}</EmptyState> }}
      />
      {open && (
        <PlanTargetModal
          open
          key={editing?.id ?? 'new'}
          target={editing}
          period={period}
          opdId={opdId}
          regionCode={regionCode}
          nextOrder={rows.reduce((m, r) => Math.max(m, r.sortOrder), 0) + 1}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
