import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { FullPageSpinner } from '../../app/guards.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';

interface LoginValues {
  username: string;
  password: string;
}

function targetAfterLogin(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { me, loading, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (loading) return <FullPageSpinner />;
  if (me) return <Navigate to={targetAfterLogin(location.state)} replace />;

  async function onFinish(values: LoginValues) {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(targetAfterLogin(location.state), { replace: true });
    } catch (err) {
      // The server words these (wrong credentials, too many attempts) in the chosen language.
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: '#f6f1f8', padding: 16 }}
    >
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 4 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          {error && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={error}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Form<LoginValues>
            layout="vertical"
            onFinish={(v) => void onFinish(v)}
            requiredMark={false}
            disabled={submitting}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            {t('login.note')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
            <Link to="/panduan/mulai" data-testid="login-guide">
              {t('guide.fromLogin')}
            </Link>
          </Typography.Paragraph>
        </Card>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 12 }}>
          {t('app.name')} — {t('app.tagline')}
        </Typography.Paragraph>
      </main>
    </Flex>
  );
}
