import { Button, Card, List, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useRegionEvaluation, useStartWorksheet, type RegionEvaluation } from './api.ts';
import { ExampleTag, formatScore, StatusTag } from './labels.tsx';

type Row = RegionEvaluation['worksheets'][number];

/** /evaluasi/lembar-kerja: the region's worksheets by cycle, and the open cycles DP3A may start. */
export function WorksheetsPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const navigate = useNavigate();
  const list = useRegionEvaluation(region.code);
  const start = useStartWorksheet(region.code);
  const data = list.data;
  return (
    <>
      <PageHeader
        title={t('evaluation.title')}
        subtitle={t('evaluation.subtitle', { region: region.name })}
      />
      <ErrorAlert error={list.error ?? start.error} onRetry={() => void list.refetch()} />
      {data && data.startable.length > 0 && (
        <Card size="small" title={t('evaluation.openCycles')} style={{ marginBottom: 16 }}>
          <List
            dataSource={data.startable}
            renderItem={(c) => (
              <List.Item
                actions={
                  data.canManage
                    ? [
                        <Button
                          key="start"
                          type="primary"
                          loading={start.isPending}
                          onClick={async () => {
                            const r = await start.mutateAsync(c.id);
                            void navigate(`/evaluasi/lembar-kerja/${r.id}`);
                          }}
                        >
                          {t('evaluation.start')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space wrap>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <ExampleTag example={c.instrumentExample} />
                  {c.selfAssessmentEnd && (
                    <Typography.Text type="secondary">
                      {t('evaluation.windowEnds', { date: formatDate(c.selfAssessmentEnd) })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Table<Row>
        rowKey="id"
        loading={list.isLoading}
        dataSource={data?.worksheets ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState>{t('evaluation.noWorksheets')}</EmptyState> }}
        columns={[
          {
            title: t('evaluation.cycle'),
            render: (_, r) => (
              <Space wrap>
                <Link to={`/evaluasi/lembar-kerja/${r.id}`}>{r.cycle.name}</Link>
                <ExampleTag example={r.cycle.instrumentExample} />
              </Space>
            ),
          },
          { title: t('evaluation.statusLabel'), render: (_, r) => <StatusTag status={r.status} /> },
          { title: t('evaluation.score'), align: 'right', render: (_, r) => formatScore(r.total) },
          { title: t('evaluation.tier'), render: (_, r) => r.tier ?? t('evaluation.noTier') },
          { title: t('evaluation.submittedAt'), render: (_, r) => formatDate(r.submittedAt) },
        ]}
      />
    </>
  );
}
