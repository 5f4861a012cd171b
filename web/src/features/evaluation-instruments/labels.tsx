import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** "CONTOH — bukan instrumen resmi": shown wherever the shipped example instrument appears. */
export function ExampleTag() {
  const { t } = useTranslation();
  return <Tag color="orange">{t('evaluationInstruments.example')}</Tag>;
}

export function FrozenTag({ frozen }: { frozen: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={frozen ? 'geekblue' : 'blue'}>
      {frozen ? t('evaluationInstruments.frozen') : t('evaluationInstruments.draft')}
    </Tag>
  );
}
