import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';

/** What the publication holds, in the order the server writes it (server/modules/profil). */
export function ProfilContents() {
  const { t } = useTranslation();
  return (
    <Card title={t('profil.contentsTitle')} data-testid="profil-contents">
      <Typography.Paragraph>{t('profil.contentsIntro')}</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, margin: '0 0 12px' }}>
        <li>{t('profil.cover')}</li>
        <li>{t('profil.toc')}</li>
        <li>{t('profil.introduction')}</li>
        {DOMAIN_GROUPS.map((g) => (
          <li key={g}>{t('profil.chapter', { name: t(`data.groups.${g}`) })}</li>
        ))}
        <li>{t('profil.sources')}</li>
      </ol>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('profil.xlsxNote')}
      </Typography.Paragraph>
    </Card>
  );
}
