/**
 * The guide is public: a visitor of the sign-in page can read which demo account to use and
 * what each role does before signing in (it holds no region data). Signed in, it sits in the
 * app's own layout with its menu; otherwise in a plain frame with the language switch.
 */
import { Flex, Layout, Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '../../app/AppLayout.tsx';
import { useAuth } from '../../app/auth.tsx';
import { FullPageSpinner } from '../../app/guards.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';

export function GuideShell() {
  const { me, loading } = useAuth();
  if (loading) return <FullPageSpinner />;
  return me ? <AppLayout /> : <PublicGuideLayout />;
}

function PublicGuideLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Header
        style={{
          background: '#fff',
          height: 'auto',
          lineHeight: 'normal',
          padding: '10px 24px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text strong style={{ fontSize: 18, color: '#7b2d8e' }}>
            {t('app.name')}
          </Typography.Text>
          <Flex align="center" gap={12}>
            <LanguageSwitch />
            <Link to="/login" data-testid="guide-sign-in">
              {t('guide.signIn')}
            </Link>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        {/* Layout.Content is the page's <main> landmark already. */}
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
