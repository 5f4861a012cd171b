import { Button, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { changePasswordBody } from '../../../../api/auth.ts';
import type { okSchema } from '../../../../api/common.ts';
import { apiRequest } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { passwordRules } from '../users/rules.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** "Kata sandi saat ini": what a change to one's own account asks for again (password, e-mail). */
export function CurrentPasswordItem() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="currentPassword"
      label={t('account.currentPassword')}
      rules={[{ required: true, message: t('common.required') }]}
    >
      <Input.Password autoComplete="current-password" />
    </Form.Item>
  );
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (body: z.input<typeof changePasswordBody>) =>
      apiRequest<z.infer<typeof okSchema>>('/auth/password', { method: 'POST', body }),
  });

  const submit = useFormSubmit<Values>(
    form,
    ['currentPassword', 'newPassword'],
    async (values) => {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      return t('account.changed');
    },
    () => form.resetFields(),
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 420 }}
      aria-label={t('account.changePassword')}
    >
      {/* Lets password managers tie the new password to this account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <CurrentPasswordItem />
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        extra={t('account.passwordMin')}
        dependencies={['currentPassword']}
        rules={[
          ...passwordRules(t, () => me, {
            tooShort: 'account.passwordTooShort',
            hasUsername: 'account.passwordHasUsername',
          }),
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('account.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.submit')}
      </Button>
    </Form>
  );
}
