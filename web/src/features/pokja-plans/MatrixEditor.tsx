import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { POKJA_SECTIONS, ROW_LEVELS, type PokjaSection } from '../../../../domain/pokja-plans/constants.ts';
import type { FieldErrors } from '../../app/api.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { formatRupiah, parseMoney, sumMoney } from '../../components/money.ts';
import { FieldBox } from './FieldBox.tsx';

/** A row as edited: the budget as typed (Indonesian), the yearly targets by year. */
export interface RowDraft {
  key: string;
  id: string | null;
  section: PokjaSection;
  level: (typeof ROW_LEVELS)[number];
  code: string;
  description: string;
  baseline: string;
  target5y: string;
  targets: Record<number, string>;
  indicator: string;
  budget: string;
  opdId: string | null;
  unit: string;
}

interface Props {
  rows: RowDraft[];
  years: number[];
  opds: { id: string; name: string; shortName: string }[];
  editable: boolean;
  errors: FieldErrors;
  onChange: (rows: RowDraft[]) => void;
}

let seq = 0;

/** The years of a row with a target typed, in order: what the request sends. */
export const filledYears = (r: RowDraft, years: number[]) =>
  years.filter((y) => (r.targets[y] ?? '').trim() !== '');

export const newRowKey = () => `new-${++seq}`;

/**
 * The matrix grouped as the official table: pelembagaan PUG, then the seven processes; each
 * section lists its rows with add and remove. Rows keep their place in one list, so the
 * server's field paths (`rows.3.budget`) point at the right box.
 */
export function MatrixEditor({ rows, years, opds, editable, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<RowDraft>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const add = (section: PokjaSection) =>
    onChange([
      ...rows,
      {
        key: newRowKey(),
        id: null,
        section,
        level: 'kegiatan',
        code: '',
        description: '',
        baseline: '',
        target5y: '',
        targets: {},
        indicator: '',
        budget: '',
        opdId: null,
        unit: '',
      },
    ]);
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const total = sumMoney(
    rows.map((r) => {
      const parsed = parseMoney(r.budget);
      return parsed.ok ? parsed.value : null;
    }),
  );
  const opdOptions = opds.map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` }));
  // The request carries the filled-in years only, in order: its index j is the j-th of those.
  const targetError = (i: number, r: RowDraft, year: number) => {
    const j = filledYears(r, years).indexOf(year);
    return j < 0
      ? undefined
      : (errors[`rows.${i}.yearlyTargets.${j}.year`] ?? errors[`rows.${i}.yearlyTargets.${j}.target`]);
  };

  return (
    <Form layout="vertical" component="div">
      {POKJA_SECTIONS.map((section, s) => {
        const indexed = rows.map((r, i) => [r, i] as const).filter(([r]) => r.section === section);
        return (
          <Card
            key={section}
            size="small"
            style={{ marginBottom: 16 }}
            title={`${String.fromCharCode(65 + s)}. ${t(`pokjaPlans.sections.${section}`)}`}
            extra={
              editable ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => add(section)}
                  data-testid={`add-row-${section}`}
                >
                  {t('pokjaPlans.addRow')}
                </Button>
              ) : undefined
            }
          >
            {indexed.length === 0 && (
              <Typography.Text type="secondary">{t('pokjaPlans.sectionEmpty')}</Typography.Text>
            )}
            {indexed.map(([r, i], n) => {
              const id = (field: string) => `row-${r.key}-${field}`;
              const err = (field: string) => errors[`rows.${i}.${field}`];
              return (
                <Card
                  key={r.key}
                  type="inner"
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('pokjaPlans.rowLabel', { n: n + 1 })}
                  extra={
                    editable ? (
                      <Button
                        size="small"
                        danger
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={`${t('pokjaPlans.removeRow')} ${n + 1}`}
                        onClick={() => remove(i)}
                      >
                        {t('pokjaPlans.removeRow')}
                      </Button>
                    ) : undefined
                  }
                >
                  <Flex gap={12} wrap>
                    <FieldBox
                      id={id('level')}
                      label={t('pokjaPlans.fields.level')}
                      error={err('level')}
                      style={{ width: 160 }}
                    >
                      <Select
                        id={id('level')}
                        value={r.level}
                        disabled={!editable}
                        onChange={(level) => set(i, { level })}
                        options={ROW_LEVELS.map((l) => ({ value: l, label: t(`pokjaPlans.levels.${l}`) }))}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('code')}
                      label={t('pokjaPlans.fields.code')}
                      error={err('code')}
                      extra={editable ? t('pokjaPlans.fields.codeHint') : undefined}
                      style={{ width: 220 }}
                    >
                      <Input
                        id={id('code')}
                        value={r.code}
                        readOnly={!editable}
                        onChange={(e) => set(i, { code: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('description')}
                      label={t('pokjaPlans.fields.description')}
                      error={err('description')}
                      style={{ flex: '1 1 320px' }}
                    >
                      <Input.TextArea
                        id={id('description')}
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        value={r.description}
                        readOnly={!editable}
                        onChange={(e) => set(i, { description: e.target.value })}
                      />
                    </FieldBox>
                  </Flex>
                  <Flex gap={12} wrap>
                    <FieldBox
                      id={id('baseline')}
                      label={t('pokjaPlans.fields.baseline')}
                      error={err('baseline')}
                      style={{ flex: '1 1 200px' }}
                    >
                      <Input
                        id={id('baseline')}
                        value={r.baseline}
                        readOnly={!editable}
                        onChange={(e) => set(i, { baseline: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('target5y')}
                      label={t('pokjaPlans.fields.target5y')}
                      error={err('target5y')}
                      style={{ flex: '1 1 200px' }}
                    >
                      <Input
                        id={id('target5y')}
                        value={r.target5y}
                        readOnly={!editable}
                        onChange={(e) => set(i, { target5y: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('indicator')}
                      label={t('pokjaPlans.fields.indicator')}
                      error={err('indicator')}
                      style={{ flex: '1 1 240px' }}
                    >
                      <Input
                        id={id('indicator')}
                        value={r.indicator}
                        readOnly={!editable}
                        onChange={(e) => set(i, { indicator: e.target.value })}
                      />
                    </FieldBox>
                  </Flex>
                  <Typography.Text strong>{t('pokjaPlans.fields.yearlyTargets')}</Typography.Text>
                  <Flex gap={12} wrap style={{ marginTop: 4 }}>
                    {years.map((y) => (
                      <FieldBox
                        key={y}
                        id={id(`target-${y}`)}
                        label={String(y)}
                        error={targetError(i, r, y)}
                        style={{ width: 150 }}
                      >
                        <Input
                          id={id(`target-${y}`)}
                          value={r.targets[y] ?? ''}
                          readOnly={!editable}
                          onChange={(e) => set(i, { targets: { ...r.targets, [y]: e.target.value } })}
                        />
                      </FieldBox>
                    ))}
                  </Flex>
                  <Flex gap={12} wrap>
                    <FieldBox
                      id={id('budget')}
                      label={t('pokjaPlans.fields.budget')}
                      error={err('budget')}
                      style={{ width: 220 }}
                    >
                      <MoneyInput
                        id={id('budget')}
                        value={r.budget}
                        readOnly={!editable}
                        style={{ textAlign: 'right' }}
                        onChange={(e) => set(i, { budget: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('opd')}
                      label={t('pokjaPlans.fields.opd')}
                      error={err('opdId')}
                      style={{ flex: '1 1 260px' }}
                    >
                      <Select
                        id={id('opd')}
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        value={r.opdId ?? undefined}
                        disabled={!editable}
                        onChange={(v) => set(i, { opdId: v ?? null })}
                        options={opdOptions}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('unit')}
                      label={t('pokjaPlans.fields.unit')}
                      error={err('unit')}
                      extra={editable ? t('pokjaPlans.fields.unitHint') : undefined}
                      style={{ flex: '1 1 200px' }}
                    >
                      <Input
                        id={id('unit')}
                        value={r.unit}
                        readOnly={!editable}
                        onChange={(e) => set(i, { unit: e.target.value })}
                      />
                    </FieldBox>
                  </Flex>
                </Card>
              );
            })}
          </Card>
        );
      })}
      <Typography.Text strong data-testid="pokja-total">
        {t('pokjaPlans.total', { amount: formatRupiah(total) })}
      </Typography.Text>
    </Form>
  );
}
