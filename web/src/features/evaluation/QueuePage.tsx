import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCycles, useQueue, useRecap, type Queue, type Recap } from './api.ts';
import { RecapDownloads } from './Downloads.tsx';
import { ExampleTag, formatScore, StatusTag } from './labels.tsx';

type QueueRow = Queue['items'][number];
type RecapRow = Recap['rows'][number];

/**
 * /evaluasi/verifikasi: the verifier's queue (a province's kab/kota; for the superadmin the
 * provinces, and kab/kota where the cycle says so) and the recap side by side — a province's
 * kab/kota, or the nation when the superadmin looks at the national level.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const scope =
    me.role === 'superadmin' ? (region.level === 'provinsi' ? region.code : 'ID') : me.region.code;
  const cycles = useCycles();
  const open = (cycles.data?.items ?? []).filter((c) => c.status !== 'draft');
  const [picked, setPicked] = useState<string | undefined>();
  const cycleId = picked ?? open[0]?.id;
  const cycle = open.find((c) => c.id === cycleId);
  const queue = useQueue(scope, cycleId);
  const recap = useRecap(scope, cycleId);
  const areas = recap.data?.areas ?? [];
  return (
    <>
      <PageHeader
        title={t('evaluation.verify.title')}
        subtitle={
          scope === 'ID'
            ? t('evaluation.verify.national')
            : t('evaluation.verify.province', { region: region.name })
        }
        extra={
          <Space>
            <Select
              style={{ minWidth: 240 }}
              value={cycleId}
              onChange={setPicked}
              aria-label={t('evaluation.cycle')}
              options={open.map((c) => ({ value: c.id, label: c.name }))}
              placeholder={t('evaluation.cycle')}
            />
            {cycle && <ExampleTag example={cycle.instrument.example} />}
          </Space>
        }
      />
      <ErrorAlert error={cycles.error ?? queue.error ?? recap.error} />
      <Card size="small" title={t('evaluation.verify.queue')} style={{ marginBottom: 16 }}>
        <Table<QueueRow>
          rowKey="worksheetId"
          size="small"
          loading={queue.isLoading}
          dataSource={queue.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState>{t('evaluation.verify.emptyQueue')}</EmptyState> }}
          columns={[
            {
              title: t('evaluation.region'),
              render: (_, r) => <Link to={`/evaluasi/lembar-kerja/${r.worksheetId}`}>{r.regionName}</Link>,
            },
            { title: t('evaluation.statusLabel'), render: (_, r) => <StatusTag status={r.status} /> },
            { title: t('evaluation.submittedAt'), render: (_, r) => formatDate(r.submittedAt) },
            {
              title: t('evaluation.results.self'),
              align: 'right',
              render: (_, r) => formatScore(r.selfTotal),
            },
            {
              title: t('evaluation.verify.decided'),
              align: 'right',
              render: (_, r) => `${r.decided} / ${r.shown}`,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={scope === 'ID' ? t('evaluation.verify.nationalRecap') : t('evaluation.verify.sideBySide')}
        extra={cycleId ? <RecapDownloads scope={scope} cycleId={cycleId} /> : null}
      >
        <Table<RecapRow>
          rowKey="regionCode"
          size="small"
          loading={recap.isLoading}
          dataSource={recap.data?.rows ?? []}
          scroll={{ x: true }}
          pagination={scope === 'ID' ? { pageSize: 50 } : false}
          data-testid="recap"
          locale={{ emptyText: <EmptyState>{t('evaluation.verify.emptyRecap')}</EmptyState> }}
          columns={[
            { title: t('evaluation.rank'), align: 'right', render: (_, r) => r.rank ?? '—' },
            {
              title: t('evaluation.region'),
              render: (_, r) =>
                r.worksheetId ? (
                  <Link to={`/evaluasi/lembar-kerja/${r.worksheetId}`}>{r.regionName}</Link>
                ) : (
                  r.regionName
                ),
            },
            {
              title: t('evaluation.statusLabel'),
              render: (_, r) =>
                r.status ? <StatusTag status={r.status} /> : <Tag>{t('evaluation.notStarted')}</Tag>,
            },
            ...areas.map((a) => ({
              title: a.name,
              align: 'right' as const,
              render: (_: unknown, r: RecapRow) => (r.worksheetId ? formatScore(r.byArea[a.code] ?? 0) : '—'),
            })),
            {
              title: t('evaluation.results.self'),
              align: 'right',
              render: (_, r) => formatScore(r.selfTotal),
            },
            {
              title: t('evaluation.results.final'),
              align: 'right',
              render: (_, r) => <Typography.Text strong>{formatScore(r.total)}</Typography.Text>,
            },
            { title: t('evaluation.tier'), render: (_, r) => r.tier ?? '—' },
            {
              title: t('evaluation.evidence'),
              align: 'right',
              render: (_, r) => (r.worksheetId ? `${r.evidenceComplete} / ${r.evidenceRequired}` : '—'),
            },
          ]}
        />
      </Card>
    </>
  );
}
