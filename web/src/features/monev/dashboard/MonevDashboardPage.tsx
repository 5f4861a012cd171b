import { Alert, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canManageMonevSettings } from '../../../../../domain/monev/access.ts';
import { accessActorOf } from '../../../app/access.ts';
import { useMe } from '../../../app/auth.tsx';
import { REGION_PARAM, useRegion, useRegionSearch } from '../../../app/region.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../components/format.ts';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { formatRupiah, formatShare } from '../../../components/money.ts';
import { NationalLevelNotice } from '../../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { usePlanningParams } from '../../planning/params.ts';
import { YearSelect } from '../../planning/YearSelect.tsx';
import { useMonevSettings } from '../settings/api.ts';
import { useMonevDashboard, type DashboardFigures, type DashboardUnit, type MonevDashboard } from './api.ts';
import { DashboardCharts } from './DashboardCharts.tsx';
import { UnitsTable } from './UnitsTable.tsx';

/** Keeps the region's address parameter and sets the year (and the OPD) of the page linked to. */
function searchWith(search: string, set: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(set)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  return `?${params}`;
}

/** The rows of the side-by-side table: a kab/kota's OPDs, or a province's kab/kota. */
function unitsOf(data: MonevDashboard, search: string, year: number): DashboardUnit[] {
  if (data.level === 'provinsi') {
    return data.regions.map((r) => ({
      ...r,
      key: r.code,
      shortName: r.name,
      link: {
        pathname: '/monev/dasbor',
        search: searchWith('', { [REGION_PARAM]: r.code, year: String(year) }),
      },
    }));
  }
  return data.opds.map((o) => ({
    ...o,
    key: o.id,
    link: { pathname: '/monev', search: searchWith(search, { year: String(year), opd: o.id }) },
  }));
}

function Totals({ total }: { total: DashboardFigures }) {
  const { t } = useTranslation();
  const cards = [
    {
      key: 'realised',
      title: t('monevDashboard.realised'),
      value: formatRupiah(total.realised),
      note: t('monevDashboard.ofPaguFull', {
        share: formatShare(total.realisedShare),
        pagu: formatRupiah(total.pagu),
      }),
    },
    {
      key: 'physical',
      title: t('monevDashboard.physical'),
      value: formatShare(total.physical.averageShare),
      note: t('monevDashboard.physicalHelp', { count: total.physical.measured }),
    },
    {
      key: 'beneficiaries',
      title: t('monevDashboard.beneficiaries'),
      value: formatNumber(total.beneficiaries.P + total.beneficiaries.L),
      note: t('monevDashboard.sexPair', {
        P: formatNumber(total.beneficiaries.P),
        L: formatNumber(total.beneficiaries.L),
      }),
    },
    {
      key: 'indicators',
      title: t('monevDashboard.indicators'),
      value: t('monevDashboard.indicatorsMet', {
        met: total.indicators.met,
        measured: total.indicators.measured,
      }),
      note: t('monevDashboard.indicatorsNote', {
        count: total.indicators.count,
        share: formatShare(total.indicators.averageAchievement),
      }),
    },
    {
      key: 'lines',
      title: t('monevDashboard.lines'),
      value: t('monevDashboard.reportedOf', { reported: total.reportedLines, lines: total.lines }),
      note: t('monevDashboard.linesNote'),
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} lg={8} xxl={4}>
          <Card size="small" data-testid={`monev-dashboard-${c.key}`}>
            <Statistic title={c.title} value={c.value} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * The monev dashboard of a year. A kab/kota: the region's totals and each OPD's figures side
 * by side, drilling down to the OPD's reports; a province: every kab/kota side by side with
 * the province total, drilling down to each kab/kota's dashboard. Charts with their tables,
 * and the trend across years. An operator sees their OPD's figures only (the server decides).
 */
export function MonevDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const search = useRegionSearch();
  const params = usePlanningParams();
  const isNational = region.level === 'nasional';
  const year = params.year ?? new Date().getFullYear();
  const dashboard = useMonevDashboard(region.code, year, !isNational);
  const isKabkota = region.level === 'kabkota';
  const settings = useMonevSettings(region.code, year, isKabkota);
  const data = dashboard.data;

  const header = (
    <PageHeader
      help="dasbor-monev"
      title={t('monevDashboard.title')}
      subtitle={t('monevDashboard.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('monevDashboard.nationalHint')} />;

  const now = new Date().getFullYear();
  const years = [...new Set([year, now, now - 1, ...(data?.trend.map((p) => p.year) ?? [])])].sort(
    (a, b) => b - a,
  );
  const unitTitle = t(isKabkota ? 'monevDashboard.opd' : 'monevDashboard.kabkota');
  const units = data ? unitsOf(data, search, year) : [];
  const noSchedule =
    isKabkota && settings.data && Object.keys(settings.data.deadlines).length === 0
      ? 'deadlines'
      : isKabkota && settings.data && Object.keys(settings.data.expectedShare).length === 0
        ? 'shares'
        : null;
  const settingsLink = { pathname: '/pengaturan/monev', search: searchWith(search, { year: String(year) }) };

  return (
    <>
      {header}
      <ListToolbar refresh={dashboard} filtered={false} onReset={() => undefined}>
        <YearSelect value={year} options={years} onChange={(y) => params.set({ year: y })} />
        {data?.opdId && (
          <Tag data-testid="monev-dashboard-opd-only" style={{ padding: '4px 10px', fontSize: 14 }}>
            {t('monevDashboard.opdOnly', { name: me.opdName ?? '' })}
          </Tag>
        )}
      </ListToolbar>
      <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      {noSchedule && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="monev-dashboard-no-settings"
          title={t(`monevDashboard.noSettings.${noSchedule}`, { year })}
          action={
            <Link to={settingsLink}>
              {t(
                canManageMonevSettings(accessActorOf(me), region.code)
                  ? 'monevDashboard.noSettings.set'
                  : 'monevDashboard.noSettings.see',
              )}
            </Link>
          }
        />
      )}
      {data && data.total.lines === 0 ? (
        <Card data-testid="monev-dashboard-empty">
          <EmptyState>
            <Typography.Paragraph strong style={{ marginBottom: 4 }}>
              {t('monevDashboard.empty.title', { year })}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t(isKabkota ? 'monevDashboard.empty.body' : 'monevDashboard.empty.bodyProvince')}
            </Typography.Paragraph>
            {isKabkota && (
              <Link
                to={{
                  pathname: '/perencanaan/sub-kegiatan',
                  search: searchWith(search, { year: String(year) }),
                }}
              >
                {t('monevDashboard.empty.link')}
              </Link>
            )}
          </EmptyState>
        </Card>
      ) : data ? (
        <>
          {data.total.reportedLines === 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('monevDashboard.noReports', { year, lines: data.total.lines })}
            />
          )}
          <Totals total={data.total} />
          <DashboardCharts units={units} total={data.total} trend={data.trend} unitTitle={unitTitle} />
          <Card
            size="small"
            title={t(isKabkota ? 'monevDashboard.byOpd' : 'monevDashboard.byKabkota')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(isKabkota ? 'monevDashboard.drillHintOpd' : 'monevDashboard.drillHintKabkota')}
              </Typography.Text>
            }
          >
            <Flex vertical gap={8}>
              <UnitsTable
                units={units}
                total={data.total}
                unitTitle={unitTitle}
                drillLabel={(name) =>
                  t(isKabkota ? 'monevDashboard.drillOpd' : 'monevDashboard.drillKabkota', { name })
                }
              />
            </Flex>
          </Card>
        </>
      ) : null}
    </>
  );
}
