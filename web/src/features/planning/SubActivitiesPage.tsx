import { useState } from 'react';
import { Button, Select, Table, Tag, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { opdShownTo } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { usePagedQueryState } from '../../components/usePagedQueryState.ts';
import { mayEditOpd, planningAccessOf } from './access.ts';
import { useSubActivities, type ArgFilter, type SubActivity } from './api.ts';
import { ARG_CATEGORIES } from './arg.ts';
import { ArgTagModal } from './ArgTagModal.tsx';
import { BudgetImportDrawer } from './BudgetImportDrawer.tsx';
import { DocumentSetButton } from './DocumentSetButton.tsx';
import { subActivityColumns } from './columns.tsx';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';
import { GapButton } from './GapButton.tsx';
import { formatRupiah, formatShare, shareOf } from '../../components/money.ts';
import { OpdSelect } from './OpdSelect.tsx';
import { usePlanningParams, usePlanningYearChoice } from './params.ts';
import { SignatoryButton } from './SignatoryButton.tsx';
import { SubActivityFormModal } from './SubActivityFormModal.tsx';
import { YearSelect } from './YearSelect.tsx';

interface Filters {
  q: string;
  arg: ArgFilter;
}

const NO_FILTERS: Filters = { q: '', arg: '' };

/** An OPD's (or the region's) sub-kegiatan of one budget year, with pagu, ARG tag and GAP. */
export function SubActivitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const access = planningAccessOf(me, region.code);
  const isNational = region.level === 'nasional';
  const params = usePlanningParams();
  const { year, options, query: years } = usePlanningYearChoice(region.code, !isNational, params.year);
  // Operators always see their own OPD (the server forces the same).
  const opdId = opdShownTo(me, region.code, params.opd);

  const paged = usePagedQueryState<Filters>(NO_FILTERS);
  const { filters } = paged;
  const list = useSubActivities(
    region.code,
    { year: year ?? 0, opdId, q: filters.q, arg: filters.arg, page: paged.page, pageSize: paged.pageSize },
    !isNational && year !== null,
  );

  const [editing, setEditing] = useState<SubActivity | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [tagging, setTagging] = useState<SubActivity | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const frozen = useFrozenFirstColumn(180);

  const header = (
    <PageHeader
      help="sub-kegiatan"
      title={t('planning.sub.title')}
      subtitle={t('planning.sub.subtitle', { region: `${region.name} (${region.code})` })}
      extra={
        !isNational && (
          <>
            {!access.pickOpd && me.opdId && <SignatoryButton opdId={me.opdId} opdName={me.opdName ?? ''} />}
            {year !== null && <DocumentSetButton regionCode={region.code} year={year} opdId={opdId} />}
            {access.importBudget && (
              <Button
                icon={<ImportOutlined />}
                onClick={() => setImportOpen(true)}
                data-testid="budget-import-open"
              >
                {t('planning.import.open')}
              </Button>
            )}
            {access.editLines && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={year === null}
                onClick={() => {
                  setEditing(null);
                  setFormOpen(true);
                }}
                data-testid="sub-add"
              >
                {t('planning.sub.add')}
              </Button>
            )}
          </>
        )
      }
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  const columns = subActivityColumns({
    t,
    frozen,
    showOpd: opdId === null,
    withActions: access.editLines,
    canEdit: (line) => mayEditOpd(me, region.code, line.opdId),
    onEdit: (line) => {
      setEditing(line);
      setFormOpen(true);
    },
    onTag: setTagging,
    gapCell: (line) => (
      <GapButton line={line} regionCode={region.code} canStart={mayEditOpd(me, region.code, line.opdId)} />
    ),
  });

  const totals = list.data?.totals;
  const filtered = paged.filtered;
  const emptyText = filtered
    ? t('planning.sub.emptyFiltered')
    : access.importBudget
      ? t('planning.sub.emptyAdmin', { year })
      : access.editLines
        ? t('planning.sub.emptyOperator', { year })
        : t('planning.sub.emptyRead', { year });

  return (
    <>
      {header}
      <ListToolbar
        search={{
          label: t('planning.sub.searchLabel'),
          placeholder: t('planning.sub.searchPlaceholder'),
          width: 300,
          value: filters.q,
          onSearch: (q) => paged.setFilters({ ...filters, q }),
        }}
        filtered={filtered}
        onReset={paged.reset}
        refresh={list}
      >
        <YearSelect
          value={year}
          options={options}
          loading={years.isPending}
          onChange={(y) => {
            params.set({ year: y });
            paged.turnPage(1, paged.pageSize);
          }}
        />
        {access.pickOpd ? (
          <OpdSelect
            regionCode={region.code}
            value={opdId}
            onChange={(opd) => {
              params.set({ opd, ...(year ? { year } : {}) });
              paged.turnPage(1, paged.pageSize);
            }}
          />
        ) : (
          <Tag data-testid="planning-opd-fixed" style={{ padding: '4px 10px', fontSize: 14 }}>
            {t('planning.opdFixed', { name: me.opdName ?? '' })}
          </Tag>
        )}
        <Select<ArgFilter>
          aria-label={t('planning.sub.argFilter')}
          prefix={`${t('planning.sub.arg')}:`}
          value={filters.arg}
          style={{ width: 230 }}
          popupMatchSelectWidth={false}
          onChange={(arg) => paged.setFilters({ ...filters, arg })}
          options={[
            { value: '', label: t('common.all') },
            { value: 'responsive', label: t('planning.sub.argResponsive') },
            { value: 'untagged', label: t('planning.sub.untagged') },
            ...ARG_CATEGORIES.map((c) => ({ value: c, label: t(`planning.argCategories.${c}.short`) })),
          ]}
        />
      </ListToolbar>
      <PagedTable<SubActivity>
        data-testid="sub-table"
        columns={columns}
        query={list}
        paging={paged}
        emptyText={emptyText}
        scroll={{ x: 1120 }}
        summary={() =>
          totals ? (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="sub-totals">
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong>{t('planning.sub.totals')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                    {formatRupiah(totals.budget)}
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} colSpan={columns.length - 3}>
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                    {t('planning.sub.totalArg', {
                      amount: formatRupiah(totals.argAmount),
                      share: formatShare(shareOf(totals.argAmount, totals.budget)),
                    })}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      {year !== null && (
        <SubActivityFormModal
          key={editing?.id ?? `new-${opdId ?? ''}`}
          open={formOpen}
          line={editing}
          regionCode={region.code}
          year={year}
          opdId={opdId}
          onClose={() => setFormOpen(false)}
        />
      )}
      <ArgTagModal
        key={tagging?.id ?? 'none'}
        open={tagging !== null}
        line={tagging}
        regionCode={region.code}
        onClose={() => setTagging(null)}
      />
      {access.importBudget && year !== null && (
        <BudgetImportDrawer
          open={importOpen}
          regionCode={region.code}
          year={year}
          onClose={() => setImportOpen(false)}
        />
      )}
    </>
  );
}
