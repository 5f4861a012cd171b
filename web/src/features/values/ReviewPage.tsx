import { Alert, Flex, Tabs } from 'antd';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { useDimensionSets, useIndicatorCatalog } from '../indicators/api.ts';
import { useCatalogLabels } from '../indicators/labels.ts';
import { dataAccessOf } from './access.ts';
import { PeriodSelect } from './PeriodSelect.tsx';
import { ReviewBoard } from './ReviewBoard.tsx';
import { useDefaultPeriod, useEntryParams } from './period.ts';
import { ValidationReport } from './ValidationReport.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';

export function ReviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const canVerify = dataAccessOf(me, region.code).verify;
  const isNational = region.level === 'nasional';
  const params = useEntryParams();
  const fallback = useDefaultPeriod(region.code, null, params.period === null && !isNational);
  const period = params.period ?? fallback;
  const catalog = useIndicatorCatalog(region.code);
  const sets = useDimensionSets(region.code);
  const labels = useCatalogLabels(sets.data);
  const withParts = (catalog.data ?? []).some((i) => i.periodicity !== 'year');
  // One reload for both tabs: the board and the report change together.
  const queryClient = useQueryClient();
  const refresh = {
    isFetching: useIsFetching({ queryKey: ['entry', region.code] }) > 0,
    refetch: () => queryClient.invalidateQueries({ queryKey: ['entry', region.code] }),
  };

  const header = (
    <PageHeader
      help="verifikasi"
      title={t('review.title')}
      subtitle={t('review.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('data.nationalHint')} />;

  return (
    <>
      {header}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <PeriodSelect value={period} withParts={withParts} onChange={(p) => params.set({ period: p })} />
        <RefreshButton query={refresh} />
      </Flex>
      {!canVerify && <Alert type="info" showIcon title={t('review.readOnly')} style={{ margin: '8px 0' }} />}
      {period && (
        <Tabs
          items={[
            {
              key: 'status',
              label: t('review.tabStatus'),
              children: (
                <ReviewBoard
                  regionCode={region.code}
                  period={period}
                  canVerify={canVerify}
                  regionSearch={regionSearch}
                />
              ),
            },
            {
              key: 'report',
              label: t('review.tabReport'),
              children: (
                <ValidationReport
                  regionCode={region.code}
                  period={period}
                  catalog={catalog.data ?? []}
                  labels={labels}
                  regionSearch={regionSearch}
                />
              ),
            },
          ]}
        />
      )}
    </>
  );
}
