import { useState } from 'react';
import { App as AntApp, Alert, Button, Popconfirm, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, PlusOutlined, PoweroffOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canManageOpds } from '../../../../domain/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import type { Opd } from '../../app/types.ts';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { StatusTags } from '../../components/StatusTags.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { usePagedQueryState } from '../../components/usePagedQueryState.ts';
import { useOpdList, useSaveOpd, type OpdStatus } from './api.ts';
import { OpdFormModal } from './OpdFormModal.tsx';

interface OpdFilters {
  q: string;
  status: OpdStatus;
}

const NO_FILTERS: OpdFilters = { q: '', status: 'all' };

export function OpdPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const canManage = canManageOpds(accessActorOf(me), region.code);
  const isNational = region.level === 'nasional';

  const paged = usePagedQueryState<OpdFilters>(NO_FILTERS);
  const { filters, filtered } = paged;
  const [editing, setEditing] = useState<Opd | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const list = useOpdList(
    region.code,
    { ...filters, page: paged.page, pageSize: paged.pageSize },
    !isNational,
  );
  const save = useSaveOpd(region.code);

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
        help="opd"
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
          <ListToolbar
            search={{
              label: t('opd.searchLabel'),
              placeholder: t('opd.searchPlaceholder'),
              width: 320,
              value: filters.q,
              onSearch: (q) => paged.setFilters({ ...filters, q }),
            }}
            filtered={filtered}
            onReset={paged.reset}
            refresh={list}
          >
            <Select<OpdStatus>
              aria-label={t('opd.statusFilter')}
              prefix={`${t('common.status')}:`}
              value={filters.status}
              onChange={(status) => paged.setFilters({ ...filters, status })}
              style={{ width: 190 }}
              options={[
                { value: 'all', label: t('common.all') },
                { value: 'active', label: t('common.active') },
                { value: 'inactive', label: t('common.inactive') },
              ]}
            />
          </ListToolbar>
          <PagedTable<Opd>
            data-testid="opd-table"
            columns={columns}
            query={list}
            paging={paged}
            emptyText={emptyText}
            rowClassName={(opd) => (opd.active ? '' : 'setara-row-inactive')}
            scroll={{ x: 900 }}
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
