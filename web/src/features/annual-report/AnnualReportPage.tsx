import { useCallback, useState, type ReactNode } from 'react';
import { App as AntApp, Alert, Card, Flex } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canReadAnnualReport } from '../../../../domain/annual-report/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePlanningParams, usePlanningYearChoice } from '../planning/params.ts';
import { YearSelect } from '../planning/YearSelect.tsx';
import { annualReportUrl, useAnnualReport, useSaveVersion, useVersions, type ReportVersion } from './api.ts';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { SectionsPreview } from './SectionsPreview.tsx';
import { VersionList } from './VersionList.tsx';

function Downloads({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const choice = (format: 'pdf' | 'docx', label: string, icon: ReactNode) => ({
    key: format,
    label,
    icon,
    url: annualReportUrl(regionCode, year, format),
    fallbackName: `laporan-pug-${year}.${format}`,
    testId: `annual-${format}`,
  });
  return (
    <DownloadButtons
      choices={[
        choice('docx', t('annualReport.downloadDocx'), <FileWordOutlined />),
        choice('pdf', t('annualReport.downloadPdf'), <FilePdfOutlined />),
      ]}
      downloaded={(name) => t('annualReport.downloaded', { name })}
    />
  );
}

/**
 * Laporan Pelaksanaan PUG: the year's figures assembled from data terpilah, PPRG and monev (a
 * preview of what the files print), the narrative DP3A and Bappeda write with its versions,
 * and the PDF and the DOCX (edited and signed in Word).
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = AntApp.useApp();
  const { region } = useRegion();
  const isNational = region.level === 'nasional';
  const reads = canReadAnnualReport(accessActorOf(me), region.code);
  const params = usePlanningParams();
  const {
    year,
    options,
    query: years,
  } = usePlanningYearChoice(region.code, !isNational && reads, params.year);
  const report = useAnnualReport(region.code, year, !isNational && reads);
  const versions = useVersions(region.code, year, !isNational && reads);
  const save = useSaveVersion(region.code, year);
  const [dirty, setDirty] = useState(0);
  const onDirtyChange = useCallback((n: number) => setDirty(n), []);

  const header = (
    <PageHeader
      help="laporan-pug"
      title={t('annualReport.title')}
      subtitle={t('annualReport.subtitle', { region: `${region.name} (${region.code})` })}
      extra={year !== null && report.data ? <Downloads regionCode={region.code} year={year} /> : undefined}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('annualReport.nationalHint')} />;
  if (!reads) {
    return (
      <>
        {header}
        <Alert type="info" showIcon title={t('annualReport.notForOperator')} />
      </>
    );
  }

  const data = report.data;
  const restore = async (v: ReportVersion) => {
    if (year === null || !data) return;
    try {
      const next = await save.mutateAsync({
        year,
        baseVersion: data.draft?.version ?? null,
        narrative: v.narrative,
        signatory: v.signatory,
        restoredFrom: v.version,
      });
      message.success(t('annualReport.versions.restored', { version: v.version, next: next.version }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      {header}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <YearSelect
          value={year}
          options={options}
          loading={years.isPending}
          onChange={(y) => params.set({ year: y })}
        />
      </Flex>
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {data?.draft?.isDemo && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('annualReport.demoNotice')}
          data-testid="annual-demo"
        />
      )}
      <Card title={t('annualReport.figures')} loading={report.isPending} style={{ marginBottom: 16 }}>
        {data && <SectionsPreview sections={data.sections} />}
      </Card>
      <Card title={t('annualReport.narrativeTitle')} loading={report.isPending} style={{ marginBottom: 16 }}>
        {data && year !== null && (
          <NarrativeEditor
            year={year}
            draft={data.draft}
            defaultSignatory={data.defaultSignatory}
            canEdit={data.canEdit}
            saving={save.isPending}
            save={(body) => save.mutateAsync(body)}
            onDirtyChange={onDirtyChange}
          />
        )}
      </Card>
      <Card title={t('annualReport.versions.heading')}>
        {year !== null && (
          <VersionList
            regionCode={region.code}
            year={year}
            versions={versions.data}
            loading={versions.isPending}
            error={versions.error}
            latest={data?.draft?.version ?? null}
            canEdit={data?.canEdit ?? false}
            dirty={dirty > 0}
            onRestore={restore}
          />
        )}
      </Card>
    </>
  );
}
