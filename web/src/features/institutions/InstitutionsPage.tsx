import { useState } from 'react';
import { Link } from 'react-router';
import { App as AntApp, Button, Input, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, GlobalOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_STATUSES, SERVICE_FIELDS } from '../../../../domain/institutions/constants.ts';
import { STANDINGS } from '../../../../domain/institutions/standing.ts';
import { canManageInstitutions } from '../../../../domain/institutions/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { currentLanguage } from '../../app/i18n.ts';
import { useRegion } from '../../app/region.tsx';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  directoryUrl,
  exportUrl,
  importUrl,
  templateUrl,
  useInstitutions,
  useInstitutionTypes,
  useRefreshInstitutions,
  type InstitutionPage,
  type ListFilter,
} from './api.ts';
import { InstitutionForm } from './InstitutionForm.tsx';
import { StandingTag } from './StandingTag.tsx';

type Item = InstitutionPage['items'][number];

/** /lembaga-layanan: the region's registry with filters, and DP3A's add, import and export. */
export function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useMe();
  const { region } = useRegion();
  const manages = canManageInstitutions(accessActorOf(me), region.code);
  const [filter, setFilter] = useState<ListFilter>({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const list = useInstitutions(region.code, filter);
  const types = useInstitutionTypes(region.code).data?.items ?? [];
  const refresh = useRefreshInstitutions();
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));
  const en = i18n.language === 'en';
  const filtered = Boolean(filter.q || filter.typeId || filter.field || filter.status || filter.standing);

  const columns = [
    {
      title: t('institutions.name'),
      dataIndex: 'name',
      render: (name: string, r: Item) => (
        <Space wrap>
          <Link to={`/lembaga-layanan/${r.id}`}>{name}</Link>
          {r.isDemo && <Tag color="gold">{t('institutions.demo')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('institutions.type'),
      key: 'type',
      render: (_: unknown, r: Item) => (en ? r.type.nameEn : r.type.nameId),
    },
    {
      title: t('institutions.fields'),
      dataIndex: 'fields',
      render: (fields: Item['fields']) =>
        fields.map((f) => <Tag key={f}>{t(`institutions.serviceFields.${f}`)}</Tag>),
    },
    {
      title: t('institutions.kecamatan'),
      dataIndex: 'kecamatanName',
      render: (v: string | null) => v ?? '–',
    },
    {
      title: t('institutions.standing'),
      key: 'standing',
      render: (_: unknown, r: Item) => (
        <StandingTag standing={r.standing} validUntil={r.standardValidUntil} />
      ),
    },
    {
      title: t('institutions.status'),
      dataIndex: 'status',
      render: (s: Item['status']) => (
        <Tag color={s === 'aktif' ? 'green' : 'default'}>{t(`institutions.statuses.${s}`)}</Tag>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('institutions.title')}
        subtitle={t('institutions.intro')}
        extra={
          <Space wrap>
            <Button icon={<GlobalOutlined />} href={directoryUrl(region.code)} target="_blank">
              {t('institutions.directory')}
            </Button>
            {manages && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('institutions.add')}
              </Button>
            )}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('institutions.search')}
          aria-label={t('institutions.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder={t('institutions.type')}
          aria-label={t('institutions.type')}
          style={{ width: 220 }}
          options={types.map((ty) => ({ value: ty.id, label: en ? ty.nameEn : ty.nameId }))}
          onChange={(v?: string) => set({ typeId: v })}
        />
        <Select
          allowClear
          placeholder={t('institutions.fields')}
          aria-label={t('institutions.fields')}
          style={{ width: 180 }}
          options={SERVICE_FIELDS.map((f) => ({ value: f, label: t(`institutions.serviceFields.${f}`) }))}
          onChange={(v?: string) => set({ field: v })}
        />
        <Select
          allowClear
          placeholder={t('institutions.standing')}
          aria-label={t('institutions.standing')}
          style={{ width: 190 }}
          options={STANDINGS.map((s) => ({ value: s, label: t(`institutions.standings.${s}`) }))}
          onChange={(v?: string) => set({ standing: v })}
        />
        <Select
          allowClear
          placeholder={t('institutions.status')}
          aria-label={t('institutions.status')}
          style={{ width: 140 }}
          options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`institutions.statuses.${s}`) }))}
          onChange={(v?: string) => set({ status: v })}
        />
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <DownloadButtons
          downloaded={(name) => t('institutions.downloaded', { name })}
          choices={[
            {
              key: 'xlsx',
              label: `${t('institutions.export')} XLSX`,
              icon: <DownloadOutlined />,
              url: exportUrl(region.code, 'xlsx'),
              fallbackName: 'lembaga-layanan.xlsx',
              testId: 'institutions-export-xlsx',
            },
            {
              key: 'csv',
              label: `${t('institutions.export')} CSV`,
              icon: <DownloadOutlined />,
              url: exportUrl(region.code, 'csv'),
              fallbackName: 'lembaga-layanan.csv',
              testId: 'institutions-export-csv',
            },
            ...(manages
              ? [
                  {
                    key: 'template',
                    label: t('institutions.template'),
                    icon: <DownloadOutlined />,
                    url: templateUrl(region.code),
                    fallbackName: 'templat-lembaga.xlsx',
                    testId: 'institutions-template',
                  },
                ]
              : []),
          ]}
        />
        {manages && (
          <Upload
            name="file"
            action={importUrl(region.code)}
            accept=".csv,.xlsx"
            withCredentials
            headers={{ 'Accept-Language': currentLanguage() }}
            showUploadList={false}
            onChange={(info) => {
              if (info.file.status === 'done') {
                message.success(
                  t('institutions.imported', { count: (info.file.response as { created: number }).created }),
                );
                void refresh();
              }
              if (info.file.status === 'error') {
                const body = info.file.response as
                  { error?: { message?: string; fields?: Record<string, string> } } | undefined;
                const rows = Object.entries(body?.error?.fields ?? {})
                  .slice(0, 10)
                  .map(
                    ([k, v]) =>
                      `${k.replace(/^rows\.(\d+)\./, t('institutions.rowColumn', { row: '$1' }))}: ${v}`,
                  );
                message.error(
                  [body?.error?.message ?? t('institutions.importFailed'), ...rows].join(' · '),
                  12,
                );
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t('institutions.import')}</Button>
          </Upload>
        )}
      </Space>
      {list.error ? (
        <ErrorAlert error={list.error} />
      ) : (
        <Table<Item>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          locale={{
            emptyText: (
              <EmptyState>{filtered ? t('institutions.emptyFiltered') : t('institutions.empty')}</EmptyState>
            ),
          }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
          }}
          scroll={{ x: true }}
        />
      )}
      {list.data && (
        <Typography.Text type="secondary">
          {list.data.total.toLocaleString(en ? 'en-GB' : 'id-ID')}
        </Typography.Text>
      )}
      {adding && (
        <InstitutionForm regionCode={region.code} institution={null} onClose={() => setAdding(false)} />
      )}
    </>
  );
}
