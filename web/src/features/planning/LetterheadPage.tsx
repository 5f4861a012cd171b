import { Col, Flex, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { planningAccessOf } from './access.ts';
import { useLetterhead } from './api-letterhead.ts';
import { LetterheadForm } from './LetterheadForm.tsx';
import { LogoCard } from './LogoCard.tsx';
import { SignatoriesTable } from './SignatoriesTable.tsx';

/** Letterhead (kop surat), logo and OPD signatories printed on the official PPRG exports. */
export function LetterheadPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const access = planningAccessOf(me, region.code);
  const isNational = region.level === 'nasional';
  const letterhead = useLetterhead(region.code, !isNational);

  const header = (
    <PageHeader
      help="kop-surat"
      title={t('planning.letterhead.pageTitle')}
      subtitle={t('planning.letterhead.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  return (
    <>
      {header}
      <ErrorAlert error={letterhead.error} onRetry={() => void letterhead.refetch()} />
      {letterhead.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('app.loading')} />
        </Flex>
      ) : letterhead.data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <LetterheadForm
              regionCode={region.code}
              letterhead={letterhead.data}
              canEdit={access.manageLetterhead}
            />
          </Col>
          <Col xs={24} xl={10}>
            <LogoCard
              regionCode={region.code}
              letterhead={letterhead.data}
              canEdit={access.manageLetterhead}
            />
          </Col>
          <Col span={24}>
            <SignatoriesTable regionCode={region.code} me={me} />
          </Col>
        </Row>
      ) : null}
    </>
  );
}
