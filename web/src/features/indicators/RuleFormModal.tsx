import { Alert, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import { formatDecimal } from '../../components/format.ts';
import { ownersVisibleTo } from './access.ts';
import type { Indicator } from './api.ts';
import {
  RULE_OPERATORS,
  RULE_SEXES,
  useSaveRule,
  type RuleInput,
  type RuleOperator,
  type RuleSex,
  type ValidationRule,
} from './admin-api.ts';
import { positiveDecimalRule } from './decimalRule.ts';
import type { CatalogLabels } from './labels.ts';
import { OwnerField } from './OwnerField.tsx';
import { CatalogFormModal } from './CatalogFormModal.tsx';
import { useCatalogFormSubmit } from './useCatalogFormSubmit.ts';
import { OPERATOR_SIGNS, useRuleWords, type RuleParts } from './ruleWords.ts';

interface Props {
  open: boolean;
  /** The rule being edited; null adds one. */
  rule: ValidationRule | null;
  catalog: Indicator[];
  labels: CatalogLabels;
  owners: string[];
  regionName: string;
  onClose: () => void;
}

interface Values {
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

const FIELDS = [
  'owner',
  'leftIndicator',
  'leftSex',
  'operator',
  'rightFactor',
  'rightIndicator',
  'rightSex',
  'messageId',
  'messageEn',
] as const;

const canonical = (factor: string) => {
  const parsed = parseDecimal(factor);
  return parsed.ok ? parsed.value : factor.trim();
};

/** Adding or editing a rule "left (sex) OP factor × right (sex)" with its message. */
export function RuleFormModal({ open, rule, catalog, labels, owners, regionName, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveRule();
  const words = useRuleWords(catalog);
  const max300 = { max: 300, message: t('catalogAdmin.maxChars', { n: 300 }) };

  const initialValues: Partial<Values> = rule
    ? { ...rule, owner: rule.ownerRegionCode, rightFactor: formatDecimal(rule.rightFactor) }
    : { owner: owners[0], leftSex: 'T', operator: '<=', rightFactor: '1', rightSex: 'T' };

  async function action(values: Values) {
    const parts: RuleParts = {
      leftIndicator: values.leftIndicator,
      leftSex: values.leftSex,
      operator: values.operator,
      rightIndicator: values.rightIndicator,
      rightSex: values.rightSex,
      rightFactor: canonical(values.rightFactor),
    };
    // An empty message is the rule itself in words, in each language.
    const input: RuleInput = {
      ...parts,
      messageId: values.messageId?.trim() || words(parts, 'id'),
      messageEn: values.messageEn?.trim() || words(parts, 'en'),
    };
    const saved = rule
      ? await save.mutateAsync({ id: rule.id, patch: input })
      : await save.mutateAsync({ create: { ...input, ownerRegionCode: values.owner } });
    return t(rule ? 'validationRules.updated' : 'validationRules.created', { id: saved.id });
  }
  const submit = useCatalogFormSubmit(form, FIELDS, action, onClose, { ownerRegionCode: 'owner' });

  return (
    <CatalogFormModal<Values>
      open={open}
      title={rule ? t('validationRules.editTitle', { id: rule.id }) : t('validationRules.addTitle')}
      width={720}
      form={form}
      name="rule"
      initialValues={initialValues}
      pending={save.isPending}
      onFinish={(v) => void submit(v)}
      onClose={onClose}
    >
      <OwnerField owners={owners} editing={rule !== null} regionName={regionName} />
      <RuleFields catalog={catalog} labels={labels} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="messageId" label={t('validationRules.messageId')} rules={[max300]}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 4 }}
              placeholder={t('validationRules.messageHelp')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="messageEn" label={t('validationRules.messageEn')} rules={[max300]}>
            <Input.TextArea
              lang="en"
              autoSize={{ minRows: 2, maxRows: 4 }}
              placeholder={t('validationRules.messageHelp')}
            />
          </Form.Item>
        </Col>
      </Row>
    </CatalogFormModal>
  );
}

/** Both sides of the rule and a live reading of it. */
function RuleFields({ catalog, labels }: { catalog: Indicator[]; labels: CatalogLabels }) {
  const { t } = useTranslation();
  const words = useRuleWords(catalog);
  const values = Form.useWatch<Partial<Values> | undefined>([]);
  const visible = new Set(ownersVisibleTo(values?.owner ?? ''));
  const required = { required: true, message: t('common.required') };
  const options = catalog
    .filter((i) => i.active && visible.has(i.ownerRegionCode))
    .map((i) => ({ value: i.code, label: `${labels.name(i)} (${i.code})` }));

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
        <Form.Item name={`${which}Sex`} label={t('validationRules.sex')} rules={[required]}>
          <Radio.Group
            optionType="button"
            options={RULE_SEXES.map((s) => ({ value: s, label: t(`validationRules.sexShort.${s}`) }))}
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
