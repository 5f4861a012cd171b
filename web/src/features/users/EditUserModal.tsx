import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_BOUND_ROLES, type Role } from '../../../../domain/roles.ts';
import { useMe } from '../../app/auth.tsx';
import type { User } from '../../app/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useUpdateUser } from './api.ts';
import { RoleOpdFields } from './RoleOpdFields.tsx';
import { emailRule } from './rules.ts';

interface Props {
  user: User | null;
  onClose: () => void;
}

interface Values {
  email?: string;
  fullName: string;
  role: Role;
  opdId?: string;
  active: boolean;
}

const FIELDS = ['email', 'fullName', 'role', 'opdId', 'active'] as const;

export function EditUserModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const update = useUpdateUser(user?.regionCode ?? '');
  const self = user?.id === me.id;

  async function submit(values: Values) {
    if (!user) return undefined;
    const bound = OPD_BOUND_ROLES.includes(values.role);
    const saved = await update.mutateAsync({
      id: user.id,
      input: {
        email: values.email?.trim() || null,
        fullName: values.fullName.trim(),
        role: values.role,
        // Leaving an OPD-bound role also releases the OPD, as the server expects.
        opdId: bound ? (values.opdId ?? null) : null,
        active: values.active,
      },
    });
    return t('users.updated', { username: saved.username });
  }

  return (
    <FormModal<Values>
      open={user !== null}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      initialValues={
        user
          ? {
              email: user.email ?? '',
              fullName: user.fullName,
              role: user.role,
              opdId: user.opdId ?? undefined,
              active: user.active,
            }
          : undefined
      }
      fields={FIELDS}
      pending={update.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      {user && (
        <>
          <Form.Item label={t('users.username')}>
            <Input value={user.username} disabled />
          </Form.Item>
          <Form.Item
            name="fullName"
            label={t('users.fullName')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="email" label={t('users.email')} rules={[emailRule(t)]}>
            <Input type="email" />
          </Form.Item>
          <RoleOpdFields
            regionCode={user.regionCode}
            currentOpd={user.opdId ? { id: user.opdId, name: user.opdName ?? user.opdId } : null}
            lockRole={self}
          />
          <Form.Item name="active" label={t('users.activeLabel')} valuePropName="checked">
            <Switch disabled={self} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
