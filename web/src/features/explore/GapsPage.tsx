import { Alert, Flex, Segmented, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { useDimensionSets, useIndicatorCatalog } from '../indicators/api.ts';
import { useCatalogLabels } from '../indicators/labels.ts';
import { useGaps, type GapSort } from './api.ts';
import { GapsTable } from './GapsTable.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';

/**
 * Kesenjangan gender: the region's indicators ranked by how far apart women and men are, or by
 * how fast that distance grows — where a planner starts GAP step 2. Filters live in the address.
 */
export function GapsPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const [params, setParams] = useSearchParams();
  const group = DOMAIN_GROUPS.find((g) => g === params.get('group')) ?? '';
  const sort: GapSort = params.get('sort') === 'widening' ? 'widening' : 'widest';
  const isNational = region.level === 'nasional';
  const gaps = useGaps(region.code, group, sort, !isNational);
  const catalog = useIndicatorCatalog(region.code);
  const sets = useDimensionSets(region.code);
  const labels = useCatalogLabels(sets.data);

  const set = (key: 'group' | 'sort', value: string) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (value && !(key === 'sort' && value === 'widest')) copy.set(key, value);
      else copy.delete(key);
      return copy;
    });

  const header = (
    <PageHeader
      help="kesenjangan"
      title={t('gaps.title')}
      subtitle={t('gaps.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('explore.nationalHint')} />;

  return (
    <>
      {header}
      <Alert type="info" showIcon title={t('gaps.why')} style={{ marginBottom: 16 }} data-testid="gaps-why" />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('indicators.groupFilter')}
          data-testid="gaps-group"
          value={group}
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
          options={[
            { value: '', label: t('indicators.allGroups') },
            ...DOMAIN_GROUPS.map((g) => ({ value: g, label: labels.group(g) })),
          ]}
          onChange={(g) => set('group', g)}
        />
        <Segmented<GapSort>
          aria-label={t('gaps.sortLabel')}
          data-testid="gaps-sort"
          value={sort}
          options={[
            { value: 'widest', label: t('gaps.sortWidest') },
            { value: 'widening', label: t('gaps.sortWidening') },
          ]}
          onChange={(s) => set('sort', s)}
        />
        <RefreshButton query={gaps} />
      </Flex>
      <ErrorAlert error={gaps.error} onRetry={() => void gaps.refetch()} />
      <GapsTable
        items={gaps.data}
        loading={gaps.isFetching}
        sort={sort}
        onSort={(s) => set('sort', s)}
        catalog={catalog.data}
        labels={labels}
        regionSearch={regionSearch}
        emptyText={
          group
            ? t('gaps.emptyGroup', { group: labels.group(group) })
            : region.level === 'provinsi'
              ? t('gaps.emptyProvince', { region: region.name })
              : t('gaps.empty', { region: region.name })
        }
      />
    </>
  );
}
