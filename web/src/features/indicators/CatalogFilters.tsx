import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS, SOURCES, UNITS } from '../../../../domain/indicators.ts';
import type { Assignment } from './api.ts';
import type { CatalogLabels } from './labels.ts';

export interface CatalogFilterValues {
  q: string;
  group: string;
  unit: string;
  source: string;
  /** An OPD id, '' for any, or UNASSIGNED. */
  opd: string;
}

export const NO_CATALOG_FILTERS: CatalogFilterValues = { q: '', group: '', unit: '', source: '', opd: '' };
export const UNASSIGNED = '-';

interface Props {
  value: CatalogFilterValues;
  onChange: (next: CatalogFilterValues) => void;
  labels: CatalogLabels;
  /** Absent at national level, where no OPD exists. */
  assignments?: Assignment[];
}

/** The selects beside the catalog's search box; '' means "all" for each. */
export function CatalogFilters({ value, onChange, labels, assignments }: Props) {
  const { t } = useTranslation();
  const opds = new Map((assignments ?? []).map((a) => [a.opdId, a.opdName]));
  const opdOptions = [...opds]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([id, name]) => ({ value: id, label: name }));

  const select = (
    key: keyof CatalogFilterValues,
    label: string,
    all: string,
    options: { value: string; label: string }[],
    width: number,
  ) => (
    <Select<string>
      aria-label={label}
      value={value[key]}
      onChange={(v) => onChange({ ...value, [key]: v })}
      options={[{ value: '', label: all }, ...options]}
      style={{ width }}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );

  return (
    <>
      {select(
        'group',
        t('catalog.groupFilter'),
        t('catalog.allGroups'),
        DOMAIN_GROUPS.map((g) => ({ value: g, label: labels.group(g) })),
        210,
      )}
      {select(
        'unit',
        t('catalog.unitFilter'),
        t('catalog.allUnits'),
        UNITS.map((u) => ({ value: u, label: labels.unit(u) })),
        140,
      )}
      {select(
        'source',
        t('catalog.sourceFilter'),
        t('catalog.allSources'),
        SOURCES.map((s) => ({ value: s, label: labels.source(s) })),
        180,
      )}
      {assignments &&
        select(
          'opd',
          t('catalog.opdFilter'),
          t('catalog.allOpd'),
          [{ value: UNASSIGNED, label: t('catalog.unassigned') }, ...opdOptions],
          190,
        )}
    </>
  );
}
