import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import { formatDecimal } from '../../components/format.ts';
import type { Indicator } from './api.ts';
import { useSaveRule, type RuleInput, type ValidationRule } from './admin-api.ts';
import { CatalogFormModal } from './CatalogFormModal.tsx';
import type { CatalogLabels } from './labels.ts';
import { OwnerField } from './OwnerField.tsx';
import { RuleFields, type RuleFormValues } from './RuleFields.tsx';
import { useRuleWords, type RuleParts } from './ruleWords.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';

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
  const [form] = Form.useForm<RuleFormValues>();
  const save = useSaveRule();
  const words = useRuleWords(catalog);
  const max300 = { max: 300, message: t('indicatorsAdmin.maxChars', { n: 300 }) };

  const initialValues: Partial<RuleFormValues> = rule
    ? { ...rule, owner: rule.ownerRegionCode, rightFactor: formatDecimal(rule.rightFactor) }
    : { owner: owners[0], leftSex: 'T', operator: '<=', rightFactor: '1', rightSex: 'T' };

  async function action(values: RuleFormValues) {
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
  const submit = useFormSubmit(form, FIELDS, action, onClose, { rename: { ownerRegionCode: 'owner' } });

  return (
    <CatalogFormModal<RuleFormValues>
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
