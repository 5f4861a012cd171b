/**
 * Entering the officials by echelon and sex of a year (issue 11: "share of women among officials
 * by echelon, entered or imported per year", "shown per region and OPD"): for the whole region
 * or for one OPD at a time — the API keeps each scope apart — with what is entered so far listed
 * by scope underneath, or imported from CSV/XLSX.
 */
import { useState } from 'react';
import { App as AntApp, Button, Card, InputNumber, Select, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ECHELONS } from '../../../../domain/kelembagaan/constants.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { formatNumber } from '../../components/format.ts';
import { useActiveOpds } from '../opd/api.ts';
import { officialsImportUrl, useKelembagaanWrite, useOfficials, writes, type OfficialRow } from './api.ts';
import { fieldErrorsOf } from './PeopleRows.tsx';

/** Every scope's entered rows of the year: the region first, then each OPD. */
function EnteredOfficials({ rows }: { rows: OfficialRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.opdId ?? ''}:${r.echelon}`}
      pagination={false}
      caption={t('kelembagaan.figures.officialsEntered')}
      dataSource={[...rows].sort((x, y) => Number(x.opdId !== null) - Number(y.opdId !== null))}
      columns={[
        {
          title: t('kelembagaan.figures.officialsScope'),
          render: (_, r) => r.opdName ?? t('kelembagaan.figures.wholeRegion'),
        },
        { title: t('kelembagaan.figures.echelon'), render: (_, r) => t(`kelembagaan.echelon.${r.echelon}`) },
        { title: t('kelembagaan.sex.P'), render: (_, r) => formatNumber(r.women) },
        { title: t('kelembagaan.sex.L'), render: (_, r) => formatNumber(r.men) },
      ]}
    />
  );
}

export function OfficialsEditor({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const officials = useOfficials(regionCode, year);
  const put = useKelembagaanWrite(regionCode, writes.putOfficials(regionCode));
  const opds = useActiveOpds(regionCode).data ?? [];
  // The scope being entered: the whole region (null) or one OPD; the API keeps both.
  const [scope, setScope] = useState<string | null>(null);
  const own = officials.data?.rows.filter((r) => r.opdId === scope) ?? [];
  const [draft, setDraft] = useState<Record<string, { women: number | null; men: number | null }> | null>(
    null,
  );
  const values = draft ?? Object.fromEntries(own.map((r) => [r.echelon, { women: r.women, men: r.men }]));
  const errors = fieldErrorsOf(put.error);
  if (!officials.data?.canManage) return null;
  const save = async () => {
    const rows = ECHELONS.filter((e) => values[e]?.women != null && values[e]?.men != null).map((e) => ({
      echelon: e,
      women: values[e]!.women!,
      men: values[e]!.men!,
    }));
    await put.mutateAsync({ year, opdId: scope, rows });
    setDraft(null);
    message.success(t('kelembagaan.saved'));
  };
  return (
    <Card title={t('kelembagaan.figures.officialsForm', { year })} style={{ marginTop: 16 }}>
      <Space direction="vertical">
        <Space wrap>
          <span style={{ width: 260, display: 'inline-block' }}>
            {t('kelembagaan.figures.officialsScope')}
          </span>
          <Select
            aria-label={t('kelembagaan.figures.officialsScope')}
            style={{ minWidth: 320 }}
            showSearch
            optionFilterProp="label"
            value={scope ?? ''}
            options={[
              { value: '', label: t('kelembagaan.figures.wholeRegion') },
              ...opds.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(v: string) => {
              setScope(v || null);
              setDraft(null);
            }}
          />
        </Space>
        {ECHELONS.map((e, i) => (
          <Space key={e} wrap>
            <span style={{ width: 260, display: 'inline-block' }}>{t(`kelembagaan.echelon.${e}`)}</span>
            <InputNumber
              aria-label={`${t(`kelembagaan.echelon.${e}`)} — ${t('kelembagaan.sex.P')}`}
              placeholder={t('kelembagaan.sex.P')}
              min={0}
              max={100000}
              value={values[e]?.women ?? null}
              onChange={(v) => setDraft({ ...values, [e]: { women: v, men: values[e]?.men ?? null } })}
              status={errors[`rows.${i}.women`] ? 'error' : undefined}
            />
            <InputNumber
              aria-label={`${t(`kelembagaan.echelon.${e}`)} — ${t('kelembagaan.sex.L')}`}
              placeholder={t('kelembagaan.sex.L')}
              min={0}
              max={100000}
              value={values[e]?.men ?? null}
              onChange={(v) => setDraft({ ...values, [e]: { women: values[e]?.women ?? null, men: v } })}
              status={errors[`rows.${i}.men`] ? 'error' : undefined}
            />
          </Space>
        ))}
        <Space>
          <Button
            type="primary"
            loading={put.isPending}
            onClick={() => void save().catch((err: Error) => message.error(err.message))}
          >
            {t('kelembagaan.save')}
          </Button>
          <Upload
            name="file"
            action={officialsImportUrl(regionCode)}
            accept=".csv,.xlsx"
            withCredentials
            headers={{ 'Accept-Language': currentLanguage() }}
            showUploadList={false}
            onChange={(info) => {
              if (info.file.status === 'done') {
                message.success(t('kelembagaan.figures.imported'));
                void officials.refetch();
              }
              if (info.file.status === 'error') {
                const body = info.file.response as
                  { error?: { message?: string; fields?: Record<string, string> } } | undefined;
                const rows = Object.entries(body?.error?.fields ?? {})
                  .slice(0, 8)
                  .map(
                    ([k, v]) =>
                      `${k.replace(/^rows\.(\d+)\./, t('kelembagaan.figures.rowColumn', { row: '$1' }))}: ${v}`,
                  );
                message.error([body?.error?.message ?? t('kelembagaan.fileFailed'), ...rows].join(' · '), 10);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t('kelembagaan.figures.import')}</Button>
          </Upload>
        </Space>
        <Typography.Text type="secondary">{t('kelembagaan.figures.importHint')}</Typography.Text>
        <EnteredOfficials rows={officials.data.rows} />
      </Space>
    </Card>
  );
}
