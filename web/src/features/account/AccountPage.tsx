import { Alert, Card, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ChangeEmailForm } from './ChangeEmailForm.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { NotificationPreferences } from '../notifications/NotificationPreferences.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const none = t('common.none');

  return (
    <>
      <PageHeader help="akun" title={t('account.title')} subtitle={t('account.subtitle')} />
      {me.isDemo && (
        <Alert type="warning" showIcon title={t('account.demoNote')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')}>
            <Descriptions
              column={1}
              data-testid="account-profile"
              items={[
                { key: 'username', label: t('account.username'), children: me.username },
                { key: 'fullName', label: t('account.fullName'), children: me.fullName },
                { key: 'email', label: t('account.email'), children: me.email ?? none },
                { key: 'role', label: t('account.role'), children: <Tag>{t(`roles.${me.role}`)}</Tag> },
                {
                  key: 'region',
                  label: t('account.region'),
                  children: `${me.region.name} (${me.region.code}) · ${t(`region.level.${me.region.level}`)}`,
                },
                { key: 'opd', label: t('account.opd'), children: me.opdName ?? none },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changeEmail')}>
            <ChangeEmailForm />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <NotificationPreferences />
        </Col>
      </Row>
    </>
  );
}
