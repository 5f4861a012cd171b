import { Button, Card, Flex, Progress, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canFillDossier } from '../../../../domain/institution-standards/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDossierBoard, useInstitutionDossiers, type DossierBoard } from './api.ts';
import { ExampleTag, OutcomeTag, StageTag } from './labels.tsx';
import { StartDossierModal } from './StartDossierModal.tsx';

type Row = DossierBoard['rows'][number];

/** An institution account's own dossiers, and starting one. */
function MyDossiers({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const mine = useInstitutionDossiers(institutionId);
  const [starting, setStarting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('institutionStandards.board.mine')}
        extra={
          mine.data?.canCreate && (
            <Button type="primary" onClick={() => setStarting(true)}>
              {t('institutionStandards.board.start')}
            </Button>
          )
        }
      />
      <ErrorAlert error={mine.error} />
      <Table
        rowKey="id"
        loading={mine.isPending}
        pagination={false}
        dataSource={mine.data?.items ?? []}
        locale={{ emptyText: <EmptyState>{t('institutionStandards.board.mineEmpty')}</EmptyState> }}
        columns={[
          {
            title: t('institutionStandards.standards.name'),
            render: (_, d) => (
              <Space wrap>
                <Link to={`/lembaga-layanan/standardisasi/${d.id}`}>{d.standard.name}</Link>
                {d.standard.example && <ExampleTag />}
              </Space>
            ),
          },
          {
            title: t('institutionStandards.board.stage'),
            render: (_, d) => (
              <Space>
                <StageTag stage={d.stage} />
                <OutcomeTag outcome={d.outcome} standing={d.standing} />
              </Space>
            ),
          },
        ]}
      />
      <StartDossierModal institutionId={starting ? institutionId : null} onClose={() => setStarting(false)} />
    </>
  );
}

/**
 * /lembaga-layanan/standardisasi: DP3A's progress board — every institution of the region by
 * stage, what each lacks, and the share standardised by field; an institution account sees
 * its own dossiers instead.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const own = me.role === 'lembaga_layanan';
  const board = useDossierBoard(region.code, !own);
  const [stage, setStage] = useState<string>('all');
  const [starting, setStarting] = useState<string | null>(null);
  if (own && me.institutionId) return <MyDossiers institutionId={me.institutionId} />;
  const b = board.data;
  const rows = (b?.rows ?? []).filter((r) => stage === 'all' || (r.dossier?.stage ?? 'none') === stage);
  const stages = ['all', ...(b?.byStage.map((s) => s.stage) ?? [])];
  const countOf = (s: string) =>
    s === 'all' ? (b?.institutions ?? 0) : (b?.byStage.find((x) => x.stage === s)?.count ?? 0);
  return (
    <>
      <PageHeader
        title={t('institutionStandards.board.title')}
        subtitle={t('institutionStandards.board.subtitle')}
      />
      <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      {b && b.institutions > 0 && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Typography.Title level={5} data-testid="board-standardised">
            {t('institutionStandards.board.standardised', { n: b.standardised, total: b.institutions })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('institutionStandards.board.byField')}</Typography.Text>
          <Flex gap={24} wrap style={{ marginTop: 8 }}>
            {b.byField.map((f) => (
              <div key={f.field} style={{ minWidth: 180 }}>
                <Typography.Text>
                  {t(`institutionStandards.fields.${f.field}`)}: {f.standardised}/{f.institutions}
                </Typography.Text>
                <Progress
                  percent={Math.round((100 * f.standardised) / f.institutions)}
                  size="small"
                  aria-label={t(`institutionStandards.fields.${f.field}`)}
                />
              </div>
            ))}
          </Flex>
        </Card>
      )}
      {b && b.institutions > 0 && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={stage}
          onChange={(v) => setStage(v as string)}
          options={stages.map((s) => ({
            value: s,
            label: `${s === 'all' ? t('common.all') : t(`institutionStandards.stages.${s}`)} (${countOf(s)})`,
          }))}
        />
      )}
      {b?.truncated && (
        <Typography.Paragraph type="warning">
          {t('institutionStandards.board.truncated')}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey={(r) => r.institution.id}
        loading={board.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState>{t('institutionStandards.board.empty')}</EmptyState> }}
        columns={[
          {
            title: t('institutionStandards.board.institution'),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{r.institution.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {r.institution.fields.map((f) => t(`institutionStandards.fields.${f}`)).join(', ')}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('institutionStandards.board.stage'),
            render: (_, r) => (
              <Space wrap>
                <StageTag stage={r.dossier?.stage ?? 'none'} />
                {r.dossier && <OutcomeTag outcome={r.dossier.outcome} standing={r.dossier.standing} />}
                {r.dossier?.validUntil && r.dossier.outcome === 'terstandar' && (
                  <Typography.Text type="secondary">
                    {t('institutionStandards.board.validUntil', { date: formatDate(r.dossier.validUntil) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('institutionStandards.board.missing'),
            render: (_, r) =>
              !r.dossier
                ? '—'
                : r.dossier.unanswered + r.dossier.needsFix + r.dossier.missingEvidence === 0
                  ? t('institutionStandards.board.nothingMissing')
                  : t('institutionStandards.board.missingText', {
                      unanswered: r.dossier.unanswered,
                      needsFix: r.dossier.needsFix,
                      evidence: r.dossier.missingEvidence,
                    }),
          },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, r) =>
              r.dossier ? (
                <Link to={`/lembaga-layanan/standardisasi/${r.dossier.id}`}>
                  {t('institutionStandards.board.open')}
                </Link>
              ) : (
                canFillDossier(accessActorOf(me), {
                  regionCode: region.code,
                  institutionId: r.institution.id,
                }) && (
                  <Button size="small" onClick={() => setStarting(r.institution.id)}>
                    {t('institutionStandards.board.start')}
                  </Button>
                )
              ),
          },
        ]}
      />
      <StartDossierModal institutionId={starting} onClose={() => setStarting(null)} />
    </>
  );
}
