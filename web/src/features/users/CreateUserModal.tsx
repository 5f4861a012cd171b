import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_BOUND_ROLES, type Role } from '../../../../domain/roles.ts';
import type { Region } from '../../app/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useCreateUser } from './api.ts';
import { RoleOpdFields } from './RoleOpdFields.tsx';
import { emailRule, passwordRules, usernameRules } from './rules.ts';

interface Props {
  open: boolean;
  region: Region;
  onClose: () => void;
}

interface Values {
  username: string;
  email?: string;
  fullName: string;
  role: Role;
  opdId?: string;
  password: string;
}

const FIELDS = ['username', 'email', 'fullName', 'role', 'opdId', 'password'] as const;

export function CreateUserModal({ open, region, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser(region.code);

  async function submit(values: Values) {
    const email = values.email?.trim();
    const user = await create.mutateAsync({
      username: values.username.trim(),
      ...(email ? { email } : {}),
      fullName: values.fullName.trim(),
      role: values.role,
      regionCode: region.code,
      ...(OPD_BOUND_ROLES.includes(values.role) && values.opdId ? { opdId: values.opdId } : {}),
      password: values.password,
    });
    return t('users.created', { username: user.username });
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('users.createTitle')}
      fields={FIELDS}
      pending={create.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label={t('users.region')}>
        <Input value={`${region.name} (${region.code})`} disabled />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('users.username')}
        extra={t('users.usernameHelp')}
        rules={usernameRules(t)}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="fullName"
        label={t('users.fullName')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[emailRule(t)]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <RoleOpdFields regionCode={region.code} />
      <Form.Item
        name="password"
        label={t('users.password')}
        extra={t('users.passwordMin')}
        dependencies={['username', 'email']}
        rules={passwordRules(t, (field) => ({
          username: field('username') as string | undefined,
          email: field('email') as string | undefined,
        }))}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
