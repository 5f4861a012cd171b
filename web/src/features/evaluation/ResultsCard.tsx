import { Card, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResults } from './api.ts';
import { formatScore } from './labels.tsx';

/** Results: self and final per area, tier, rank in the province and nation, trend over cycles. */
export function ResultsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const r = useResults(id, true).data;
  if (!r) return null;
  return (
    <Card size="small" title={t('evaluation.results.title')} style={{ marginTop: 12 }} data-testid="results">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('evaluation.results.self')}>{formatScore(r.selfTotal)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.results.final')}>
          {formatScore(r.total)} · {r.tier ?? t('evaluation.noTier')}
        </Descriptions.Item>
        {r.rankInProvince && (
          <Descriptions.Item label={t('evaluation.results.rankProvince')}>
            {t('evaluation.results.rankOf', r.rankInProvince)}
          </Descriptions.Item>
        )}
        {r.rankInNation.of > 0 && (
          <Descriptions.Item label={t('evaluation.results.rankNation')}>
            {t('evaluation.results.rankOf', r.rankInNation)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={r.byArea}
        columns={[
          { title: t('evaluation.area'), dataIndex: 'name' },
          { title: t('evaluation.results.self'), align: 'right', render: (_, a) => formatScore(a.self) },
          { title: t('evaluation.results.final'), align: 'right', render: (_, a) => formatScore(a.final) },
        ]}
      />
      {r.trend.length > 1 && (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey={(x) => `${x.year}-${x.award}`}
          pagination={false}
          dataSource={r.trend}
          columns={[
            { title: t('evaluation.results.year'), dataIndex: 'year' },
            { title: t('evaluation.score'), align: 'right', render: (_, x) => formatScore(x.total) },
            { title: t('evaluation.tier'), render: (_, x) => x.tier ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
