import { Link } from 'react-router';
import { Alert, Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { submitTarget } from '../../../../domain/institution-standards/workflow.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useInstitutionDossiers } from '../institution-standards/api.ts';
import { OutcomeTag, StageTag } from '../institution-standards/labels.tsx';
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

/**
 * The institution's standardisation dossiers, those waiting for it first: a draft to finish or
 * criteria DP3A asked it to fix are what only the institution can move (submitTarget).
 */
function OwnDossiers({ id }: { id: string }) {
  const { t } = useTranslation();
  const dossiers = useInstitutionDossiers(id).data;
  if (!dossiers) return null;
  const waiting = (stage: Parameters<typeof submitTarget>[0]) => submitTarget(stage) !== null;
  const items = [...dossiers.items].sort((a, b) => Number(waiting(b.stage)) - Number(waiting(a.stage)));
  return (
    <Card
      title={t('institutions.home.dossiers')}
      extra={<Link to="/lembaga-layanan/standardisasi">{t('institutions.home.allDossiers')}</Link>}
      style={{ maxWidth: 720, marginTop: 16 }}
    >
      <List
        dataSource={items}
        locale={{ emptyText: t('institutions.home.noDossier') }}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Link key="open" to={`/lembaga-layanan/standardisasi/${d.id}`}>
                {waiting(d.stage)
                  ? t('institutions.home.continueDossier')
                  : t('institutions.home.viewDossier')}
              </Link>,
            ]}
          >
            <Space wrap>
              <Typography.Text strong={waiting(d.stage)}>{d.standard.name}</Typography.Text>
              <StageTag stage={d.stage} />
              <OutcomeTag outcome={d.outcome} standing={d.standing} />
              {waiting(d.stage) && (
                <Typography.Text type="warning">{t('institutions.home.yourTurn')}</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
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
        <>
          <OwnTasks id={me.institutionId} />
          <OwnDossiers id={me.institutionId} />
        </>
      ) : (
        <Typography.Text type="warning">{t('institutions.home.unbound')}</Typography.Text>
      )}
    </>
  );
}
