import { Card, Checkbox, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AGE_GROUPS,
  TARGET_GROUPS,
  type AgeGroup,
  type TargetGroup,
} from '../../../../domain/monev/constants.ts';
import { formatNumber } from '../../components/format.ts';
import { countPair, type Draft, type Sex, type SexTexts } from './draft.ts';
import { Field, FieldNotes, useInvalid } from './FieldShell.tsx';
import { Both, SEXES, type SectionProps } from './sectionParts.tsx';

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
