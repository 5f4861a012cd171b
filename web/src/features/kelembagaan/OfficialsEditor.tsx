/**
 * Entering the officials by echelon and sex of a year (issue 11: "share of women among officials
 * by echelon, entered or imported per year", "shown per region and OPD"): for the whole region
 * or for one OPD at a time — the API keeps each scope apart — with what is entered so far listed
 * by scope underneath, or imported from CSV/XLSX.
 */
import { useState } from 'react';
import { App as AntApp, Card, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ECHELONS } from '../../../../domain/kelembagaan/constants.ts';
import { formatNumber } from '../../components/format.ts';
import { officialsImportUrl, useKelembagaanWrite, useOfficials, writes, type OfficialRow } from './api.ts';
import { fieldErrorsOf } from './PeopleRows.tsx';
import { EditorActions, ScopeSelect } from './YearlyCountsParts.tsx';

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
        <ScopeSelect
          regionCode={regionCode}
          label={t('kelembagaan.figures.officialsScope')}
          value={scope}
          onChange={(v) => {
            setScope(v);
            setDraft(null);
          }}
        />
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
        <EditorActions
          saveLabel={t('kelembagaan.save')}
          saving={put.isPending}
          onSave={save}
          importAction={officialsImportUrl(regionCode)}
          imported={t('kelembagaan.figures.imported')}
          onImported={() => void officials.refetch()}
          hint={t('kelembagaan.figures.importHint')}
        />
        <EnteredOfficials rows={officials.data.rows} />
      </Space>
    </Card>
  );
}
