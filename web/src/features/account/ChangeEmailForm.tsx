import { Button, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { changeEmailBody, meResponse } from '../../../../api/auth.ts';
import { apiRequest } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ME_QUERY_KEY } from '../../app/queryClient.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { CurrentPasswordItem } from './ChangePasswordForm.tsx';

interface Values {
  email: string;
  currentPassword: string;
}

/**
 * One's own e-mail address, where notifications are sent: the current password again (the
 * server refuses without it), an address no other account has (POST /api/auth/email).
 */
export function ChangeEmailForm() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (body: z.input<typeof changeEmailBody>) =>
      apiRequest<z.infer<typeof meResponse>>('/auth/email', { method: 'POST', body }),
    onSuccess: ({ user }) => client.setQueryData(ME_QUERY_KEY, user),
  });

  const submit = useFormSubmit<Values>(
    form,
    ['email', 'currentPassword'],
    async (values) => {
      const email = values.email.trim() || null;
      await change.mutateAsync({ currentPassword: values.currentPassword, email });
      return email ? t('account.emailChanged', { email }) : t('account.emailRemoved');
    },
    () => form.resetFields(['currentPassword']),
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ email: me.email ?? '' }}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 420 }}
      aria-label={t('account.changeEmail')}
      data-testid="account-email-form"
    >
      <Form.Item
        name="email"
        label={t('account.newEmail')}
        extra={t('account.emailHint')}
        rules={[
          { type: 'email', message: t('account.emailInvalid') },
          { max: 200, message: t('account.emailInvalid') },
          {
            validator: (_, value: string | undefined) =>
              (value?.trim() || null) === me.email
                ? Promise.reject(new Error(t('account.emailSame')))
                : Promise.resolve(),
          },
        ]}
      >
        <Input type="email" autoComplete="email" inputMode="email" />
      </Form.Item>
      <CurrentPasswordItem />
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.saveEmail')}
      </Button>
    </Form>
  );
}
