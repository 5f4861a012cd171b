import { App as AntApp, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_BOUND_ROLES, type Role } from '../../../../domain/roles.ts';
import type { User } from '../../app/types.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
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
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser(user?.regionCode ?? '');

  async function onFinish(values: Values) {
    if (!user) return;
    const bound = OPD_BOUND_ROLES.includes(values.role);
    try {
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
      message.success(t('users.updated', { username: saved.username }));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, FIELDS);
      if (rest) message.error(rest);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: update.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
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
          onFinish={(v) => void onFinish(v)}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
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
          />
          <Form.Item name="active" label={t('users.activeLabel')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
    </Modal>
  );
}
