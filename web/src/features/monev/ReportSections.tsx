import { Alert, Card, Checkbox, Flex, Input, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AGE_GROUPS,
  ENTRY_MODES,
  TARGET_GROUPS,
  type AgeGroup,
  type TargetGroup,
} from '../../../../domain/monev/constants.ts';
import { indicatorAchievement } from '../../../../domain/monev/flags.ts';
import { formatNumber } from '../../components/format.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { formatRupiah, formatShare, shareOf } from '../../components/money.ts';
import type { MonevReport } from './api.ts';
import {
  amountPair,
  countPair,
  decimalText,
  type Draft,
  type Previous,
  type Sex,
  type SexTexts,
} from './draft.ts';
import { Field, FieldNotes, useInvalid } from './FieldShell.tsx';

export interface SectionProps {
  report: MonevReport;
  draft: Draft;
  previous: Previous;
  readOnly: boolean;
  change: (update: (draft: Draft) => Draft, field?: string) => void;
}

const SEXES: readonly Sex[] = ['P', 'L'];

/** "Triwulan ini: … · Kumulatif: …" under a box, from what is typed now. */
function Both({
  pair,
  format,
}: {
  pair: { addition: string; cumulative: string } | null;
  format: (v: string) => string;
}) {
  const { t } = useTranslation();
  if (!pair) return null;
  return (
    <span data-testid="monev-both">
      {t('monev.report.bothNumbers', {
        addition: format(pair.addition),
        cumulative: format(pair.cumulative),
      })}
    </span>
  );
}

export function EntryModeSwitch({
  draft,
  readOnly,
  onSwitch,
}: {
  draft: Draft;
  readOnly: boolean;
  onSwitch: (m: Draft['entryMode']) => void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong id="monev-entry-mode-label">
        {t('monev.report.entryMode')}
      </Typography.Text>
      <div>
        <Radio.Group
          aria-labelledby="monev-entry-mode-label"
          aria-describedby="monev-entry-mode-help"
          data-testid="monev-entry-mode"
          value={draft.entryMode}
          disabled={readOnly}
          optionType="button"
          onChange={(e) => onSwitch(e.target.value)}
          options={ENTRY_MODES.map((m) => ({ value: m, label: t(`monev.report.entryModes.${m}`) }))}
        />
      </div>
      <Typography.Text type="secondary" id="monev-entry-mode-help" style={{ fontSize: 12 }}>
        {t('monev.report.entryModeHelp')}
      </Typography.Text>
    </div>
  );
}

export function RealisationSection({ report, draft, previous, readOnly, change }: SectionProps) {
  const { t } = useTranslation();
  const budget = amountPair(previous.budgetRealised, draft.entryMode, draft.budgetRealised);
  const physical = amountPair(previous.physicalRealised, draft.entryMode, draft.physicalRealised);
  const unit = report.plan.unit;
  const budgetInvalid = useInvalid('budgetRealised', 'monev-budget');
  const physicalInvalid = useInvalid('physicalRealised', 'monev-physical');
  const physicalLabel = unit
    ? t('monev.report.fields.physicalRealised', { unit })
    : t('monev.report.fields.physicalRealisedNoUnit');
  return (
    <Card title={t('monev.report.sections.realisation')} size="small" style={{ marginBottom: 16 }}>
      <Flex gap={24} wrap>
        <div style={{ minWidth: 300, flex: 1 }}>
          <Field
            field="budgetRealised"
            id="monev-budget"
            label={t('monev.report.fields.budgetRealised')}
            extra={
              <>
                <Both pair={budget} format={(v) => formatRupiah(v)} />
                {budget && (
                  <div>
                    {t('monev.report.share', {
                      share: formatShare(shareOf(budget.cumulative, report.plan.pagu)),
                      of: formatRupiah(report.plan.pagu),
                    })}
                  </div>
                )}
              </>
            }
          >
            <MoneyInput
              id="monev-budget"
              value={draft.budgetRealised}
              readOnly={readOnly}
              style={{ width: 240 }}
              {...budgetInvalid}
              onChange={(e) => change((d) => ({ ...d, budgetRealised: e.target.value }), 'budgetRealised')}
            />
          </Field>
        </div>
        <div style={{ minWidth: 300, flex: 1 }}>
          <Field
            field="physicalRealised"
            id="monev-physical"
            label={physicalLabel}
            extra={
              <>
                <Both pair={physical} format={(v) => `${decimalText(v)} ${unit}`.trim()} />
                {physical && report.plan.target !== null && (
                  <div>
                    {t('monev.report.share', {
                      share: formatShare(shareOf(physical.cumulative, report.plan.target)),
                      of: `${decimalText(report.plan.target)} ${unit}`.trim(),
                    })}
                  </div>
                )}
                {report.plan.target === null && <div>{t('monev.report.noTarget')}</div>}
              </>
            }
          >
            <Input
              id="monev-physical"
              inputMode="decimal"
              autoComplete="off"
              value={draft.physicalRealised}
              readOnly={readOnly}
              suffix={unit || undefined}
              style={{ width: 240 }}
              {...physicalInvalid}
              onChange={(e) =>
                change((d) => ({ ...d, physicalRealised: e.target.value }), 'physicalRealised')
              }
            />
          </Field>
        </div>
      </Flex>
    </Card>
  );
}

/** A count of people with the quarter's addition and the total under it, from what is typed. */
function CountField({
  id,
  field,
  label,
  value,
  previous,
  mode,
  readOnly,
  noteField,
  onChange,
}: {
  id: string;
  field: string;
  label: string;
  value: string;
  previous: number;
  mode: Draft['entryMode'];
  readOnly: boolean;
  noteField?: string | null;
  onChange: (v: string) => void;
}) {
  const invalid = useInvalid(field, id);
  // A group's box sits under its sex's column in its group's row: the label is spoken, not shown.
  const inTable = noteField === null;
  const pair = countPair(previous, mode, value);
  return (
    <Field
      field={field}
      id={id}
      label={label}
      noteField={noteField}
      labelHidden={inTable}
      extra={
        pair && (
          <Both
            pair={{ addition: String(pair.addition), cumulative: String(pair.cumulative) }}
            format={(v) => formatNumber(Number(v))}
          />
        )
      }
    >
      <Input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        style={{ width: 140, textAlign: 'right' }}
        {...invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

type Dim = 'group' | 'age';

function GroupTable({ dim, keys, section }: { dim: Dim; keys: readonly string[]; section: SectionProps }) {
  const { t } = useTranslation();
  const { draft, previous, readOnly, change } = section;
  const texts = (dim === 'group' ? draft.groups : draft.ages) as Record<string, SexTexts | undefined>;
  const before = dim === 'group' ? previous.group : previous.age;
  const groupLabel = (k: string) =>
    dim === 'group' ? t(`monev.targetGroups.${k as TargetGroup}`) : t(`monev.ageGroups.${k as AgeGroup}`);
  const set = (k: string, sex: Sex, v: string) =>
    change((d) => {
      const key = dim === 'group' ? 'groups' : 'ages';
      const current = (d[key] as Record<string, SexTexts | undefined>)[k] ?? { P: '', L: '' };
      return { ...d, [key]: { ...d[key], [k]: { ...current, [sex]: v } } };
    }, `beneficiaries.${dim}.${k}.${sex}`);
  return (
    <Table<string>
      size="small"
      pagination={false}
      rowKey={(k) => k}
      dataSource={[...keys]}
      data-testid={`monev-${dim}-table`}
      columns={[
        {
          key: 'group',
          title: dim === 'group' ? t('monev.report.byGroup') : t('monev.report.byAge'),
          render: (_, k) => groupLabel(k),
        },
        ...SEXES.map((sex) => ({
          key: sex,
          title: t(`monev.sex.${sex}`),
          render: (_: unknown, k: string) => {
            const field = `beneficiaries.${dim}.${k}.${sex}`;
            const id = `monev-${dim}-${k}-${sex}`;
            return (
              <CountField
                id={id}
                field={field}
                label={t('monev.report.fields.group', { group: groupLabel(k), sex: t(`monev.sex.${sex}`) })}
                noteField={null}
                value={texts[k]?.[sex] ?? ''}
                previous={before[k]?.[sex] ?? 0}
                mode={draft.entryMode}
                readOnly={readOnly}
                onChange={(v) => set(k, sex, v)}
              />
            );
          },
        })),
        {
          key: 'notes',
          title: t('monev.report.comments'),
          render: (_: unknown, k: string) => (
            <FieldNotes field={`beneficiaries.${dim}.${k}`} label={groupLabel(k)} />
          ),
        },
      ]}
    />
  );
}

/** Which groups the activity counts: those counted before stay; others can be ticked on or off. */
function GroupChoice({ dim, section }: { dim: Dim; section: SectionProps }) {
  const { t } = useTranslation();
  const { draft, previous, readOnly, change } = section;
  const all: readonly string[] = dim === 'group' ? TARGET_GROUPS : AGE_GROUPS;
  const key = dim === 'group' ? 'groups' : 'ages';
  const chosen = Object.keys(draft[key]);
  const before = dim === 'group' ? previous.group : previous.age;
  const labelId = `monev-${dim}-choice`;
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text id={labelId}>
        {dim === 'group' ? t('monev.report.countsGroups') : t('monev.report.countsAges')}
      </Typography.Text>
      <div role="group" aria-labelledby={labelId}>
        <Checkbox.Group
          value={chosen}
          disabled={readOnly}
          data-testid={`monev-${dim}-choice`}
          options={all.map((k) => ({
            value: k,
            label:
              dim === 'group'
                ? t(`monev.targetGroups.${k as TargetGroup}`)
                : t(`monev.ageGroups.${k as AgeGroup}`),
            // Counted in an earlier quarter: its total carries on, it cannot be dropped.
            disabled: readOnly || before[k] !== undefined,
          }))}
          onChange={(values) =>
            change((d) => {
              const current = d[key] as Record<string, SexTexts | undefined>;
              const next = Object.fromEntries(
                all
                  .filter((k) => (values as string[]).includes(k))
                  .map((k) => [k, current[k] ?? { P: '', L: '' }]),
              );
              return { ...d, [key]: next };
            })
          }
        />
      </div>
    </div>
  );
}

export function BeneficiariesSection(section: SectionProps) {
  const { t } = useTranslation();
  const { draft, previous, readOnly, change } = section;
  const groupKeys = TARGET_GROUPS.filter((g) => draft.groups[g] !== undefined);
  const ageKeys = AGE_GROUPS.filter((a) => draft.ages[a] !== undefined);
  return (
    <Card title={t('monev.report.sections.beneficiaries')} size="small" style={{ marginBottom: 16 }}>
      <Flex gap={24} wrap>
        {SEXES.map((sex) => {
          const field = `beneficiaries.${sex}`;
          const id = `monev-beneficiaries-${sex}`;
          const typed = sex === 'P' ? draft.P : draft.L;
          return (
            <div key={sex} style={{ minWidth: 260 }}>
              <CountField
                id={id}
                field={field}
                label={t(`monev.report.fields.beneficiaries${sex}`)}
                value={typed}
                previous={previous[sex]}
                mode={draft.entryMode}
                readOnly={readOnly}
                onChange={(v) => change((d) => ({ ...d, [sex]: v }), field)}
              />
            </div>
          );
        })}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('monev.report.groupsHelp')}
      </Typography.Paragraph>
      {!readOnly && <GroupChoice dim="group" section={section} />}
      {groupKeys.length > 0 && <GroupTable dim="group" keys={groupKeys} section={section} />}
      <div style={{ height: 16 }} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('monev.report.agesHelp')}
      </Typography.Paragraph>
      {!readOnly && <GroupChoice dim="age" section={section} />}
      {ageKeys.length > 0 && <GroupTable dim="age" keys={ageKeys} section={section} />}
    </Card>
  );
}

export function IndicatorsSection({ report, draft, readOnly, change }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('monev.report.sections.indicators')} size="small" style={{ marginBottom: 16 }}>
      {report.genderIndicators.length === 0 ? (
        <Typography.Text type="secondary">{t('monev.report.noIndicators')}</Typography.Text>
      ) : (
        report.genderIndicators.map((i) => {
          const field = `genderIndicators.${i.id}`;
          const id = `monev-indicator-${i.id}`;
          const typed = draft.indicators[i.id] ?? '';
          return (
            <IndicatorField
              key={i.id}
              field={field}
              id={id}
              indicator={i}
              typed={typed}
              readOnly={readOnly}
              onChange={(v) => change((d) => ({ ...d, indicators: { ...d.indicators, [i.id]: v } }), field)}
            />
          );
        })
      )}
      <FieldNotes field="genderIndicators" label={t('monev.report.fields.genderIndicators')} />
    </Card>
  );
}

function IndicatorField({
  field,
  id,
  indicator,
  typed,
  readOnly,
  onChange,
}: {
  field: string;
  id: string;
  indicator: MonevReport['genderIndicators'][number];
  typed: string;
  readOnly: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const invalid = useInvalid(field, id);
  const achievement = shareOfTyped(indicator.target, typed);
  return (
    <Field
      field={field}
      id={id}
      label={t('monev.report.fields.indicator', { text: indicator.text })}
      extra={
        <>
          {t('monev.report.indicatorTarget', { target: indicator.target, unit: indicator.unit })}
          {achievement && <> · {t('monev.report.achievement', { share: formatShare(achievement) })}</>}
        </>
      }
    >
      <Input
        id={id}
        value={typed}
        readOnly={readOnly}
        style={{ width: 240 }}
        suffix={indicator.unit || undefined}
        {...invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** The achievement shown while typing, as the server computes it (domain/monev/flags.ts). */
function shareOfTyped(target: string, typed: string): string | null {
  return typed.trim() === '' ? null : indicatorAchievement(target, typed);
}

export function NotesSection({ draft, readOnly, change }: SectionProps) {
  const { t } = useTranslation();
  const kendala = useInvalid('kendala', 'monev-kendala');
  const tindak = useInvalid('tindakLanjut', 'monev-tindak-lanjut');
  return (
    <Card title={t('monev.report.sections.notes')} size="small" style={{ marginBottom: 16 }}>
      <Field field="kendala" id="monev-kendala" label={t('monev.report.fields.kendala')}>
        <Input.TextArea
          id="monev-kendala"
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={4000}
          value={draft.kendala}
          readOnly={readOnly}
          {...kendala}
          onChange={(e) => change((d) => ({ ...d, kendala: e.target.value }), 'kendala')}
        />
      </Field>
      <Field field="tindakLanjut" id="monev-tindak-lanjut" label={t('monev.report.fields.tindakLanjut')}>
        <Input.TextArea
          id="monev-tindak-lanjut"
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={4000}
          value={draft.tindakLanjut}
          readOnly={readOnly}
          {...tindak}
          onChange={(e) => change((d) => ({ ...d, tindakLanjut: e.target.value }), 'tindakLanjut')}
        />
      </Field>
    </Card>
  );
}

/** Realisation above the target or the pagu: accepted only with a confirmation and a reason. */
export function OverSection({
  draft,
  readOnly,
  change,
  over,
}: SectionProps & { over: { physical: boolean; pagu: boolean } }) {
  const { t } = useTranslation();
  const reason = useInvalid('overReason', 'monev-over-reason');
  const what = over.physical && over.pagu ? 'both' : over.physical ? 'physical' : 'pagu';
  return (
    <Card
      title={t('monev.report.sections.over')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="monev-over"
    >
      <Alert
        type="warning"
        showIcon
        title={t('monev.report.overTitle', { what: t(`monev.report.overWhat.${what}`) })}
        description={t('monev.report.overHelp')}
        style={{ marginBottom: 12 }}
      />
      <Checkbox
        checked={draft.overConfirmed}
        disabled={readOnly}
        onChange={(e) => change((d) => ({ ...d, overConfirmed: e.target.checked }), 'overConfirmed')}
      >
        {t('monev.report.overConfirm')}
      </Checkbox>
      <div style={{ height: 8 }} />
      <Field field="overReason" id="monev-over-reason" label={t('monev.report.fields.overReason')}>
        <Input.TextArea
          id="monev-over-reason"
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          value={draft.overReason}
          readOnly={readOnly}
          {...reason}
          onChange={(e) => change((d) => ({ ...d, overReason: e.target.value }), 'overReason')}
        />
      </Field>
    </Card>
  );
}
