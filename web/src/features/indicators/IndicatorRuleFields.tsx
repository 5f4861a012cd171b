import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGGREGATIONS } from '../../../../domain/indicators.ts';
import { ownersVisibleTo } from './access.ts';
import type { DimensionSet, Indicator } from './api.ts';
import { positiveDecimalRule } from './decimalRule.ts';
import { SEX_CHOICES, type IndicatorFormValues } from './indicatorForm.ts';
import type { CatalogLabels } from './labels.ts';

interface Props {
  catalog: Indicator[];
  sets: DimensionSet[];
  labels: CatalogLabels;
  /** The indicator being edited, which cannot be its own numerator or denominator. */
  selfCode: string | null;
}

/** How an indicator's values combine, break down and are checked; and its references. */
export function IndicatorRuleFields({ catalog, sets, labels, selfCode }: Props) {
  const { t } = useTranslation();
  const aggregation = Form.useWatch<IndicatorFormValues['aggregation']>('aggregation');
  const owner = Form.useWatch<string>('owner') ?? '';
  const visible = new Set(ownersVisibleTo(owner));
  const required = { required: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('indicatorsAdmin.maxChars', { n }) });

  // A rate is recomputed from counts (they add up over regions), so only counts qualify.
  const partOptions = catalog
    .filter(
      (i) => i.aggregation === 'sum' && i.active && i.code !== selfCode && visible.has(i.ownerRegionCode),
    )
    .map((i) => ({ value: i.code, label: `${labels.name(i)} (${i.code})` }));
  const setOptions = sets
    .filter((s) => visible.has(s.ownerRegionCode))
    .map((s) => ({ value: s.code, label: `${labels.setName(s.code)} (${s.members.length})` }));
  const partSelect = (testId: string) => (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      options={partOptions}
      placeholder={t('indicatorsAdmin.chooseCount')}
      notFoundContent={t('indicatorsAdmin.noCounts')}
      // Indicator names are long; the list may be wider than its narrow field.
      popupMatchSelectWidth={480}
      data-testid={testId}
    />
  );

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="aggregation" label={t('indicators.aggregation')} rules={[required]}>
          <Radio.Group options={AGGREGATIONS.map((a) => ({ value: a, label: t(`data.aggregation.${a}`) }))} />
        </Form.Item>
      </Col>
      {aggregation === 'ratio' && (
        <>
          <Col xs={24} md={9}>
            <Form.Item name="numeratorCode" label={t('indicators.numerator')} rules={[required]}>
              {partSelect('indicator-numerator')}
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="denominatorCode" label={t('indicators.denominator')} rules={[required]}>
              {partSelect('indicator-denominator')}
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="multiplier"
              label={t('indicators.multiplier')}
              rules={[{ ...required, whitespace: true }, positiveDecimalRule(t)]}
              extra={t('indicatorsAdmin.multiplierHelp')}
            >
              <Input inputMode="decimal" placeholder="100" />
            </Form.Item>
          </Col>
        </>
      )}
      <Col span={24}>
        <Form.Item
          name="dimensions"
          label={t('indicators.dimensions')}
          extra={selfCode ? t('indicatorsAdmin.dimensionsEditHelp') : t('indicatorsAdmin.dimensionsHelp')}
        >
          <Select
            mode="multiple"
            maxCount={4}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={setOptions}
            placeholder={t('indicatorsAdmin.dimensionsPlaceholder')}
            data-testid="indicator-dimensions"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="sexes" label={t('indicators.sexes')} rules={[required]}>
          <Radio.Group
            optionType="button"
            options={SEX_CHOICES.map((s) => ({ value: s, label: t(`indicatorsAdmin.sexChoice.${s}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="decimals" label={t('indicators.decimals')} rules={[required]}>
          <InputNumber min={0} max={6} precision={0} style={{ width: 96 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="jumpWarningPct"
          label={t('indicators.jumpWarning')}
          extra={t('indicatorsAdmin.jumpHelp')}
          rules={[positiveDecimalRule(t)]}
        >
          <Input inputMode="decimal" suffix="%" placeholder="50" style={{ maxWidth: 160 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="percentBounded" label={t('indicatorsAdmin.bounds')} valuePropName="checked">
          <Checkbox>{t('indicators.percentBounded')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="responsibleOpdHint"
          label={t('indicatorsAdmin.opdHint')}
          extra={t('indicatorsAdmin.opdHintHelp')}
          rules={[max(40)]}
        >
          <Input placeholder={t('indicatorsAdmin.opdHintPlaceholder')} style={{ maxWidth: 240 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="sdg" label={t('indicatorsAdmin.sdg')} rules={[max(100)]}>
          <Input placeholder="5.5.1" style={{ maxWidth: 160 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
