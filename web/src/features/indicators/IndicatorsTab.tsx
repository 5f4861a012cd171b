import { useMemo, useState } from 'react';
import { App as AntApp, Button, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { formatNumber } from '../../components/format.ts';
import { catalogAccessOf, isNationalOwner } from './access.ts';
import { useAssignments, useDimensionSets, useIndicatorCatalog, type Indicator } from './api.ts';
import { useCatalogWithInactive, useSaveIndicator } from './admin-api.ts';
import {
  CatalogFilters,
  NO_CATALOG_FILTERS,
  UNASSIGNED,
  type CatalogFilterValues,
} from './CatalogFilters.tsx';
import { indicatorColumns } from './indicatorColumns.tsx';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { IndicatorFormDrawer } from './IndicatorFormDrawer.tsx';
import { useCatalogLabels } from './labels.ts';
import { TabActions } from './TabActions.tsx';

const GROUP_ORDER = new Map<string, number>(DOMAIN_GROUPS.map((g, i) => [g, i]));

/** The catalog table; for admins also adding, editing and (de)activating indicators. */
export function IndicatorsTab({ slot }: { slot: HTMLElement | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const isNational = region.level === 'nasional';
  const access = useMemo(() => catalogAccessOf(me, region), [me, region]);
  // Admins also see deactivated entries, since only they can bring them back.
  const manages = access.canAdd;
  const activeOnly = useIndicatorCatalog(region.code, !manages);
  const withInactive = useCatalogWithInactive(region.code, manages);
  const catalog = manages ? withInactive : activeOnly;
  const sets = useDimensionSets(region.code);
  const assignments = useAssignments(region.code, !isNational);
  const labels = useCatalogLabels(sets.data);
  const save = useSaveIndicator();
  const [filters, setFilters] = useState<CatalogFilterValues>(NO_CATALOG_FILTERS);
  const [openCode, setOpenCode] = useState<string | null>(null);
  // The indicator stays while the drawer closes, so its title does not flip to "add" mid-animation.
  // `session` gives each opening a fresh form.
  const [form, setForm] = useState({ open: false, indicator: null as Indicator | null, session: 0 });
  const openForm = (indicator: Indicator | null) =>
    setForm({ open: true, indicator, session: form.session + 1 });

  const opdOf = useMemo(
    () => new Map((assignments.data ?? []).map((a) => [a.indicatorCode, a])),
    [assignments.data],
  );

  const rows = useMemo(() => {
    const q = filters.q.toLowerCase();
    return (catalog.data ?? [])
      .filter(
        (ind) =>
          // A deactivated entry matters only to whoever may bring it back.
          (ind.active || access.canManage(ind.ownerRegionCode)) &&
          (!q || [ind.code, ind.nameId, ind.nameEn].some((s) => s.toLowerCase().includes(q))) &&
          (!filters.group || ind.domainGroup === filters.group) &&
          (!filters.unit || ind.unit === filters.unit) &&
          (!filters.source || ind.source === filters.source) &&
          (!filters.opd ||
            (filters.opd === UNASSIGNED
              ? !opdOf.has(ind.code)
              : opdOf.get(ind.code)?.opdId === filters.opd)) &&
          (!filters.owner || (filters.owner === 'national') === isNationalOwner(ind.ownerRegionCode)) &&
          (!filters.status || (filters.status === 'active') === ind.active),
      )
      .sort(
        (a, b) =>
          (GROUP_ORDER.get(a.domainGroup) ?? 99) - (GROUP_ORDER.get(b.domainGroup) ?? 99) ||
          a.code.localeCompare(b.code),
      );
  }, [catalog.data, filters, opdOf, access]);

  const filtered = Object.values(filters).some((v) => v !== '');
  const open = (catalog.data ?? []).find((i) => i.code === openCode) ?? null;

  async function toggleActive(ind: Indicator) {
    try {
      await save.mutateAsync({ code: ind.code, patch: { active: !ind.active } });
      message.success(
        t(ind.active ? 'indicatorsAdmin.deactivated' : 'indicatorsAdmin.reactivated', {
          name: labels.name(ind),
        }),
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  const columns = indicatorColumns({
    t,
    labels,
    opdOf: isNational ? undefined : opdOf,
    canManage: access.canManage,
    manages: (catalog.data ?? []).some((ind) => access.canManage(ind.ownerRegionCode)),
    onOpen: setOpenCode,
    onEdit: openForm,
    onToggleActive: toggleActive,
  });

  const emptyText = filtered
    ? t('indicators.emptyFiltered')
    : access.canAdd
      ? t('indicatorsAdmin.emptyManage')
      : t('indicators.empty');

  return (
    <>
      <ListToolbar
        search={{
          label: t('indicators.searchLabel'),
          placeholder: t('indicators.searchPlaceholder'),
          width: 220,
          value: filters.q,
          onSearch: (q) => setFilters({ ...filters, q }),
        }}
        filtered={filtered}
        onReset={() => setFilters(NO_CATALOG_FILTERS)}
        refresh={catalog}
      >
        <CatalogFilters
          value={filters}
          onChange={setFilters}
          labels={labels}
          assignments={isNational ? undefined : (assignments.data ?? [])}
          showOwner={!isNational}
          showStatus={manages}
        />
      </ListToolbar>
      {access.canAdd && (
        <TabActions slot={slot}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
            {t('indicatorsAdmin.add')}
          </Button>
        </TabActions>
      )}
      <ErrorAlert error={catalog.error ?? assignments.error} onRetry={() => void catalog.refetch()} />
      <Table<Indicator>
        data-testid="catalog-table"
        rowKey="code"
        columns={columns}
        dataSource={rows}
        loading={catalog.isFetching}
        size="middle"
        scroll={{ x: 1000 }}
        rowClassName={(ind) => (ind.active ? '' : 'setara-row-inactive')}
        locale={{
          emptyText: catalog.isPending ? ' ' : <EmptyState>{emptyText}</EmptyState>,
        }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('indicators.count', { count: total, n: formatNumber(total) }),
        }}
      />
      <IndicatorDrawer
        indicator={open}
        catalog={catalog.data ?? []}
        labels={labels}
        assignment={open ? (opdOf.get(open.code) ?? null) : null}
        regionCode={region.code}
        showOpd={!isNational}
        onEdit={open && access.canManage(open.ownerRegionCode) ? () => openForm(open) : undefined}
        onClose={() => setOpenCode(null)}
      />
      <IndicatorFormDrawer
        key={form.session}
        open={form.open}
        indicator={form.indicator}
        catalog={catalog.data ?? []}
        sets={sets.data ?? []}
        labels={labels}
        owners={access.owners}
        regionName={region.name}
        onClose={() => setForm({ ...form, open: false })}
      />
    </>
  );
}
