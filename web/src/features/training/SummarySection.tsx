import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Training } from './api.ts';
import { formatScore } from './format.ts';

type Summary = Training['summary']['total'];

/** Means of pre-test, post-test and improvement for women, men and everyone; missing scores counted apart. */
export function SummarySection({ training }: { training: Training }) {
  const { t } = useTranslation();
  const rows: { key: string; label: string; s: Summary }[] = [
    { key: 'P', label: t('training.women'), s: training.summary.P },
    { key: 'L', label: t('training.men'), s: training.summary.L },
    { key: 'total', label: t('training.total'), s: training.summary.total },
  ];
  return (
    <Card title={t('training.summary')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('training.summaryHelp')}</Typography.Paragraph>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: true }}
        data-testid="training-summary"
        columns={[
          { title: t('training.group'), dataIndex: 'label', key: 'label' },
          { title: t('training.count'), key: 'count', render: (_, r) => r.s.participants },
          { title: t('training.complete'), key: 'complete', render: (_, r) => r.s.complete },
          { title: t('training.meanPre'), key: 'pre', render: (_, r) => formatScore(r.s.meanPre) },
          { title: t('training.meanPost'), key: 'post', render: (_, r) => formatScore(r.s.meanPost) },
          {
            title: t('training.meanImprovement'),
            key: 'gain',
            render: (_, r) => <strong>{formatScore(r.s.meanImprovement, true)}</strong>,
          },
          {
            title: t('training.missing'),
            key: 'missing',
            render: (_, r) => `${r.s.missingPre} / ${r.s.missingPost}`,
          },
        ]}
      />
    </Card>
  );
}
