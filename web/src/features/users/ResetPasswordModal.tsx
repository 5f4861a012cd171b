import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../app/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useResetPassword } from './api.ts';
import { passwordRules } from './rules.ts';

interface Props {
  user: User | null;
  onClose: () => void;
}

interface Values {
  newPassword: string;
}

export function ResetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const reset = useResetPassword();

  async function submit({ newPassword }: Values) {
    if (!user) return undefined;
    await reset.mutateAsync({ id: user.id, newPassword });
    return t('users.resetDone', { username: user.username });
  }

  return (
    <FormModal<Values>
      open={user !== null}
      title={user ? t('users.resetTitle', { username: user.username }) : ''}
      okText={t('users.resetPassword')}
      danger
      fields={['newPassword']}
      pending={reset.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="newPassword"
        label={t('users.newPassword')}
        extra={t('users.passwordMin')}
        rules={passwordRules(t, () => ({ username: user?.username, email: user?.email }))}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
