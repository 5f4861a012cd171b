import { useCallback } from 'react';
import { Button, Flex, Spin, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { previousPeriod } from '../../../../domain/period.ts';
import { opdShownTo } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { useDimensionSets, useIndicatorCatalog } from '../indicators/api.ts';
import { useCatalogLabels } from '../indicators/labels.ts';
import { useActiveOpds } from '../opd/api.ts';
import { dataAccessOf } from './access.ts';
import { useEntryGrid, useReviewBoard } from './api.ts';
import { EntryWorkspace } from './EntryWorkspace.tsx';
import { OpdPicker } from './OpdPicker.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { useDefaultPeriod, useEntryParams } from './period.ts';
import { SkipToGrid } from './SkipToGrid.tsx';
import { StepAlert } from './StepAlert.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';

export function EntryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const navigate = useNavigate();
  const access = dataAccessOf(me, region.code);
  const isNational = region.level === 'nasional';
  const params = useEntryParams();
  // An operator's grid is always their own OPD's (the server decides the same). An OPD from
  // another region (left in the address after switching region) falls back to "all".
  const opds = useActiveOpds(region.code, access.pickOpd && !isNational);
  const foreign =
    params.opd !== null && opds.data !== undefined && !opds.data.some((o) => o.id === params.opd);
  const opdId = opdShownTo(me, region.code, foreign ? null : params.opd);

  const fallback = useDefaultPeriod(region.code, opdId, params.period === null && !isNational);
  const period = params.period ?? fallback;
  const grid = useEntryGrid(region.code, isNational ? null : period, opdId);
  const previous = useEntryGrid(region.code, isNational || !period ? null : previousPeriod(period), opdId);
  const board = useReviewBoard(region.code, isNational || !opdId ? null : period);
  const catalog = useIndicatorCatalog(region.code);
  const sets = useDimensionSets(region.code);
  const labels = useCatalogLabels(sets.data);

  const nameOf = useCallback(
    (code: string) => {
      const found = catalog.data?.find((i) => i.code === code);
      return found ? labels.name(found) : code;
    },
    [catalog.data, labels],
  );
  const withParts = (catalog.data ?? []).some((i) => i.periodicity !== 'year');
  const lastStep = board.data?.find((row) => row.opd.id === opdId)?.lastStep;

  const header = (
    <PageHeader
      help="isian"
      title={t('entry.title')}
      subtitle={t('entry.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('data.nationalHint')} />;

  const emptyText = !access.pickOpd
    ? t('entry.noIndicatorsOperator')
    : access.verify
      ? t('entry.noIndicatorsAdmin')
      : t('entry.noIndicatorsRead');

  return (
    <>
      {grid.data && grid.data.indicators.length > 0 && <SkipToGrid />}
      {header}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <PeriodSelect value={period} withParts={withParts} onChange={(p) => params.set({ period: p })} />
        {access.pickOpd ? (
          <OpdPicker
            regionCode={region.code}
            value={opdId}
            onChange={(opd) => params.set({ opd, ...(period ? { period } : {}) })}
          />
        ) : (
          <Tag data-testid="entry-opd-fixed" style={{ padding: '4px 10px', fontSize: 14 }}>
            {t('entry.opdFixed', { name: me.opdName ?? '' })}
          </Tag>
        )}
        <RefreshButton query={grid} />
      </Flex>
      <StepAlert step={lastStep} />
      <ErrorAlert error={grid.error} onRetry={() => void grid.refetch()} />
      {!grid.data ? (
        grid.isError ? null : (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin description={t('app.loading')} />
          </Flex>
        )
      ) : grid.data.indicators.length === 0 ? (
        <div data-testid="entry-empty" style={{ padding: 24 }}>
          <EmptyState>
            <div>{emptyText}</div>
            {access.pickOpd && (
              <Button
                style={{ marginTop: 12 }}
                onClick={() => navigate({ pathname: '/indikator', search: regionSearch })}
              >
                {t('entry.openCatalog')}
              </Button>
            )}
          </EmptyState>
        </div>
      ) : (
        <EntryWorkspace
          key={`${grid.data.period}|${opdId ?? ''}`}
          grid={grid.data}
          previous={previous.data}
          regionCode={region.code}
          opdId={opdId}
          isAdmin={access.verify}
          labels={labels}
          nameOf={nameOf}
        />
      )}
    </>
  );
}
