import { useMemo, type ReactNode } from 'react';
import { Alert, Card, Col, Empty, Flex, Tag, Row, Spin, Statistic } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { EChart } from '../../components/EChart.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { recapExportUrl, useArgRecap, type ArgRecap } from './api-recap.ts';
import { formatRupiah, formatShare, shareOf } from '../../components/money.ts';
import { usePlanningParams, usePlanningYearChoice } from './params.ts';
import { categoryOption, trendOption } from './recapCharts.ts';
import { opdLines, RecapOpdTable, RecapProgramTable } from './RecapTables.tsx';
import { YearSelect } from './YearSelect.tsx';

function ExportButtons({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const choice = (format: 'xlsx' | 'pdf', label: string, icon: ReactNode) => ({
    key: format,
    label,
    icon,
    url: recapExportUrl(regionCode, year, format),
    fallbackName: `rekap-arg-${year}.${format}`,
    testId: `recap-${format}`,
  });
  return (
    <DownloadButtons
      choices={[
        choice('xlsx', t('planning.recap.downloadXlsx'), <FileExcelOutlined />),
        choice('pdf', t('planning.recap.downloadPdf'), <FilePdfOutlined />),
      ]}
      downloaded={(name) => t('planning.recap.downloaded', { name })}
    />
  );
}

function Stats({ recap }: { recap: ArgRecap }) {
  const { t } = useTranslation();
  const cards = [
    { key: 'total', title: t('planning.recap.totalBudget'), value: formatRupiah(recap.totalBudget) },
    { key: 'responsive', title: t('planning.recap.responsive'), value: formatRupiah(recap.responsiveAmount) },
    { key: 'share', title: t('planning.recap.shareLong'), value: formatShare(recap.responsiveShare) },
    {
      key: 'approved',
      title: t('planning.recap.approved'),
      value: formatRupiah(recap.approvedAmount),
      hint: t('planning.recap.approvedShare', {
        share: formatShare(shareOf(recap.approvedAmount, recap.responsiveAmount)),
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="recap-stats">
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} xl={6}>
          <Card size="small">
            <Statistic title={c.title} value={c.value} data-testid={`recap-${c.key}`} />
            {c.hint && <div style={{ color: 'rgba(0, 0, 0, 0.6)', fontSize: 12 }}>{c.hint}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The region's gender-responsive budget (ARG) for a year: totals, charts, OPDs, programs, exports. */
export function ArgRecapPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const isNational = region.level === 'nasional';
  const params = usePlanningParams();
  const { year, options, query: years } = usePlanningYearChoice(region.code, !isNational, params.year);
  const recap = useArgRecap(region.code, isNational ? null : year);
  const data = recap.data;
  // `t` changes with the language, so legends and tooltips follow it.
  const donut = useMemo(() => (data ? categoryOption(data, t) : null), [data, t]);
  const trend = useMemo(() => (data ? trendOption(data, t) : null), [data, t]);

  const header = (
    <PageHeader
      help="rekap-arg"
      title={t('planning.recap.title')}
      subtitle={t('planning.recap.subtitle', { region: `${region.name} (${region.code})` })}
      extra={!isNational && year !== null && <ExportButtons regionCode={region.code} year={year} />}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  const empty = data && data.byOpd.length === 0;
  return (
    <>
      {header}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <YearSelect
          value={year}
          options={options}
          loading={years.isPending}
          onChange={(y) => params.set({ year: y })}
        />
        <RefreshButton query={recap} />
      </Flex>
      <ErrorAlert error={recap.error} onRetry={() => void recap.refetch()} />
      {!data ? (
        recap.isError ? null : (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin description={t('app.loading')} />
          </Flex>
        )
      ) : empty ? (
        <EmptyState>
          <div>{t('planning.recap.empty', { year })}</div>
          <Link to={{ pathname: '/perencanaan/sub-kegiatan', search: regionSearch }}>
            {t('planning.recap.toLines')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <Stats recap={data} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('planning.recap.byCategory')}>
                {donut && (
                  <EChart
                    option={donut}
                    height={300}
                    ariaLabel={t('planning.recap.byCategoryAria', { year })}
                    data-testid="recap-donut"
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('planning.recap.trend')}>
                {data.trend.length > 0 && trend ? (
                  <EChart
                    option={trend}
                    height={300}
                    ariaLabel={t('planning.recap.trendAria')}
                    data-testid="recap-trend"
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planning.recap.noTrend')} />
                )}
              </Card>
            </Col>
          </Row>
          {data.notSubmitted.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="recap-not-submitted"
              title={t('planning.recap.notSubmittedTitle', {
                count: data.notSubmitted.length,
                n: data.notSubmitted.length,
              })}
              description={
                // Many OPDs may be missing early in the cycle: a wrapped line of links stays short.
                <Flex wrap gap={4} style={{ marginTop: 4 }}>
                  {data.notSubmitted.map((o) => (
                    <Link key={o.opdId} to={opdLines(regionSearch, o.opdId, data.year)}>
                      <Tag style={{ cursor: 'pointer', marginInlineEnd: 0, whiteSpace: 'normal' }}>
                        {o.opdName}
                      </Tag>
                    </Link>
                  ))}
                </Flex>
              }
            />
          )}
          <Card size="small" title={t('planning.recap.byOpd')} style={{ marginBottom: 16 }}>
            <RecapOpdTable recap={data} />
          </Card>
          <Card size="small" title={t('planning.recap.byProgram')}>
            <RecapProgramTable recap={data} />
          </Card>
        </>
      )}
    </>
  );
}
