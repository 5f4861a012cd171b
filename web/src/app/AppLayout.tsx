import { useEffect, useState } from 'react';
import { App as AntApp, Alert, Button, Flex, Layout, Tag, Tooltip, Typography } from 'antd';
import { CloseOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { capabilitiesOf } from '../../../domain/roles.ts';
import { useAuth, useMe } from './auth.tsx';
import { RegionProvider, useRegion } from './region.tsx';
import { RegionSwitcher } from './RegionSwitcher.tsx';
import { SideMenu } from './SideMenu.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { useFocusableScrollRegions } from '../components/useFocusableScrollRegions.ts';

const { Sider, Header, Content } = Layout;

function HeaderBar({ inset }: { inset: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const caps = capabilitiesOf(me.role);

  async function onLogout() {
    setLeaving(true);
    try {
      await logout();
      message.success(t('header.loggedOut'));
    } finally {
      setLeaving(false);
      navigate('/login', { replace: true });
    }
  }

  return (
    <Header
      style={{
        background: '#fff',
        height: 'auto',
        lineHeight: 'normal',
        padding: inset ? '10px 12px 10px 56px' : '10px 24px',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong style={{ fontSize: 18, color: '#7b2d8e' }}>
            {t('app.name')}
          </Typography.Text>
          {me.isDemo && (
            <Tooltip title={t('app.demoHint')}>
              <Tag color="orange" data-testid="demo-tag">
                {t('app.demo')}
              </Tag>
            </Tooltip>
          )}
          <span data-testid="current-region">
            <Typography.Text type="secondary">{t('header.region')}: </Typography.Text>
            <Typography.Text strong>
              {region.name} ({region.code})
            </Typography.Text>
          </span>
        </Flex>
        <Flex align="center" gap={12} wrap>
          {caps.switchRegion && <RegionSwitcher />}
          <NotificationBell />
          <Tooltip title={t('guide.open')}>
            <Link to="/panduan" aria-label={t('guide.open')} data-testid="guide-link">
              <QuestionCircleOutlined style={{ fontSize: 18 }} />
            </Link>
          </Tooltip>
          <LanguageSwitch />
          <Flex align="center" gap={8} role="group" aria-label={t('header.userMenu')}>
            <Link to="/account" data-testid="user-name">
              <UserOutlined /> {me.fullName}
            </Link>
            <Tag>{t(`roles.${me.role}`)}</Tag>
            <Button
              size="small"
              icon={<LogoutOutlined />}
              loading={leaving}
              onClick={() => void onLogout()}
              data-testid="logout"
            >
              {t('header.logout')}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Header>
  );
}

function RegionNotice() {
  const { t } = useTranslation();
  const { rejectedCode } = useRegion();
  if (!rejectedCode) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('region.notAllowed', { code: rejectedCode })}
      style={{ marginBottom: 16 }}
    />
  );
}

/** The signed-in shell: sidebar by capability, header with region context, page in the middle. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useFocusableScrollRegions();
  // Below antd's lg breakpoint the menu is a drawer over the page (it would otherwise squeeze a
  // phone's 390 px), opened by a labelled button at the header's left edge.
  const [narrow, setNarrow] = useState(false);
  // The drawer stays open on the page it was opened on: choosing a page closes it, as does Escape.
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const drawer = narrow && openedAt === pathname;
  useEffect(() => {
    if (!drawer) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpenedAt(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawer]);
  return (
    <RegionProvider>
      <Layout style={{ minHeight: '100vh' }}>
        {narrow && (
          <Button
            type="text"
            icon={drawer ? <CloseOutlined /> : <MenuOutlined />}
            aria-label={t(drawer ? 'nav.closeMenu' : 'nav.openMenu')}
            aria-expanded={drawer}
            aria-controls="setara-side-menu"
            onClick={() => setOpenedAt(drawer ? null : pathname)}
            className="setara-menu-toggle"
            data-testid="menu-toggle"
          />
        )}
        {drawer && <div className="setara-drawer-mask" onClick={() => setOpenedAt(null)} aria-hidden />}
        <Sider
          id="setara-side-menu"
          breakpoint="lg"
          collapsedWidth={0}
          width={248}
          theme="light"
          trigger={null}
          collapsed={narrow && !drawer}
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setOpenedAt(null);
          }}
          className={narrow ? 'setara-sider setara-sider-drawer' : 'setara-sider'}
        >
          <div style={{ padding: narrow ? '60px 24px 8px' : '18px 24px 8px' }}>
            <Typography.Title level={4} style={{ margin: 0, color: '#7b2d8e' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.tagline')}
            </Typography.Text>
          </div>
          <SideMenu />
        </Sider>
        <Layout style={{ minWidth: 0 }}>
          <HeaderBar inset={narrow} />
          {/* antd's Content is the page's one <main> landmark. */}
          <Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
            <RegionNotice />
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </RegionProvider>
  );
}
