import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useRegion } from '../../app/region.tsx';
import type { AuditEntry } from '../../app/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { usePagedQueryState } from '../../components/usePagedQueryState.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, useAuditList } from './api.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { AuditSubject } from './AuditSubject.tsx';
import { AuditFilters, NO_AUDIT_FILTERS, hasAuditFilters, type AuditFilterValues } from './AuditFilters.tsx';

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  deactivate: 'red',
  reactivate: 'cyan',
  login_failed: 'volcano',
  password_reset: 'orange',
  password_change: 'orange',
};

export function AuditPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const paged = usePagedQueryState<AuditFilterValues>(NO_AUDIT_FILTERS, hasAuditFilters);
  const { filters, filtered } = paged;

  const list = useAuditList(region.code, {
    userId: filters.userId,
    entity: filters.entity,
    action: filters.action,
    signIns: filters.signIns ? 'include' : 'exclude',
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
    page: paged.page,
    pageSize: paged.pageSize,
  });

  const known = <T extends readonly string[]>(list: T, value: string): value is T[number] =>
    list.includes(value);

  const columns: ColumnsType<AuditEntry> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 210,
      render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 170,
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      render: (action: string) => (
        <Tag color={ACTION_COLORS[action]}>
          {known(AUDIT_ACTIONS, action) ? t(`audit.actions.${action}`) : action}
        </Tag>
      ),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 130,
      render: (entity: string) => (known(AUDIT_ENTITIES, entity) ? t(`audit.entities.${entity}`) : entity),
    },
    {
      title: t('audit.subject'),
      dataIndex: 'subject',
      render: (subject: AuditEntry['subject']) => <AuditSubject subject={subject} />,
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      width: 140,
      render: (ip: string | null) => ip ?? t('common.none'),
    },
  ];

  return (
    <>
      <PageHeader
        help="audit"
        title={t('audit.title')}
        subtitle={t('audit.subtitle', { region: `${region.name} (${region.code})` })}
        extra={<RefreshButton query={list} />}
      />
      <AuditFilters regionCode={region.code} value={filters} onChange={paged.setFilters} />
      <PagedTable<AuditEntry>
        data-testid="audit-table"
        columns={columns}
        query={list}
        paging={paged}
        emptyText={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (entry) => <AuditDiff entry={entry} />,
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
        }}
        locale={{ expand: t('audit.showDetails'), collapse: t('audit.hideDetails') }}
      />
    </>
  );
}
