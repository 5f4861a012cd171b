import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useAcceptInvite, useInviteInfo } from './api.ts';

/**
 * /undangan/:token — public: an invited institution account sets its password from the
 * e-mailed link (single use, expires); then it signs in as usual.
 */
export function AcceptInvitePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const info = useInviteInfo(token);
  const accept = useAcceptInvite(token);
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [done, setDone] = useState(false);
  const fieldError = accept.error && isApiError(accept.error) ? accept.error.fields.password : undefined;

  let body;
  if (info.isLoading) body = <Spin />;
  else if (info.error || !info.data)
    body = (
      <Alert
        type="error"
        showIcon
        message={t('institutions.invite.invalid')}
        description={info.error?.message}
      />
    );
  else if (done)
    body = (
      <Result
        status="success"
        title={t('institutions.invite.done')}
        extra={
          <Link to="/login">
            <Button type="primary">{t('institutions.invite.login')}</Button>
          </Link>
        }
      />
    );
  else
    body = (
      <>
        <Typography.Paragraph>
          {t('institutions.invite.intro', {
            institution: info.data.institutionName,
            username: info.data.username,
          })}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            accept.mutate(v.password, {
              onSuccess: () => setDone(true),
            })
          }
        >
          <Form.Item
            name="password"
            label={t('institutions.invite.password')}
            rules={[{ required: true }]}
            validateStatus={fieldError ? 'error' : undefined}
            help={fieldError}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('institutions.invite.confirm')}
            dependencies={['password']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('institutions.invite.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {accept.error && !fieldError && (
            <Alert type="error" showIcon message={accept.error.message} style={{ marginBottom: 16 }} />
          )}
          <Button type="primary" htmlType="submit" loading={accept.isPending}>
            {t('institutions.invite.submit')}
          </Button>
        </Form>
      </>
    );
  return (
    <main style={{ maxWidth: 520, margin: '48px auto', padding: 16 }}>
      <Card
        title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('institutions.invite.title')}</h1>}
        extra={<LanguageSwitch />}
      >
        {body}
      </Card>
    </main>
  );
}
