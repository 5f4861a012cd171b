import { useState } from 'react';
import { Button, Segmented, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../components/format.ts';
import { AgreementFormModal } from './AgreementForm.tsx';
import { useAgreements, type AgreementSummary } from './api.ts';

export const STATUS_COLORS = {
  draft: 'default',
  signed: 'blue',
  active: 'green',
  expired: 'orange',
  terminated: 'red',
} as const;

/** Kerja Sama: the region's MoU and PKS by end date, or only those ending this year. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const search = useRegionSearch();
  const thisYear = new Date().getFullYear();
  const [expiring, setExpiring] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useAgreements(region.code, expiring ? thisYear : null);
  const canManage = list.data?.canManage ?? false;

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('agreements.create')}
            </Button>
          )
        }
      />
      <Segmented
        style={{ marginBottom: 16 }}
        value={expiring ? 'expiring' : 'all'}
        onChange={(v) => setExpiring(v === 'expiring')}
        options={[
          { value: 'all', label: t('agreements.allYears') },
          { value: 'expiring', label: `${t('agreements.expiringOnly')} (${thisYear})` },
        ]}
      />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AgreementSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{
          emptyText: (
            <EmptyState>{canManage ? t('agreements.emptyManager') : t('agreements.empty')}</EmptyState>
          ),
        }}
        columns={[
          {
            title: t('agreements.titleField'),
            dataIndex: 'title',
            render: (title: string, a) => (
              <Space size={4} wrap>
                <Link to={`/lembaga-layanan/kerja-sama/${a.id}${search}`}>{title}</Link>
                {a.isDemo && <Tag color="gold">{t('agreements.demo')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('agreements.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`agreements.kinds.${k}`),
          },
          { title: t('agreements.parties'), dataIndex: 'partyNames', render: (n: string[]) => n.join('; ') },
          { title: t('agreements.startsOn'), dataIndex: 'startsOn', render: formatDate },
          {
            title: t('agreements.endsOn'),
            dataIndex: 'endsOn',
            render: (d: string, a) => (
              <>
                {formatDate(d)}
                {(a.status === 'active' || a.status === 'signed') && a.daysLeft <= 90 && (
                  <div>
                    <Tag color="orange">{t('agreements.daysLeft', { days: a.daysLeft })}</Tag>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('agreements.status'),
            dataIndex: 'status',
            render: (s: keyof typeof STATUS_COLORS) => (
              <Tag color={STATUS_COLORS[s]}>{t(`agreements.statuses.${s}`)}</Tag>
            ),
          },
        ]}
      />
      {creating && (
        <AgreementFormModal regionCode={region.code} agreement={null} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
