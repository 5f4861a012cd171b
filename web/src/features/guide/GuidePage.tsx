/**
 * /panduan and /panduan/:section: the user guide, in the chosen language, for signed-in users
 * (inside the app's layout) and for visitors of the sign-in page (GuideShell).
 */
import { useEffect } from 'react';
import { Alert, Col, Row, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { GuideContents } from './GuideContents.tsx';
import { GuideSectionView } from './GuideSectionView.tsx';
import { useGuideContent } from './useGuideContent.ts';
import { isGuideSection, TOUR_OF_ROLE } from './sections.ts';

export function GuidePage() {
  const { t } = useTranslation();
  const { section } = useParams();
  const { me } = useAuth();
  const content = useGuideContent();
  const known = section === undefined || isGuideSection(section);
  const shown = section !== undefined && isGuideSection(section) ? section : 'mulai';
  const yourTour = me ? TOUR_OF_ROLE[me.role] : null;

  // A help link lands at the top of its section, not where the previous one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [shown]);

  return (
    <>
      <PageHeader title={t('guide.title')} subtitle={t('guide.subtitle')} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8} xl={6}>
          <GuideContents content={content} current={shown} />
        </Col>
        <Col xs={24} md={16} xl={18}>
          {!known && (
            <Alert
              type="warning"
              showIcon
              title={t('guide.unknownSection', { section })}
              style={{ marginBottom: 16 }}
            />
          )}
          {shown === 'mulai' && yourTour && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={
                <>
                  {t('guide.yourTour')}:{' '}
                  <Link to={`/panduan/${yourTour}`}>{content.sections[yourTour].title}</Link>
                </>
              }
            />
          )}
          <GuideSectionView id={shown} content={content} signedIn={Boolean(me)} />
          {shown !== 'glosarium' && (
            <Typography.Paragraph style={{ marginTop: 24 }}>
              <Link to="/panduan/glosarium">{content.sections.glosarium.title}</Link>
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
    </>
  );
}
