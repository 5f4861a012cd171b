import { useState, type ReactNode } from 'react';
import { App as AntApp, Alert, Button, Flex, Layout, Menu, Tag, Tooltip, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CheckSquareOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  IdcardOutlined,
  ImportOutlined,
  LineChartOutlined,
  LogoutOutlined,
  PieChartOutlined,
  ProjectOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canImport, seesDataReview, seesReviewQueue } from '../../../domain/access.ts';
import { capabilitiesOf } from '../../../domain/roles.ts';
import { accessActorOf } from './access.ts';
import { useAuth, useMe } from './auth.tsx';
import { RegionProvider, useRegion, useRegionSearch } from './region.tsx';
import { RegionSwitcher } from './RegionSwitcher.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { planningAccessOf } from '../features/planning/access.ts';

const { Sider, Header, Content } = Layout;

function SideMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const search = useRegionSearch();
  const { region } = useRegion();
  const caps = capabilitiesOf(me.role);
  const actor = accessActorOf(me);

  const entries = [
    { key: '/opd', icon: <ApartmentOutlined />, label: t('nav.opd'), show: true },
    { key: '/indikator', icon: <BookOutlined />, label: t('nav.indicators'), show: true },
    { key: '/data/isian', icon: <FormOutlined />, label: t('nav.entry'), show: true },
    {
      key: '/data/verifikasi',
      icon: <CheckSquareOutlined />,
      label: t('nav.review'),
      show: seesDataReview(actor, region.code),
    },
    { key: '/data/jelajah', icon: <LineChartOutlined />, label: t('explore.nav'), show: true },
    { key: '/data/kesenjangan', icon: <FundOutlined />, label: t('gaps.nav'), show: true },
    { key: '/data/profil', icon: <FileTextOutlined />, label: t('profil.nav'), show: true },
    {
      key: '/data/impor',
      icon: <ImportOutlined />,
      label: t('nav.imports'),
      show: canImport(actor, region.code),
    },
    { key: '/users', icon: <TeamOutlined />, label: t('nav.users'), show: caps.manageUsers },
    { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit'), show: caps.readAudit },
    { key: '/account', icon: <UserOutlined />, label: t('nav.account'), show: true },
  ].filter((e) => e.show);
  // PPRG pages, shown as their own group under the data pages.
  const planning = [
    {
      key: '/perencanaan/sub-kegiatan',
      icon: <ProjectOutlined />,
      label: t('planning.nav.subActivities'),
      show: true,
    },
    {
      key: '/perencanaan/review',
      icon: <FileDoneOutlined />,
      label: t('gap.nav.queue'),
      show: seesReviewQueue(actor, region.code),
    },
    { key: '/perencanaan/rekap-arg', icon: <PieChartOutlined />, label: t('planning.nav.recap'), show: true },
    { key: '/perencanaan/rpjmd', icon: <FlagOutlined />, label: t('planning.nav.rpjmd'), show: true },
    {
      key: '/pengaturan/kop-surat',
      icon: <IdcardOutlined />,
      label: t('planning.nav.letterhead'),
      show: planningAccessOf(me, region.code).seeLetterheadPage,
    },
  ].filter((e) => e.show);
  const item = (e: { key: string; icon: ReactNode; label: string }) => ({
    key: e.key,
    icon: e.icon,
    label: <Link to={{ pathname: e.key, search }}>{e.label}</Link>,
  });

  const selected = [...entries, ...planning].find(
    (e) => pathname === e.key || pathname.startsWith(`${e.key}/`),
  );
  return (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected.key] : []}
        items={[
          ...entries.map(item),
          { type: 'group', key: 'pprg', label: t('planning.nav.group'), children: planning.map(item) },
        ]}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

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
  // On narrow screens the sidebar folds away and its toggle sits over the header's left edge.
  const [collapsed, setCollapsed] = useState(false);
  return (
    <RegionProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider
          breakpoint="lg"
          collapsedWidth={0}
          width={248}
          theme="light"
          collapsed={collapsed}
          onCollapse={setCollapsed}
          zeroWidthTriggerStyle={{ top: 12, zIndex: 20 }}
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <div style={{ padding: '18px 24px 8px' }}>
            <Typography.Title level={4} style={{ margin: 0, color: '#7b2d8e' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.tagline')}
            </Typography.Text>
          </div>
          <SideMenu />
        </Sider>
        <Layout>
          <HeaderBar inset={collapsed} />
          <Content style={{ padding: collapsed ? 12 : 24 }}>
            <main>
              <RegionNotice />
              <Outlet />
            </main>
          </Content>
        </Layout>
      </Layout>
    </RegionProvider>
  );
}
