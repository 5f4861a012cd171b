import { Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { regionList } from '../../../api/regions.ts';
import { NATIONAL_CODE, parentRegionCode, regionLevelOf } from '../../../domain/region-code.ts';
import { apiRequest } from './api.ts';
import { useMe } from './auth.tsx';
import { useRegion } from './region.tsx';

/** `parent` null lists the provinces (the API's default). */
function useRegionChildren(parent: string | null, enabled = true) {
  return useQuery({
    queryKey: ['regions', parent ?? 'provinces'],
    queryFn: () =>
      apiRequest<z.infer<typeof regionList>>('/regions', { query: { parent: parent ?? undefined } }),
    select: (data) => data.items,
    staleTime: Infinity,
    enabled,
  });
}

/**
 * Superadmin picks any province and then optionally one of its kab/kota; a provinsi user
 * stays in its province and picks one of its kab/kota (or the province itself).
 */
export function RegionSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const { region, setRegionCode } = useRegion();
  const isSuperadmin = me.role === 'superadmin';

  const level = regionLevelOf(region.code);
  const province =
    level === 'provinsi' ? region.code : level === 'kabkota' ? parentRegionCode(region.code) : null;
  const provinceForChildren = isSuperadmin ? province : me.region.code;

  const provinces = useRegionChildren(null, isSuperadmin);
  const kabkota = useRegionChildren(provinceForChildren, provinceForChildren !== null);

  const provinceOptions = isSuperadmin
    ? [
        { value: NATIONAL_CODE, label: `${t('region.national')} (${NATIONAL_CODE})` },
        ...(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })),
      ]
    : [{ value: me.region.code, label: `${me.region.name} (${me.region.code})` }];

  const kabkotaOptions = provinceForChildren
    ? [
        { value: provinceForChildren, label: t('region.wholeProvince') },
        ...(kabkota.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
      ]
    : [];

  const filter = (input: string, option?: { label: string }) =>
    (option?.label ?? '').toLowerCase().includes(input.toLowerCase());

  return (
    <div role="group" aria-label={t('region.switcher')} data-testid="region-switcher">
      <Space.Compact>
        <Select
          aria-label={t('region.province')}
          data-testid="region-province"
          style={{ width: 220 }}
          size="middle"
          value={isSuperadmin ? (province ?? NATIONAL_CODE) : me.region.code}
          disabled={!isSuperadmin}
          loading={isSuperadmin && provinces.isPending}
          options={provinceOptions}
          showSearch={{ filterOption: filter }}
          placeholder={t('region.chooseProvince')}
          popupMatchSelectWidth={false}
          onChange={(code: string) => setRegionCode(code)}
        />
        <Select
          aria-label={t('region.kabkota')}
          data-testid="region-kabkota"
          style={{ width: 240 }}
          value={provinceForChildren ? region.code : undefined}
          disabled={!provinceForChildren}
          loading={kabkota.isFetching}
          options={kabkotaOptions}
          showSearch={{ filterOption: filter }}
          placeholder={t('region.chooseKabkota')}
          popupMatchSelectWidth={false}
          onChange={(code: string) => setRegionCode(code)}
        />
      </Space.Compact>
    </div>
  );
}
