import { useMemo, useState } from 'react';
import { App as AntApp, Alert, Button, Form, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../domain/pokja-plans/constants.ts';
import { isApiError, type FieldErrors } from '../../app/api.ts';
import { saveProgress, usePlanWrite, type PlanDetail } from './api.ts';

interface Entry {
  realisation: string;
  achievement: string;
  status: ActionStatus | null;
  note: string;
}

const BLANK: Entry = { realisation: '', achievement: '', status: null, note: '' };

/** Progress of an adopted plan, one year at a time: realisation, achievement and a note per row (a status per action). */
export function ProgressPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const years = useMemo(() => {
    const out: number[] = [];
    for (let y = plan.startYear; y <= plan.endYear; y++) out.push(y);
    return out;
  }, [plan.startYear, plan.endYear]);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]);
  const isAksi = plan.kind === 'rencana_aksi';
  const lines = isAksi
    ? plan.items.map((it) => ({ id: it.id, label: it.action, target: it.target }))
    : plan.rows.map((r) => ({
        id: r.id,
        label: r.description,
        target: r.yearlyTargets.find((x) => x.year === year)?.target ?? '',
      }));
  const saved = (rowId: string): Entry => {
    const p = plan.progress.find((e) => e.rowId === rowId && e.year === year);
    return p
      ? {
          realisation: p.realisation,
          achievement: p.achievement?.replace('.', ',') ?? '',
          status: p.status,
          note: p.note,
        }
      : BLANK;
  };
  const [edits, setEdits] = useState<Record<string, Entry>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const write = usePlanWrite(saveProgress(plan.id));
  const valueOf = (rowId: string) => edits[`${year}:${rowId}`] ?? saved(rowId);
  const set = (rowId: string, patch: Partial<Entry>) =>
    setEdits((e) => ({ ...e, [`${year}:${rowId}`]: { ...valueOf(rowId), ...patch } }));

  if (plan.status === 'draft')
    return <Alert type="info" showIcon title={t('pokjaPlans.progress.notAdopted')} />;
  if (!lines.length)
    return <Typography.Text type="secondary">{t('pokjaPlans.progress.none')}</Typography.Text>;
  const editable = plan.canManage && plan.status === 'ditetapkan';

  const submit = async () => {
    const entries = lines.map((l) => {
      const v = valueOf(l.id);
      return {
        rowId: l.id,
        year,
        realisation: v.realisation,
        achievement: v.achievement.trim() === '' ? null : v.achievement,
        status: isAksi ? v.status : null,
        note: v.note,
      };
    });
    try {
      await write.mutateAsync({ entries });
      setErrors({});
      setEdits({});
      message.success(t('pokjaPlans.progress.saved', { year }));
    } catch (err) {
      if (isApiError(err)) setErrors(err.fields);
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const err = (i: number, field: string) => errors[`entries.${i}.${field}`];

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={<label htmlFor="progress-year">{t('pokjaPlans.progress.year')}</label>}>
        <Select
          id="progress-year"
          style={{ width: 120 }}
          value={year}
          onChange={(y) => {
            setYear(y);
            setErrors({});
          }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      </Form.Item>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 1000 }}
        dataSource={lines.map((l, i) => ({ ...l, i }))}
        columns={[
          { title: t('pokjaPlans.fields.description'), dataIndex: 'label', width: 280 },
          { title: t('pokjaPlans.progress.target', { year }), dataIndex: 'target', width: 160 },
          {
            title: t('pokjaPlans.progress.realisation'),
            key: 'realisation',
            render: (_v, l) => (
              <Form.Item
                style={{ margin: 0 }}
                validateStatus={err(l.i, 'realisation') ? 'error' : undefined}
                help={err(l.i, 'realisation')}
              >
                <Input
                  aria-label={`${t('pokjaPlans.progress.realisation')}: ${l.label}`}
                  value={valueOf(l.id).realisation}
                  readOnly={!editable}
                  onChange={(e) => set(l.id, { realisation: e.target.value })}
                />
              </Form.Item>
            ),
          },
          {
            title: t('pokjaPlans.progress.achievement'),
            key: 'achievement',
            width: 130,
            render: (_v, l) => (
              <Form.Item
                style={{ margin: 0 }}
                validateStatus={err(l.i, 'achievement') ? 'error' : undefined}
                help={err(l.i, 'achievement')}
              >
                <Input
                  inputMode="decimal"
                  suffix="%"
                  aria-label={`${t('pokjaPlans.progress.achievement')}: ${l.label}`}
                  value={valueOf(l.id).achievement}
                  readOnly={!editable}
                  onChange={(e) => set(l.id, { achievement: e.target.value })}
                />
              </Form.Item>
            ),
          },
          ...(isAksi
            ? [
                {
                  title: t('pokjaPlans.progress.status'),
                  key: 'status',
                  width: 160,
                  render: (_v: unknown, l: { id: string; label: string }) => (
                    <Select
                      aria-label={`${t('pokjaPlans.progress.status')}: ${l.label}`}
                      allowClear
                      style={{ width: '100%' }}
                      value={valueOf(l.id).status ?? undefined}
                      disabled={!editable}
                      onChange={(s) => set(l.id, { status: s ?? null })}
                      options={ACTION_STATUSES.map((s) => ({
                        value: s,
                        label: t(`pokjaPlans.actionStatuses.${s}`),
                      }))}
                    />
                  ),
                },
              ]
            : []),
          {
            title: t('pokjaPlans.progress.note'),
            key: 'note',
            render: (_v, l) => (
              <Input
                aria-label={`${t('pokjaPlans.progress.note')}: ${l.label}`}
                value={valueOf(l.id).note}
                readOnly={!editable}
                onChange={(e) => set(l.id, { note: e.target.value })}
              />
            ),
          },
        ]}
      />
      {editable && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={write.isPending}
          onClick={() => void submit()}
          data-testid="pokja-progress-save"
        >
          {t('pokjaPlans.progress.save', { year })}
        </Button>
      )}
    </Form>
  );
}
