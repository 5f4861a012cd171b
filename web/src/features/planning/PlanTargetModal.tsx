import { Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { formatDecimal } from '../../components/format.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useIndicatorCatalog } from '../indicators/api.ts';
import { useSavePlanTarget, type PlanTarget, type RpjmdPeriod } from './api-recap.ts';

interface Props {
  open: boolean;
  target: PlanTarget | null;
  period: RpjmdPeriod;
  /** null: an RPJMD goal; an id: a goal of that OPD's Renstra. */
  opdId: string | null;
  regionCode: string;
  /** Where a new goal goes in the list. */
  nextOrder: number;
  onClose: () => void;
}

interface Values {
  kind: 'tujuan' | 'sasaran';
  statement: string;
  indicatorName: string;
  indicatorCode?: string | null;
  isGender: boolean;
  unit: string;
  years: Record<string, string>;
}

const FIELDS = ['kind', 'statement', 'indicatorName', 'indicatorCode', 'isGender', 'unit', 'years'] as const;

function yearsOf(period: RpjmdPeriod): number[] {
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
}

/** Picks the data terpilah catalog indicator a goal is measured by, filling name and unit. */
function CatalogIndicatorField({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const catalog = useIndicatorCatalog(regionCode);
  const en = currentLanguage() === 'en';
  const active = (catalog.data ?? []).filter((i) => i.active);
  return (
    <Form.Item
      name="indicatorCode"
      label={t('planning.targets.catalog')}
      extra={t('planning.targets.catalogHelp')}
    >
      <Select<string>
        allowClear
        loading={catalog.isPending}
        placeholder={t('planning.targets.catalogPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        options={active.map((i) => ({ value: i.code, label: `${en ? i.nameEn : i.nameId} (${i.code})` }))}
        onChange={(code) => {
          const found = active.find((i) => i.code === code);
          if (!found) return;
          const current = form.getFieldsValue();
          // Catalog indicators are sex-disaggregated: they are gender indicators by nature.
          form.setFieldsValue({
            indicatorName: current.indicatorName?.trim()
              ? current.indicatorName
              : en
                ? found.nameEn
                : found.nameId,
            unit: current.unit?.trim() ? current.unit : found.unit,
            isGender: true,
          });
        }}
      />
    </Form.Item>
  );
}

/** A goal (tujuan) or target (sasaran) with its indicator and one target per year of the period. */
export function PlanTargetModal({ open, target, period, opdId, regionCode, nextOrder, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSavePlanTarget(period.id, opdId);
  const years = yearsOf(period);

  const initialValues: Partial<Values> = target
    ? {
        kind: target.kind,
        statement: target.statement,
        indicatorName: target.indicatorName,
        indicatorCode: target.indicatorCode,
        isGender: target.isGender,
        unit: target.unit,
        years: Object.fromEntries(Object.entries(target.yearTargets).map(([y, v]) => [y, formatDecimal(v)])),
      }
    : { kind: 'sasaran', isGender: false, years: {} };

  async function submit(values: Values) {
    const yearTargets: Record<string, string> = {};
    for (const y of years) {
      const parsed = parseDecimal(values.years?.[String(y)] ?? '');
      if (parsed.ok) yearTargets[String(y)] = parsed.value;
    }
    await save.mutateAsync({
      id: target?.id,
      input: {
        kind: values.kind,
        statement: values.statement.trim(),
        indicatorName: values.indicatorName.trim(),
        indicatorCode: values.indicatorCode || null,
        isGender: values.isGender,
        unit: (values.unit ?? '').trim(),
        yearTargets,
        ...(target ? {} : { sortOrder: nextOrder }),
      },
    });
    return t(target ? 'planning.targets.updated' : 'planning.targets.created');
  }

  return (
    <FormModal<Values>
      open={open}
      title={t(target ? 'planning.targets.editTitle' : 'planning.targets.createTitle')}
      initialValues={initialValues}
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('planning.targets.kind')}>
        <Radio.Group
          options={[
            { value: 'tujuan', label: t('planning.targets.kinds.tujuan') },
            { value: 'sasaran', label: t('planning.targets.kinds.sasaran') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="statement"
        label={t('planning.targets.statement')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('planning.targets.statementPlaceholder')}
        />
      </Form.Item>
      <CatalogIndicatorField regionCode={regionCode} />
      <Form.Item
        name="indicatorName"
        label={t('planning.targets.indicator')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('planning.targets.indicatorPlaceholder')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="unit" label={t('planning.targets.unit')}>
            <Input placeholder={t('planning.targets.unitPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="isGender" label={t('planning.targets.gender')} valuePropName="checked">
            <Checkbox>{t('planning.targets.isGender')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('planning.targets.yearTargets')}
      </Typography.Text>
      <Flex gap={8}>
        {years.map((y) => (
          <div key={y} style={{ flex: 1, minWidth: 0 }}>
            <Form.Item
              name={['years', String(y)]}
              label={String(y)}
              rules={[
                {
                  validator: async (_r, value: string | undefined) => {
                    const parsed = parseDecimal(value ?? '');
                    if (!parsed.ok && parsed.reason !== 'empty')
                      throw new Error(t('planning.targets.notNumber'));
                  },
                },
              ]}
            >
              <Input inputMode="decimal" aria-label={t('planning.targets.targetYear', { year: y })} />
            </Form.Item>
          </div>
        ))}
      </Flex>
    </FormModal>
  );
}
