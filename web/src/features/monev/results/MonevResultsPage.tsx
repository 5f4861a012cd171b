import { useState } from 'react';
import { Alert, App as AntApp, Button, Flex, Space, Tag, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, FundProjectionScreenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canManageMonevScoring, canReadAllMonevResults } from '../../../../../domain/monev/access.ts';
import { accessActorOf } from '../../../app/access.ts';
import { useMe } from '../../../app/auth.tsx';
import { useRegion } from '../../../app/region.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../../components/format.ts';
import { NationalLevelNotice } from '../../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { downloadFile } from '../../explore/download.ts';
import { usePlanningParams } from '../../planning/params.ts';
import { YearSelect } from '../../planning/YearSelect.tsx';
import {
  resultsDocumentUrl,
  useMonevResults,
  useScoring,
  type MonevResults,
  type ResultsDocument,
} from './api.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { ScoringEditor } from './ScoringEditor.tsx';

const DOC_NAMES: Record<ResultsDocument, (year: number) => string> = {
  pdf: (y) => `hasil-monev-${y}.pdf`,
  xlsx: (y) => `hasil-monev-${y}.xlsx`,
  slides: (y) => `paparan-hasil-monev-${y}.pdf`,
};

function Downloads({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<ResultsDocument | null>(null);
  const run = async (doc: ResultsDocument) => {
    setBusy(doc);
    try {
      const name = await downloadFile(resultsDocumentUrl(regionCode, year, doc), DOC_NAMES[doc](year));
      message.success(t('monevResults.downloaded', { name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const buttons: [ResultsDocument, React.ReactNode][] = [
    ['pdf', <FilePdfOutlined key="pdf" />],
    ['xlsx', <FileExcelOutlined key="xlsx" />],
    ['slides', <FundProjectionScreenOutlined key="slides" />],
  ];
  return (
    <Space wrap>
      {buttons.map(([doc, icon]) => (
        <Button
          key={doc}
          icon={icon}
          loading={busy === doc}
          onClick={() => void run(doc)}
          data-testid={`monev-results-${doc}`}
        >
          {t(`monevResults.download.${doc}`)}
        </Button>
      ))}
    </Space>
  );
}

/** The rules the scores rest on, in one line, with the example's warning. */
function Basis({ results }: { results: MonevResults }) {
  const { t } = useTranslation();
  const c = results.config!;
  return (
    <Alert
      type={c.isExample ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="monev-results-basis"
      title={
        <Space wrap>
          {c.isExample && <Tag color="orange">{t('monevResults.example')}</Tag>}
          {t('monevResults.basis', {
            version: c.version,
            asOf: formatDate(results.asOf),
            ranked: formatNumber(results.ranked),
          })}
        </Space>
      }
      description={<Typography.Text type="secondary">{c.sourceNote}</Typography.Text>}
    />
  );
}

/**
 * Hasil Pengendalian dan Evaluasi: each OPD's yearly score, grade and rank from the criteria the
 * region's admin (DP3A) configured, how each score was reached (a row opens), the documents for
 * the Rakor PUG, and the configuration itself (edited by the admin, read by the others). An
 * operator sees their own OPD's row.
 */
export function MonevResultsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const params = usePlanningParams();
  const isNational = region.level === 'nasional';
  const year = params.year ?? new Date().getFullYear();
  const actor = accessActorOf(me);
  const manage = canManageMonevScoring(actor, region.code);
  const allRows = canReadAllMonevResults(actor, region.code);
  const results = useMonevResults(region.code, year, !isNational);
  const scoring = useScoring(region.code, year, !isNational);
  const data = results.data;

  const header = (
    <PageHeader
      help="hasil-monev"
      title={t('monevResults.title')}
      subtitle={t('monevResults.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('monevResults.nationalHint')} />;

  const now = new Date().getFullYear();
  const years = [...new Set([year, now, now - 1, now - 2])].sort((a, b) => b - a);
  const scored = Boolean(data?.config);

  return (
    <>
      {header}
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <YearSelect value={year} options={years} onChange={(y) => params.set({ year: y })} />
        {scored && allRows && (data?.opds.length ?? 0) > 0 && (
          <Downloads regionCode={region.code} year={year} />
        )}
      </Flex>
      <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      {data && !data.config && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="monev-results-no-config"
          title={t('monevResults.noConfig', { year })}
          description={t(manage ? 'monevResults.noConfigAdmin' : 'monevResults.noConfigReader')}
        />
      )}
      {data?.config && <Basis results={data} />}
      {data && !data.hasDeadlines && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('monevResults.noDeadlines', { year })}
        />
      )}
      {data && data.opds.length === 0 ? (
        <EmptyState>{t(allRows ? 'monevResults.emptyRegion' : 'monevResults.emptyOpd', { year })}</EmptyState>
      ) : (
        <>
          {scored && (
            <Typography.Paragraph type="secondary">{t('monevResults.expandHint')}</Typography.Paragraph>
          )}
          <ResultsTable rows={data?.opds ?? []} scored={scored} loading={results.isPending} />
        </>
      )}
      {!allRows && data && data.opds.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('monevResults.ownRow', { ranked: formatNumber(data.ranked) })}
        </Typography.Paragraph>
      )}
      <div style={{ marginTop: 24 }}>
        <ErrorAlert error={scoring.error} onRetry={() => void scoring.refetch()} />
        {scoring.data && (
          <ScoringEditor regionCode={region.code} year={year} scoring={scoring.data} manage={manage} />
        )}
      </div>
    </>
  );
}
