import { Alert, Typography } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../../domain/planning/gap-guidance.ts';
import { useLang } from './lang.ts';

/** A step's guidance and example from domain/planning/gap-guidance.ts, above its fields. */
export function Guidance({ text, example }: { text: Bilingual; example?: Bilingual }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert
      type="info"
      icon={<BulbOutlined />}
      showIcon
      data-testid="gap-guidance"
      style={{ marginBottom: 16 }}
      title={t('gap.guidance')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: example ? 4 : 0 }}>{text[lang]}</Typography.Paragraph>
          {example && (
            <Typography.Text type="secondary">
              {t('gap.example')}: <i>{example[lang]}</i>
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
