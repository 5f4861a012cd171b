/**
 * Entering the staff (ASN) and those of them trained in PUG/PPRG for a year (issue 11: "share of
 * staff trained in PPRG/PUG"), beside the officials editor and built the same way: for the whole
 * region or one OPD at a time, what is entered so far listed underneath, or imported from
 * CSV/XLSX.
 */
import { useState } from 'react';
import { App as AntApp, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { percent } from '../../../../domain/kelembagaan/figures.ts';
import { formatNumber } from '../../components/format.ts';
import {
  staffTrainingImportUrl,
  useKelembagaanWrite,
  useStaffTraining,
  writes,
  type StaffTraining,
} from './api.ts';
import { fieldErrorsOf } from './PeopleRows.tsx';
import { EditorActions, formatShare, ScopeSelect } from './YearlyCountsParts.tsx';

function EnteredStaff({ rows }: { rows: StaffTraining['rows'] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey={(r) => r.opdId ?? ''}
      pagination={false}
      caption={t('kelembagaan.figures.staffEntered')}
      dataSource={rows}
      columns={[
        {
          title: t('kelembagaan.figures.staffScope'),
          render: (_, r) => r.opdName ?? t('kelembagaan.figures.wholeRegion'),
        },
        { title: t('kelembagaan.figures.staff'), render: (_, r) => formatNumber(r.staff) },
        { title: t('kelembagaan.figures.staffTrained'), render: (_, r) => formatNumber(r.trained) },
        {
          title: t('kelembagaan.figures.staffShare'),
          render: (_, r) => formatShare(percent(r.trained, r.staff)),
        },
      ]}
    />
  );
}

export function StaffTrainingEditor({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const staffTraining = useStaffTraining(regionCode, year);
  const put = useKelembagaanWrite(regionCode, writes.putStaffTraining(regionCode));
  // The scope being entered: the whole region (null) or one OPD; the API keeps both.
  const [scope, setScope] = useState<string | null>(null);
  const own = staffTraining.data?.rows.find((r) => r.opdId === scope);
  const [draft, setDraft] = useState<{ staff: number | null; trained: number | null } | null>(null);
  const values = draft ?? { staff: own?.staff ?? null, trained: own?.trained ?? null };
  const errors = fieldErrorsOf(put.error);
  if (!staffTraining.data?.canManage) return null;
  const save = async () => {
    await put.mutateAsync({ year, opdId: scope, staff: values.staff, trained: values.trained });
    setDraft(null);
    message.success(t('kelembagaan.saved'));
  };
  return (
    <Card title={t('kelembagaan.figures.staffForm', { year })} style={{ marginTop: 16 }}>
      <Space direction="vertical">
        <ScopeSelect
          regionCode={regionCode}
          label={t('kelembagaan.figures.staffScope')}
          value={scope}
          onChange={(v) => {
            setScope(v);
            setDraft(null);
          }}
        />
        {(['staff', 'trained'] as const).map((field) => (
          <Space key={field} wrap>
            <span style={{ width: 260, display: 'inline-block' }}>
              {t(field === 'staff' ? 'kelembagaan.figures.staff' : 'kelembagaan.figures.staffTrained')}
            </span>
            <InputNumber
              aria-label={t(
                field === 'staff' ? 'kelembagaan.figures.staff' : 'kelembagaan.figures.staffTrained',
              )}
              min={0}
              max={100000}
              value={values[field]}
              onChange={(v) => setDraft({ ...values, [field]: v })}
              status={errors[field] ? 'error' : undefined}
            />
            {errors[field] && <Typography.Text type="danger">{errors[field]}</Typography.Text>}
          </Space>
        ))}
        <EditorActions
          saveLabel={t('kelembagaan.figures.staffSave')}
          saving={put.isPending}
          onSave={save}
          importAction={staffTrainingImportUrl(regionCode)}
          imported={t('kelembagaan.figures.staffImported')}
          onImported={() => void staffTraining.refetch()}
          hint={t('kelembagaan.figures.staffImportHint')}
        />
        <EnteredStaff rows={staffTraining.data.rows} />
      </Space>
    </Card>
  );
}
