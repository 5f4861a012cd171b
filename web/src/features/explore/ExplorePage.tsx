import { Alert, Button, Flex, Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canReadRegion } from '../../../../domain/access.ts';
import { NATIONAL_CODE, parentRegionCode } from '../../../../domain/region-code.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDimensionSets, useIndicatorCatalog } from '../indicators/api.ts';
import { useCatalogLabels } from '../indicators/labels.ts';
import { BreakdownTab } from './BreakdownTab.tsx';
import { CompareTab } from './CompareTab.tsx';
import { RegionsTab } from './RegionsTab.tsx';
import { IndicatorSelect } from './IndicatorSelect.tsx';
import { useExploreParams, type ExploreTab } from './params.ts';
import { TrendTab } from './TrendTab.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';

/**
 * Jelajah data: one indicator of the region as a trend by sex with its gap, broken down by its
 * other dimensions, and — for those who read a province — compared across its kab/kota.
 */
export function ExplorePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const navigate = useNavigate();
  const params = useExploreParams();
  const isNational = region.level === 'nasional';
  const catalog = useIndicatorCatalog(region.code);
  const sets = useDimensionSets(region.code);
  const labels = useCatalogLabels(sets.data);
  const indicator = catalog.data?.find((i) => i.code === params.indicator) ?? null;

  // The comparison API answers readers of the province: superadmin, provinsi and its own users.
  const province = region.level === 'provinsi' ? region.code : parentRegionCode(region.code);
  const canCompare = province !== null && canReadRegion(accessActorOf(me), province);
  const fallbackTab: ExploreTab = region.level === 'provinsi' && canCompare ? 'compare' : 'trend';
  // The region comparison (GET /api/explore/regions) has the same readers; the nation's
  // provinces and kab/kota are offered to those who read the nation (superadmin).
  const canReadNation = canReadRegion(accessActorOf(me), NATIONAL_CODE);
  const tab =
    (params.tab === 'compare' || params.tab === 'regions') && !canCompare
      ? 'trend'
      : (params.tab ?? fallbackTab);

  const header = (
    <PageHeader
      help="jelajah"
      title={t('explore.title')}
      subtitle={t('explore.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational)
    return <NationalLevelNotice header={header} hint={t('explore.nationalHint')} testId="explore-national" />;

  const name = indicator ? labels.name(indicator) : '';
  const regionName = `${region.name} (${region.code})`;
  const body = !params.indicator ? (
    <div data-testid="explore-pick" style={{ padding: 32 }}>
      <EmptyState>
        <div>{t('explore.pickIndicator')}</div>
        <Button
          style={{ marginTop: 12 }}
          onClick={() => navigate({ pathname: '/data/kesenjangan', search: regionSearch })}
        >
          {t('explore.toGaps')}
        </Button>
      </EmptyState>
    </div>
  ) : catalog.data && !indicator ? (
    <Alert type="warning" showIcon title={t('explore.unknownIndicator', { code: params.indicator })} />
  ) : indicator ? (
    <Tabs
      activeKey={tab}
      // A hidden tab keeps no chart alive (and no second set of export links in the page).
      destroyOnHidden
      onChange={(key) => params.set({ tab: key as ExploreTab })}
      items={[
        {
          key: 'trend',
          label: t('explore.tabTrend'),
          children: (
            <TrendTab
              regionCode={region.code}
              regionName={regionName}
              indicator={indicator}
              indicatorName={name}
              from={params.from}
              to={params.to}
              onRange={(from, to) => params.set({ from, to })}
            />
          ),
        },
        {
          key: 'breakdown',
          label: t('explore.tabBreakdown'),
          children: (
            <BreakdownTab
              regionCode={region.code}
              regionName={regionName}
              indicator={indicator}
              indicatorName={name}
              labels={labels}
              period={params.period}
              dimension={params.dimension}
              onChange={(patch) => params.set(patch)}
            />
          ),
        },
        ...(canCompare && province
          ? [
              {
                key: 'compare',
                label: t('explore.tabCompare'),
                children: (
                  <CompareTab
                    province={province}
                    indicator={indicator}
                    indicatorName={name}
                    period={params.period}
                    onPeriod={(period) => params.set({ period })}
                  />
                ),
              },
              {
                key: 'regions',
                label: t('explore.tabRegions'),
                children: (
                  <RegionsTab
                    province={province}
                    national={canReadNation}
                    indicator={indicator}
                    indicatorName={name}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  ) : null;

  return (
    <>
      {header}
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        <IndicatorSelect
          catalog={catalog.data}
          labels={labels}
          value={params.indicator}
          // A period or dimension of one indicator may not exist for the next.
          onChange={(code) => params.set({ indicator: code, period: null, dimension: null })}
        />
        {indicator && (
          <Typography.Text type="secondary" data-testid="explore-meta">
            {[
              labels.group(indicator.domainGroup),
              labels.unit(indicator.unit),
              labels.source(indicator.source),
              t(`data.aggregation.${indicator.aggregation}`, { defaultValue: indicator.aggregation }),
            ].join(' · ')}
          </Typography.Text>
        )}
      </Flex>
      <ErrorAlert error={catalog.error} onRetry={() => void catalog.refetch()} />
      {body}
    </>
  );
}
