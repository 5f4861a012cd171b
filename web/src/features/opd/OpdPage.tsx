import { useState } from 'react';
import { App as AntApp, Alert, Button, Flex, Input, Popconfirm, Select, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, PlusOutlined, PoweroffOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { capabilitiesOf } from '../../../../domain/roles.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import type { Opd } from '../../app/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { StatusTags } from '../../components/StatusTags.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatNumber } from '../../components/format.ts';
import { useOpdList, useSaveOpd, type OpdStatus } from './api.ts';
import { OpdFormModal } from './OpdFormModal.tsx';

const DEFAULT_PAGE_SIZE = 20;

export function OpdPage() {
  const { region } = useRegion();
  // A fresh page state per region: filters of one region mean nothing in another.
  return <OpdRegionPage key={region.code} />;
}

function OpdRegionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const canManage = capabilitiesOf(me.role).manageOpd;
  const isNational = region.level === 'nasional';

  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<OpdStatus>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [editing, setEditing] = useState<Opd | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const list = useOpdList(region.code, { q, status, page, pageSize }, !isNational);
  const save = useSaveOpd(region.code);
  const filtered = q !== '' || status !== 'all';

  function openCreate() {
    setEditing(null);
    setModalOpen(true);
  }

  function openEdit(opd: Opd) {
    setEditing(opd);
    setModalOpen(true);
  }

  async function toggleActive(opd: Opd) {
    try {
      await save.mutateAsync({ id: opd.id, input: { active: !opd.active } });
      message.success(t(opd.active ? 'opd.deactivated' : 'opd.reactivated', { name: opd.name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  function resetFilters() {
    setSearchText('');
    setQ('');
    setStatus('all');
    setPage(1);
  }

  const columns: ColumnsType<Opd> = [
    {
      title: t('opd.name'),
      dataIndex: 'name',
    },
    { title: t('opd.shortName'), dataIndex: 'shortName', width: 140 },
    {
      title: t('opd.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (kind: Opd['kind']) => t(`opdKinds.${kind}`),
    },
    {
      title: t('opd.sipdCode'),
      dataIndex: 'sipdCode',
      width: 200,
      render: (code: string | null) => code ?? t('common.none'),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 140,
      render: (active: boolean, opd) => <StatusTags active={active} isDemo={opd.isDemo} />,
    },
  ];

  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_: unknown, opd) => (
        <Space size={4} wrap>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('opd.editAction', { name: opd.name })}
            onClick={() => openEdit(opd)}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t(opd.active ? 'opd.deactivateConfirm' : 'opd.reactivateConfirm', { name: opd.name })}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() => toggleActive(opd)}
            styles={{ root: { maxWidth: 360 } }}
          >
            <Button size="small" danger={opd.active} icon={<PoweroffOutlined />}>
              {t(opd.active ? 'opd.deactivate' : 'opd.reactivate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const emptyText = filtered ? t('opd.emptyFiltered') : canManage ? t('opd.emptyManage') : t('opd.emptyRead');

  return (
    <>
      <PageHeader
        title={t('opd.title')}
        subtitle={t('opd.subtitle', { region: `${region.name} (${region.code})` })}
        extra={
          canManage &&
          !isNational && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
              {t('opd.add')}
            </Button>
          )
        }
      />
      {isNational ? (
        <Alert type="info" showIcon title={t('opd.nationalHint')} />
      ) : (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Input.Search
              aria-label={t('opd.searchLabel')}
              placeholder={t('opd.searchPlaceholder')}
              allowClear
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                // Clearing the box shows everything again without another Enter.
                if (e.target.value === '' && q !== '') {
                  setQ('');
                  setPage(1);
                }
              }}
              onSearch={(value) => {
                setQ(value.trim());
                setPage(1);
              }}
              style={{ width: 320 }}
            />
            <Select<OpdStatus>
              aria-label={t('opd.statusFilter')}
              prefix={`${t('common.status')}:`}
              value={status}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
              style={{ width: 190 }}
              options={[
                { value: 'all', label: t('common.all') },
                { value: 'active', label: t('common.active') },
                { value: 'inactive', label: t('common.inactive') },
              ]}
            />
            {filtered && <Button onClick={resetFilters}>{t('common.reset')}</Button>}
            <Tooltip title={t('common.refresh')}>
              <Button
                icon={<ReloadOutlined />}
                aria-label={t('common.refresh')}
                loading={list.isFetching}
                onClick={() => void list.refetch()}
              />
            </Tooltip>
          </Flex>
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
          <Table<Opd>
            data-testid="opd-table"
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: list.isPending ? ' ' : <EmptyState>{emptyText}</EmptyState> }}
            rowClassName={(opd) => (opd.active ? '' : 'setara-row-inactive')}
            scroll={{ x: 900 }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.total', { count: total, n: formatNumber(total) }),
              onChange: (nextPage, nextSize) => {
                setPage(nextSize !== pageSize ? 1 : nextPage);
                setPageSize(nextSize);
              },
            }}
          />
        </>
      )}
      <OpdFormModal
        open={modalOpen}
        opd={editing}
        regionCode={region.code}
        onClose={() => setModalOpen(false)}
        key={editing?.id ?? 'new'}
      />
    </>
  );
}
