import { Alert, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ownersVisibleTo } from './access.ts';
import type { Indicator } from './api.ts';
import { RULE_OPERATORS, RULE_SEXES, type RuleOperator, type RuleSex } from './admin-api.ts';
import { positiveDecimalRule } from './decimalRule.ts';
import type { CatalogLabels } from './labels.ts';
import { OPERATOR_SIGNS, useRuleWords } from './ruleWords.ts';

export interface RuleFormValues {
  owner: string;
  leftIndicator: string;
  leftSex: RuleSex;
  operator: RuleOperator;
  rightFactor: string;
  rightIndicator: string;
  rightSex: RuleSex;
  messageId?: string;
  messageEn?: string;
}

/** Both sides of the rule and a live reading of it. */
export function RuleFields({ catalog, labels }: { catalog: Indicator[]; labels: CatalogLabels }) {
  const { t } = useTranslation();
  const words = useRuleWords(catalog);
  const values = Form.useWatch<Partial<RuleFormValues> | undefined>([]);
  const visible = new Set(ownersVisibleTo(values?.owner ?? ''));
  const required = { required: true, message: t('common.required') };
  const options = catalog
    .filter((i) => i.active && visible.has(i.ownerRegionCode))
    .map((i) => ({ value: i.code, label: `${labels.name(i)} (${i.code})` }));
  // A women-only indicator (maternal deaths) has no male value: P, L apply only as it has them.
  const applies = (code: string | undefined, sex: RuleSex) =>
    sex === 'T' || !code || (catalog.find((i) => i.code === code)?.sexes.includes(sex) ?? true);

  const side = (which: 'left' | 'right') => (
    <Row gutter={12}>
      <Col flex="auto">
        <Form.Item
          name={`${which}Indicator`}
          label={t(`validationRules.${which}`)}
          rules={[required]}
          style={{ minWidth: 0 }}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            placeholder={t('validationRules.chooseIndicator')}
            autoFocus={which === 'left'}
            data-testid={`rule-${which}`}
          />
        </Form.Item>
      </Col>
      <Col flex="none">
        <Form.Item
          name={`${which}Sex`}
          label={t('validationRules.sex')}
          dependencies={[`${which}Indicator`]}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, sex: RuleSex) => {
                if (!applies(getFieldValue(`${which}Indicator`), sex))
                  throw new Error(t('validationRules.sexNotApplicable'));
              },
            }),
          ]}
        >
          <Radio.Group
            optionType="button"
            options={RULE_SEXES.map((s) => ({
              value: s,
              label: t(`validationRules.sexShort.${s}`),
              disabled: !applies(values?.[`${which}Indicator`], s),
            }))}
            aria-label={t(`validationRules.${which}Sex`)}
          />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <>
      {side('left')}
      <Row gutter={12}>
        <Col flex="none">
          <Form.Item name="operator" label={t('validationRules.operator')} rules={[required]}>
            <Select
              style={{ width: 200 }}
              data-testid="rule-operator"
              options={RULE_OPERATORS.map((op) => ({
                value: op,
                label: `${OPERATOR_SIGNS[op]}  ${t(`validationRules.operators.${op}`)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col flex="none">
          <Form.Item
            name="rightFactor"
            label={t('validationRules.factor')}
            rules={[{ ...required, whitespace: true }, positiveDecimalRule(t)]}
          >
            <Input inputMode="decimal" style={{ width: 120 }} prefix="×" data-testid="rule-factor" />
          </Form.Item>
        </Col>
      </Row>
      {side('right')}
      <Alert
        type="info"
        title={t('validationRules.preview')}
        description={<span data-testid="rule-preview">{words(values ?? {})}</span>}
        style={{ marginBottom: 16 }}
      />
    </>
  );
}
