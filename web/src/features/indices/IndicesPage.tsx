import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INDEX_CODES, type IndexCode } from '../../../../domain/indices/constants.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDeleteIndexValue, useIndexSeries, type IndexValueRow, type RegionIndexSeries } from './api.ts';
import { formatComponent, formatDifference, formatFixed, formatIndex } from './format.ts';
import { ImportTableModal } from './ImportTableModal.tsx';
import { IndexValueForm } from './IndexValueForm.tsx';
import { MethodVersions } from './MethodVersions.tsx';
import { inputLabel } from './labels.ts';

/** The order users look for them: the gender indices first, then IPM and the family index. */
const ORDER: IndexCode[] = ['ipg', 'ikg', 'idg', 'ipm', 'ikk'];
const isIndex = (v: string | null): v is IndexCode => INDEX_CODES.includes(v as IndexCode);

/**
 * Indeks gender: one region's IPG, IKG, IDG, IPM or family index by year — computed by Setara
 * from its components beside BPS's published value, the difference, and the dimension that
 * holds women back most; DP3A (and the province for its kab/kota) type or import components.
 */
export function IndicesPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const [params, setParams] = useSearchParams();
  const asked = params.get('indeks');
  const index: IndexCode = isIndex(asked) ? asked : 'ipg';
  const series = useIndexSeries(region.code, index);
  const [editing, setEditing] = useState<IndexValueRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const data = series.data;
  const canManage = data?.canManage ?? false;

  return (
    <>
      <PageHeader
        title={t('indices.title')}
        subtitle={t('indices.subtitle')}
        extra={
          canManage && (
            <Space wrap>
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('indices.importTable')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('indices.addYear')}
              </Button>
            </Space>
          )
        }
      />
      <Segmented
        style={{ marginBottom: 16 }}
        value={index}
        onChange={(v) => setParams((p) => (p.set('indeks', String(v)), p), { replace: true })}
        options={ORDER.map((code) => ({ value: code, label: t(`indices.names.${code}`) }))}
      />
      {series.error && <ErrorAlert error={series.error} onRetry={() => void series.refetch()} />}
      {data && <MethodNote series={data} />}
      <Table<IndexValueRow>
        rowKey="year"
        loading={series.isFetching}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (row) => data && <Components series={data} row={row} /> }}
        locale={{
          emptyText: (
            <EmptyState>
              <strong>
                {t('indices.emptyTitle', { index: t(`indices.names.${index}`), region: region.name })}
              </strong>
              <br />
              {canManage ? t('indices.emptyManage') : t('indices.emptyRead')}
            </EmptyState>
          ),
        }}
        columns={[
          { title: t('indices.year'), dataIndex: 'year' },
          {
            title: t('indices.computed'),
            render: (_, row) => <Computed index={index} row={row} />,
          },
          {
            title: t('indices.published'),
            render: (_, row) =>
              row.published === null ? (
                '–'
              ) : (
                <Tooltip title={row.publishedSource || undefined}>
                  {formatIndex(index, row.published)}
                </Tooltip>
              ),
          },
          {
            title: t('indices.difference'),
            render: (_, row) => formatDifference(index, row.difference),
          },
          ...(index === 'ipg' || index === 'ikg'
            ? [
                {
                  title: t('indices.driver'),
                  render: (_: unknown, row: IndexValueRow) => <Driver row={row} />,
                },
              ]
            : []),
          ...(index === 'ikk'
            ? [
                {
                  title: t('indices.category'),
                  render: (_: unknown, row: IndexValueRow) => row.category ?? '–',
                },
              ]
            : []),
          {
            title: t('indices.components'),
            render: (_, row) =>
              row.missing.length === 0 ? (
                <Tag color="green">{t('indices.complete')}</Tag>
              ) : (
                <Tag color="orange">{t('indices.missing', { count: row.missing.length })}</Tag>
              ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, row: IndexValueRow) => (
                    <RowActions
                      regionCode={region.code}
                      index={index}
                      row={row}
                      onEdit={() => setEditing(row)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <MethodVersions index={index} />
      {editing && data && (
        <IndexValueForm
          regionCode={region.code}
          series={data}
          row={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && data && (
        <ImportTableModal regionCode={region.code} series={data} onClose={() => setImporting(false)} />
      )}
    </>
  );
}

function MethodNote({ series }: { series: RegionIndexSeries }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
      {series.index === 'idg' && <Alert type="info" showIcon message={t('indices.idgNote')} />}
      <Alert
        type={series.method.provisional ? 'warning' : 'info'}
        showIcon
        message={t('indices.method', { version: series.method.version })}
        description={
          <>
            {series.method.provisional && <strong>{t('indices.provisional')} </strong>}
            {series.method.sourceNote}
          </>
        }
      />
    </Space>
  );
}

function Computed({ index, row }: { index: IndexCode; row: IndexValueRow }) {
  const { t } = useTranslation();
  if (index === 'idg' && row.parts) {
    return (
      <span>
        {t('indices.idgParts', {
          parliament: formatFixed(row.parts.parliament ?? 0, 3),
          decisionMaking: formatFixed(row.parts.decisionMaking ?? 0, 3),
        })}
      </span>
    );
  }
  return <strong>{formatIndex(index, row.computed)}</strong>;
}

/** "Pengeluaran (P/L 0,941)": the dimension whose female/male ratio is lowest. */
function Driver({ row }: { row: IndexValueRow }) {
  const { t } = useTranslation();
  const first = row.drivers[0];
  if (!first) return <>–</>;
  return (
    <Tooltip
      title={row.drivers
        .map((d) => `${t(`indices.dimensions.${d.dimension}`)}: ${formatFixed(d.ratio, 3)}`)
        .join(' · ')}
    >
      {t(`indices.dimensions.${first.dimension}`)} ({t('indices.ratio')} {formatFixed(first.ratio, 3)})
    </Tooltip>
  );
}

function RowActions(props: { regionCode: string; index: IndexCode; row: IndexValueRow; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const remove = useDeleteIndexValue(props.regionCode, props.index);
  return (
    <Space>
      <Button size="small" icon={<EditOutlined aria-hidden />} onClick={props.onEdit}>
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={t('indices.deleteConfirm', { year: props.row.year })}
        onConfirm={() =>
          remove.mutateAsync(props.row.year).then(
            () => void message.success(t('indices.deleted', { year: props.row.year })),
            (err: Error) => void message.error(err.message),
          )
        }
      >
        <Button size="small" danger loading={remove.isPending}>
          {t('indices.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

function Components({ series, row }: { series: RegionIndexSeries; row: IndexValueRow }) {
  const { t } = useTranslation();
  const index = series.index as IndexCode;
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={series.inputs.map((spec) => ({ ...spec, stored: row.components[spec.name] }))}
      columns={[
        { title: t('indices.component'), render: (_, spec) => inputLabel(t, index, spec) },
        {
          title: t('indices.value'),
          render: (_, spec) =>
            spec.stored ? (
              formatComponent(spec.stored.value)
            ) : (
              <Typography.Text type="warning">{t('indices.notYet')}</Typography.Text>
            ),
        },
        {
          title: t('indices.origin'),
          render: (_, spec) => (spec.stored ? <Tag>{t(`indices.origins.${spec.stored.origin}`)}</Tag> : null),
        },
        { title: t('indices.source'), render: (_, spec) => spec.stored?.source ?? '' },
      ]}
    />
  );
}
