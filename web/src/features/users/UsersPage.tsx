import { useState } from 'react';
import { Button, Flex, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, KeyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../domain/roles.ts';
import { useRegion } from '../../app/region.tsx';
import type { User } from '../../app/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { StatusTags } from '../../components/StatusTags.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { useUserList } from './api.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';

const DEFAULT_PAGE_SIZE = 20;

export function UsersPage() {
  const { region } = useRegion();
  return <UsersRegionPage key={region.code} />;
}

function UsersRegionPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const list = useUserList(region.code, { q, role, page, pageSize });
  const filtered = q !== '' || role !== '';

  const columns: ColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      width: 160,
      render: (username: string) => <Typography.Text strong>{username}</Typography.Text>,
    },
    {
      title: t('users.fullName'),
      dataIndex: 'fullName',
      render: (name: string, user) => (
        <div>
          <div>{name}</div>
          {user.email && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {user.email}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: t('users.role'), dataIndex: 'role', width: 170, render: (r: Role) => t(`roles.${r}`) },
    {
      title: t('users.opd'),
      dataIndex: 'opdName',
      render: (name: string | null) => name ?? t('common.none'),
    },
    {
      title: t('users.status'),
      dataIndex: 'active',
      width: 130,
      render: (active: boolean, user) => <StatusTags active={active} isDemo={user.isDemo} />,
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 200,
      render: (at: string | null) =>
        at ? (
          <time dateTime={at}>{formatDateTime(at)}</time>
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_: unknown, user) => (
        // Icon buttons keep the table readable; the accessible name carries the whole action.
        <Space size={4}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t('users.editAction', { username: user.username })}
              onClick={() => setEditing(user)}
            />
          </Tooltip>
          <Tooltip title={t('users.resetPassword')}>
            <Button
              size="small"
              icon={<KeyOutlined />}
              aria-label={t('users.resetAction', { username: user.username })}
              onClick={() => setResetting(user)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  function resetFilters() {
    setSearchText('');
    setQ('');
    setRole('');
    setPage(1);
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle', { region: `${region.name} (${region.code})` })}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          allowClear
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            if (e.target.value === '' && q !== '') {
              setQ('');
              setPage(1);
            }
          }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ width: 340 }}
        />
        <Select<Role | ''>
          aria-label={t('users.roleFilter')}
          value={role}
          style={{ width: 220 }}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
          options={[
            { value: '', label: t('users.allRoles') },
            ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
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
      <Table<User>
        data-testid="users-table"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={(user) => (user.active ? '' : 'setara-row-inactive')}
        scroll={{ x: 1150 }}
        locale={{
          emptyText: list.isPending ? (
            ' '
          ) : (
            <EmptyState>{filtered ? t('users.emptyFiltered') : t('users.empty')}</EmptyState>
          ),
        }}
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
      <CreateUserModal open={creating} region={region} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} key={editing?.id ?? 'none'} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
