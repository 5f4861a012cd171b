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
  /** '' for any, 'national' or 'regional' (the region's and its province's own). */
  owner: string;
  /** '' for any, 'active' or 'inactive'; only admins are shown inactive entries at all. */
  status: string;
}

export const NO_CATALOG_FILTERS: CatalogFilterValues = {
  q: '',
  group: '',
  unit: '',
  source: '',
  opd: '',
  owner: '',
  status: '',
};
export const UNASSIGNED = '-';

interface Props {
  value: CatalogFilterValues;
  onChange: (next: CatalogFilterValues) => void;
  labels: CatalogLabels;
  /** Absent at national level, where no OPD exists. */
  assignments?: Assignment[];
  /** Regional entries exist only below the national level. */
  showOwner: boolean;
  showStatus: boolean;
}

/** The selects beside the catalog's search box; '' means "all" for each. */
export function CatalogFilters({ value, onChange, labels, assignments, showOwner, showStatus }: Props) {
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
        t('indicators.groupFilter'),
        t('indicators.allGroups'),
        DOMAIN_GROUPS.map((g) => ({ value: g, label: labels.group(g) })),
        210,
      )}
      {select(
        'unit',
        t('indicators.unitFilter'),
        t('indicators.allUnits'),
        UNITS.map((u) => ({ value: u, label: labels.unit(u) })),
        140,
      )}
      {select(
        'source',
        t('indicators.sourceFilter'),
        t('indicators.allSources'),
        SOURCES.map((s) => ({ value: s, label: labels.source(s) })),
        180,
      )}
      {assignments &&
        select(
          'opd',
          t('indicators.opdFilter'),
          t('indicators.allOpd'),
          [{ value: UNASSIGNED, label: t('indicators.unassigned') }, ...opdOptions],
          190,
        )}
      {showOwner &&
        select(
          'owner',
          t('indicatorsAdmin.ownerFilter'),
          t('indicatorsAdmin.allOwners'),
          [
            { value: 'national', label: t('indicatorsAdmin.ownerNational') },
            { value: 'regional', label: t('indicatorsAdmin.ownerRegional') },
          ],
          150,
        )}
      {showStatus &&
        select(
          'status',
          t('indicatorsAdmin.statusFilter'),
          t('indicatorsAdmin.allStatuses'),
          [
            { value: 'active', label: t('common.active') },
            { value: 'inactive', label: t('common.inactive') },
          ],
          150,
        )}
    </>
  );
}
