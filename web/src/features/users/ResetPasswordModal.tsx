import { Alert, App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../app/types.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useResetPassword } from './api.ts';
import { passwordRules } from './rules.ts';

interface Props {
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();

  async function onFinish({ newPassword }: { newPassword: string }) {
    if (!user) return;
    try {
      await reset.mutateAsync({ id: user.id, newPassword });
      message.success(t('users.resetDone', { username: user.username }));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, ['newPassword']);
      if (rest) message.error(rest);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { username: user.username }) : ''}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: reset.isPending, danger: true }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="newPassword"
        label={t('users.newPassword')}
        extra={t('users.passwordMin')}
        rules={passwordRules(t)}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </Modal>
  );
}
