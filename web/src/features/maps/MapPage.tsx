import { useMemo } from 'react';
import { Alert, Card, Collapse, Flex, Select, Spin, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Topology } from 'topojson-specification';
import type { regionList } from '../../../../api/regions.ts';
import { INDEX_CODES, type IndexCode } from '../../../../domain/indices/constants.ts';
import { mapScopesOf, seesMaps } from '../../../../domain/maps/access.ts';
import { MAP_MEASURES, type ClassMethod, type MapMeasure } from '../../../../domain/maps/classes.ts';
import { accessActorOf } from '../../app/access.ts';
import { apiRequest } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { REGION_PARAM } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { IndicatorSelect } from '../explore/IndicatorSelect.tsx';
import { formatAggregate, formatRatio, formatSigned } from '../explore/format.ts';
import { useDimensionSets, useIndicatorCatalog } from '../indicators/api.ts';
import { useCatalogLabels } from '../indicators/labels.ts';
import { ChoroplethMap, type MapDatum } from './ChoroplethMap.tsx';
import {
  geometryLayerOf,
  hasSexes,
  MAP_KINDS,
  MAP_YEARS,
  mapViewOf,
  useFigures,
  useGeometry,
  type MapKind,
  type MapLevel,
  type RegionFigureRow,
} from './api.ts';

type Level = MapLevel;

function valueOf(row: RegionFigureRow, measure: MapMeasure): number | null {
  return row[measure];
}

/** The codes drawn by a layer: the regions that have a shape. */
function shapedCodes(topology: Topology | undefined): Set<string> {
  if (!topology) return new Set();
  const [object] = Object.values(topology.objects) as {
    geometries?: { properties?: { code?: string | null } }[];
  }[];
  return new Set((object.geometries ?? []).map((g) => g.properties?.code).filter((c): c is string => !!c));
}

function useProvinces(enabled: boolean) {
  return useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: () => apiRequest<z.infer<typeof regionList>>('/regions', {}),
    select: (data) => data.items,
    staleTime: Infinity,
    enabled,
  });
}

/**
 * Peta: one indicator-year as a choropleth of the provinces or the kab/kota of the nation or
 * of one province, by total, by sex, by gap (P − L) or by ratio (P/L). Everything chosen lives
 * in the address, so a map can be bookmarked or sent. Data from GET /api/explore/regions,
 * boundaries from GET /api/maps/geometry/:layer; regions without a shape and the whole data
 * are listed in tables below the map.
 */
export function MapPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const scopes = mapScopesOf(accessActorOf(me));

  const view = mapViewOf(params, scopes);
  const { scope, level, kind, indicatorCode, indexCode, year, measure, method } = view;

  const set = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) copy.delete(key);
        else copy.set(key, value);
      }
      return copy;
    });

  const catalog = useIndicatorCatalog(me.region.code);
  const labels = useCatalogLabels(useDimensionSets(me.region.code).data);
  const provinces = useProvinces(scopes.national);
  const geometry = useGeometry(geometryLayerOf(scope, level));
  const figures = useFigures(view);
  const indicator = catalog.data?.find((i) => i.code === indicatorCode) ?? null;

  const result = figures.data;
  const decimals = result?.indicator.decimals ?? 0;
  const format = useMemo(
    () => (v: number | null) =>
      measure === 'ratio'
        ? formatRatio(v)
        : measure === 'gap'
          ? formatSigned(v, decimals)
          : formatAggregate(v, decimals),
    [measure, decimals],
  );
  const data: MapDatum[] = useMemo(
    () =>
      (result?.rows ?? []).map((r) => ({
        code: r.regionCode,
        name: r.regionName,
        value: valueOf(r, measure),
      })),
    [result, measure],
  );
  const shaped = useMemo(() => shapedCodes(geometry.data), [geometry.data]);
  const withoutShape = (result?.rows ?? []).filter((r) => !shaped.has(r.regionCode));
  const hasValues = data.some((d) => d.value !== null);

  const measureLabel = t(`maps.measures.${measure}`);
  const scopeName = scope === 'national' ? t('maps.national') : (result?.scope.name ?? scope);
  // A region opens its explore trend of the indicator, or its page of the index.
  const regionTarget = (code: string) =>
    kind === 'index'
      ? {
          pathname: '/indeks',
          search: `?${new URLSearchParams({ [REGION_PARAM]: code, indeks: indexCode })}`,
        }
      : {
          pathname: '/data/jelajah',
          search: `?${new URLSearchParams({ [REGION_PARAM]: code, indicator: indicatorCode ?? '', tab: 'trend' })}`,
        };
  const openRegion = (code: string) => navigate(regionTarget(code));
  const regionLink = (row: RegionFigureRow) => (
    <Link to={regionTarget(row.regionCode)}>{row.regionName}</Link>
  );

  const selectors = (
    <Flex gap={12} wrap style={{ marginBottom: 16 }} data-testid="map-selectors">
      <Select<MapKind>
        aria-label={t('maps.kind')}
        style={{ width: 150 }}
        value={kind}
        onChange={(v) => set({ kind: v })}
        options={MAP_KINDS.map((k) => ({ value: k, label: t(`maps.kinds.${k}`) }))}
      />
      {kind === 'index' ? (
        <Select<IndexCode>
          aria-label={t('maps.index')}
          style={{ width: 220 }}
          value={indexCode}
          onChange={(v) => set({ index: v })}
          options={INDEX_CODES.map((c) => ({ value: c, label: t(`indices.names.${c}`) }))}
        />
      ) : (
        <div style={{ minWidth: 320, flex: '1 1 320px' }}>
          <IndicatorSelect
            catalog={catalog.data}
            labels={labels}
            value={indicatorCode}
            onChange={(code) => set({ indicator: code })}
          />
        </div>
      )}
      <Select<string>
        aria-label={t('maps.year')}
        style={{ width: 100 }}
        value={year}
        onChange={(v) => set({ year: v })}
        options={MAP_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select<MapMeasure>
        aria-label={t('maps.measure')}
        style={{ width: 190 }}
        value={measure}
        disabled={!hasSexes(kind, indexCode)}
        onChange={(v) => set({ measure: v })}
        options={MAP_MEASURES.map((m) => ({ value: m, label: t(`maps.measures.${m}`) }))}
      />
      <Select<string>
        aria-label={t('maps.scope')}
        style={{ width: 240 }}
        value={scope}
        disabled={!scopes.national}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v) => set({ scope: v, level: v === 'national' ? level : 'kabkota' })}
        options={
          scopes.national
            ? [
                { value: 'national', label: t('maps.national') },
                ...(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name })),
              ]
            : [{ value: scope, label: me.region.name }]
        }
      />
      <Select<Level>
        aria-label={t('maps.level')}
        style={{ width: 170 }}
        value={level}
        disabled={scope !== 'national'}
        onChange={(v) => set({ level: v })}
        options={[
          { value: 'provinsi', label: t('maps.levels.provinsi') },
          { value: 'kabkota', label: t('maps.levels.kabkota') },
        ]}
      />
    </Flex>
  );

  const indicatorName =
    kind === 'index'
      ? t(`indices.names.${indexCode}`)
      : indicator
        ? labels.name(indicator)
        : (indicatorCode ?? '');
  let body: React.ReactNode;
  if (kind === 'indicator' && !indicatorCode) {
    body = <EmptyState>{t('maps.pickIndicator')}</EmptyState>;
  } else if (figures.error || geometry.error) {
    body = (
      <ErrorAlert
        error={figures.error ?? geometry.error}
        onRetry={() => void (figures.error ? figures.refetch() : geometry.refetch())}
      />
    );
  } else if (!result || !geometry.data) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else {
    body = (
      <>
        {!hasValues && (
          <Alert
            type="info"
            showIcon
            data-testid="map-empty"
            style={{ marginBottom: 12 }}
            title={t('maps.emptyYear', { indicator: indicatorName, year, scope: scopeName })}
            description={t(measure === 'total' ? 'maps.emptyYearHint' : 'maps.emptyMeasureHint')}
          />
        )}
        <ChoroplethMap
          topology={geometry.data}
          data={data}
          measure={measure}
          method={method}
          onMethodChange={(m: ClassMethod) => set({ method: m })}
          format={format}
          valueLabel={`${measureLabel} ${year}`}
          onRegionClick={openRegion}
          ariaLabel={t('maps.aria', {
            indicator: indicatorName,
            measure: measureLabel,
            year,
            scope: scopeName,
          })}
        />
        {withoutShape.length > 0 && (
          <Card
            size="small"
            title={t('maps.withoutShape')}
            style={{ marginTop: 16 }}
            data-testid="map-without-shape"
          >
            <Typography.Paragraph type="secondary">{t('maps.withoutShapeHint')}</Typography.Paragraph>
            <Table<RegionFigureRow>
              size="small"
              rowKey="regionCode"
              pagination={false}
              dataSource={withoutShape}
              columns={[
                { title: t('maps.region'), render: (_, r) => regionLink(r) },
                {
                  title: `${measureLabel} ${year}`,
                  align: 'right',
                  render: (_, r) => format(valueOf(r, measure)),
                },
              ]}
            />
          </Card>
        )}
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'table',
              label: t('maps.dataTable', { count: result.rows.length }),
              children: (
                <Table<RegionFigureRow>
                  size="small"
                  rowKey="regionCode"
                  data-testid="map-data-table"
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  dataSource={result.rows}
                  columns={[
                    {
                      title: t('maps.rank'),
                      dataIndex: 'rank',
                      width: 70,
                      render: (v: number | null) => v ?? '–',
                    },
                    {
                      title: t('maps.region'),
                      sorter: (a, b) => a.regionName.localeCompare(b.regionName, i18n.language),
                      render: (_, r) => regionLink(r),
                    },
                    ...(['total', 'female', 'male'] as const).map((m) => ({
                      title: t(`maps.measures.${m}`),
                      align: 'right' as const,
                      render: (_: unknown, r: RegionFigureRow) => formatAggregate(r[m], decimals),
                    })),
                    {
                      title: t('maps.measures.gap'),
                      align: 'right',
                      render: (_, r) => formatSigned(r.gap, decimals),
                    },
                    {
                      title: t('maps.measures.ratio'),
                      align: 'right',
                      render: (_, r) => formatRatio(r.ratio),
                    },
                    {
                      title: t('maps.source'),
                      render: (_, r) => (r.source ? t(`maps.sources.${r.source}`) : '–'),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </>
    );
  }

  if (!seesMaps(accessActorOf(me))) {
    body = <Alert type="info" showIcon data-testid="map-not-allowed" title={t('maps.notAllowed')} />;
  }
  return (
    <>
      <PageHeader title={t('maps.title')} subtitle={t('maps.subtitle')} />
      {seesMaps(accessActorOf(me)) && selectors}
      {body}
    </>
  );
}
