import { useMemo, useState } from 'react';
import { App as AntApp, Button, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  canEnterServicesIn,
  canMapServiceIndicators,
} from '../../../../domain/institution-services/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatNumber } from '../../components/format.ts';
import { ChartOrTable } from '../monev/dashboard/ChartOrTable.tsx';
import { SEX_COLORS } from '../monev/dashboard/charts.ts';
import { useDeleteRecord, useServiceRecords, useServiceSummary, type ServiceRecord } from './api.ts';
import { MappingsCard } from './MappingsCard.tsx';
import { RecordFormModal } from './RecordForm.tsx';

/**
 * Layanan & Penerima Manfaat: the year's summary by field of service (chart with its table),
 * by region, and the records (entered by DP3A for any institution, by an institution account
 * for its own); DP3A also maps data terpilah indicators to the records.
 */
export function ServicesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useMe();
  const actor = accessActorOf(me);
  const { region } = useRegion();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ServiceRecord | 'new' | null>(null);
  const records = useServiceRecords(region.code, year, institutionId);
  const summary = useServiceSummary(region.code, year);
  const remove = useDeleteRecord(region.code);
  const enters = canEnterServicesIn(actor, region.code);
  const maps = canMapServiceIndicators(actor, region.code);
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i), []);
  const s = summary.data;
  const byField = s?.byField ?? [];
  const institutions = records.data?.institutions ?? [];

  const chart = {
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value' as const },
    yAxis: {
      type: 'category' as const,
      data: byField.map((f) => t(`institutionServices.fields.${f.field}`)),
    },
    series: [
      {
        type: 'bar' as const,
        stack: 's',
        name: t('institutionServices.female'),
        data: byField.map((f) => f.female),
        color: SEX_COLORS.P,
      },
      {
        type: 'bar' as const,
        stack: 's',
        name: t('institutionServices.male'),
        data: byField.map((f) => f.male),
        color: SEX_COLORS.L,
      },
    ],
  };
  const totalsColumns = [
    {
      title: t('institutionServices.records'),
      dataIndex: 'records',
      align: 'right' as const,
      render: formatNumber,
    },
    {
      title: t('institutionServices.servicesCount'),
      dataIndex: 'servicesCount',
      align: 'right' as const,
      render: formatNumber,
    },
    {
      title: t('institutionServices.female'),
      dataIndex: 'female',
      align: 'right' as const,
      render: formatNumber,
    },
    {
      title: t('institutionServices.male'),
      dataIndex: 'male',
      align: 'right' as const,
      render: formatNumber,
    },
    {
      title: t('institutionServices.total'),
      key: 'total',
      align: 'right' as const,
      render: (_: unknown, r: { female: number; male: number }) => formatNumber(r.female + r.male),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('institutionServices.title')}
        subtitle={t('institutionServices.subtitle')}
        extra={
          enters && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('institutionServices.add')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('institutionServices.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        {institutions.length > 1 && (
          <Select
            aria-label={t('institutionServices.institution')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('institutionServices.allInstitutions')}
            value={institutionId}
            onChange={(v) => setInstitutionId(v ?? null)}
            options={institutions.map((i) => ({ value: i.id, label: i.name }))}
            style={{ minWidth: 260 }}
          />
        )}
      </Flex>
      {summary.error && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {s && s.total.records > 0 && (
        <>
          <Typography.Paragraph>
            {t('institutionServices.summaryTotal', {
              records: formatNumber(s.total.records),
              institutions: formatNumber(s.total.institutions),
              female: formatNumber(s.total.female),
              male: formatNumber(s.total.male),
            })}
          </Typography.Paragraph>
          <ChartOrTable
            title={t('institutionServices.byField')}
            option={chart}
            height={Math.max(200, byField.length * 40 + 60)}
            testId="services-by-field"
            table={
              <Table
                rowKey="field"
                size="small"
                pagination={false}
                dataSource={byField}
                columns={[
                  {
                    title: t('institutionServices.field'),
                    dataIndex: 'field',
                    render: (f: string) => t(`institutionServices.fields.${f}`),
                  },
                  {
                    title: t('institutionServices.institutions'),
                    dataIndex: 'institutions',
                    align: 'right',
                    render: formatNumber,
                  },
                  ...totalsColumns,
                ]}
              />
            }
          />
          {s.byRegion.length > 1 && (
            <Table
              style={{ marginTop: 16 }}
              title={() => t('institutionServices.byRegion')}
              rowKey="regionCode"
              size="small"
              pagination={false}
              dataSource={s.byRegion}
              columns={[
                { title: t('institutionServices.region'), dataIndex: 'regionName' },
                ...totalsColumns,
              ]}
            />
          )}
        </>
      )}
      {records.error && <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />}
      {records.data?.truncated && (
        <Typography.Paragraph type="warning">{t('institutionServices.truncated')}</Typography.Paragraph>
      )}
      <Table<ServiceRecord>
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        loading={records.isFetching}
        dataSource={records.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: (
            <EmptyState>
              {enters ? t('institutionServices.emptyEditor') : t('institutionServices.empty')}
            </EmptyState>
          ),
        }}
        columns={[
          {
            title: t('institutionServices.institution'),
            dataIndex: 'institutionName',
            render: (name: string, r) => (
              <Space size={4}>
                {name}
                {r.isDemo && <Tag color="gold">{t('institutionServices.demo')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('institutionServices.period'),
            dataIndex: 'period',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            title: t('institutionServices.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`institutionServices.kinds.${k}`),
          },
          {
            title: t('institutionServices.servicesCount'),
            dataIndex: 'servicesCount',
            align: 'right',
            render: formatNumber,
          },
          {
            title: t('institutionServices.female'),
            dataIndex: 'female',
            align: 'right',
            render: formatNumber,
          },
          { title: t('institutionServices.male'), dataIndex: 'male', align: 'right', render: formatNumber },
          {
            key: 'actions',
            render: (_: unknown, r) =>
              r.canEdit && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(r)}>
                    {t('institutionServices.edit')}
                  </Button>
                  <Popconfirm
                    title={t('institutionServices.removeConfirm')}
                    onConfirm={() =>
                      remove.mutate(r.id, { onError: (err) => void message.error((err as Error).message) })
                    }
                  >
                    <Button type="link" size="small" danger>
                      {t('institutionServices.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {maps && <MappingsCard regionCode={region.code} year={year} />}
      {editing && (
        <RecordFormModal
          regionCode={region.code}
          institutions={institutions}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
