import { useState } from 'react';
import { Button, Select, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NATIONAL_CODE } from '../../../../domain/region-code.ts';
import { ROLES, type Role } from '../../../../domain/roles.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import type { User } from '../../app/types.ts';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { StatusTags } from '../../components/StatusTags.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { usePagedQueryState } from '../../components/usePagedQueryState.ts';
import { useUserList } from './api.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { mayEditUser, mayResetPassword } from './roleOptions.ts';
import { SeparationOfDutiesSetting } from './SeparationOfDutiesSetting.tsx';
import { PortalLicenseSetting } from './PortalLicenseSetting.tsx';

interface UserFilters {
  q: string;
  role: Role | '';
}

const NO_FILTERS: UserFilters = { q: '', role: '' };

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const paged = usePagedQueryState<UserFilters>(NO_FILTERS);
  const { filters, filtered } = paged;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const list = useUserList(region.code, { ...filters, page: paged.page, pageSize: paged.pageSize });

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
      // Accounts wider than the signed-in user (a provinsi user, for a province's admin daerah)
      // show no actions; one's own password is changed on the account page.
      render: (_: unknown, user) => (
        // Icon buttons keep the table readable; the accessible name carries the whole action.
        <Space size={4}>
          {mayEditUser(me, user) && (
            <Tooltip title={t('common.edit')}>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t('users.editAction', { username: user.username })}
                onClick={() => setEditing(user)}
              />
            </Tooltip>
          )}
          {mayResetPassword(me, user) && (
            <Tooltip title={t('users.resetPassword')}>
              <Button
                size="small"
                icon={<KeyOutlined />}
                aria-label={t('users.resetAction', { username: user.username })}
                onClick={() => setResetting(user)}
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        help="pengguna"
        title={t('users.title')}
        subtitle={t('users.subtitle', { region: `${region.name} (${region.code})` })}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        }
      />
      {/* Documents are reviewed in provinces and kab/kota, never at the national level. */}
      {region.code !== NATIONAL_CODE && <SeparationOfDutiesSetting regionCode={region.code} />}
      {region.code !== NATIONAL_CODE && <PortalLicenseSetting regionCode={region.code} />}
      <ListToolbar
        search={{
          label: t('users.searchLabel'),
          placeholder: t('users.searchPlaceholder'),
          width: 340,
          value: filters.q,
          onSearch: (q) => paged.setFilters({ ...filters, q }),
        }}
        filtered={filtered}
        onReset={paged.reset}
        refresh={list}
      >
        <Select<Role | ''>
          aria-label={t('users.roleFilter')}
          value={filters.role}
          style={{ width: 220 }}
          onChange={(role) => paged.setFilters({ ...filters, role })}
          options={[
            { value: '', label: t('users.allRoles') },
            ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
        />
      </ListToolbar>
      <PagedTable<User>
        data-testid="users-table"
        columns={columns}
        query={list}
        paging={paged}
        emptyText={filtered ? t('users.emptyFiltered') : t('users.empty')}
        rowClassName={(user) => (user.active ? '' : 'setara-row-inactive')}
        scroll={{ x: 1150 }}
      />
      <CreateUserModal open={creating} region={region} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} key={editing?.id ?? 'none'} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
