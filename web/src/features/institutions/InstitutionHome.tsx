import { Link } from 'react-router';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useInstitution } from './api.ts';

function OwnTasks({ id }: { id: string }) {
  const { t } = useTranslation();
  const inst = useInstitution(id).data;
  if (!inst) return null;
  return (
    <Card title={inst.name} style={{ maxWidth: 720 }}>
      {inst.missing.length ? (
        <Alert
          type="warning"
          showIcon
          message={t('institutions.missing.title')}
          description={
            <ul style={{ margin: 0 }}>
              {inst.missing.map((m) => (
                <li key={m}>{t(`institutions.missing.${m}`)}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon message={t('institutions.missing.complete')} />
      )}
      <Link to={`/lembaga-layanan/${id}`}>
        <Button type="primary" style={{ marginTop: 16 }}>
          {t('institutions.home.open')}
        </Button>
      </Link>
    </Card>
  );
}

/** The home page of an institution account: its institution and what its profile lacks. */
export function InstitutionHome() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader
        title={t('institutions.home.title', { name: me.fullName })}
        subtitle={t('institutions.home.intro')}
      />
      {me.institutionId ? (
        <OwnTasks id={me.institutionId} />
      ) : (
        <Typography.Text type="warning">{t('institutions.home.unbound')}</Typography.Text>
      )}
    </>
  );
}
