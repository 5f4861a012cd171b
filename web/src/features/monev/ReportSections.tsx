import { Alert, Card, Checkbox, Flex, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTRY_MODES } from '../../../../domain/monev/constants.ts';
import { indicatorAchievement } from '../../../../domain/monev/flags.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { formatRupiah, formatShare, shareOf } from '../../components/money.ts';
import type { MonevReport } from './api.ts';
import { amountPair, decimalText, type Draft } from './draft.ts';
import { Field, FieldNotes, useInvalid } from './FieldShell.tsx';
import { Both, type SectionProps } from './sectionParts.tsx';

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
