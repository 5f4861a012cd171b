import { App as AntApp, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AGE_GROUPS,
  FAMILY_DIMENSIONS,
  SERVICE_KIND_DEFS,
  TARGET_GROUPS,
  isFamilyKind,
} from '../../../../domain/institution-services/constants.ts';
import { ageTotal } from '../../../../domain/institution-services/totals.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { formatNumber } from '../../components/format.ts';
import { useSaveRecord, type ServiceRecord, type ServiceRecordInput } from './api.ts';

// `ageGroups` (the sum) has no field of its own: its message comes as a toast beside the live total.
const FIELDS = [
  'institutionId',
  'period',
  'kind',
  'servicesCount',
  'female',
  'male',
  'targetGroups',
  'familyDimensions',
  'note',
];

interface Props {
  regionCode: string;
  institutions: { id: string; name: string }[];
  record: ServiceRecord | null;
  onClose: () => void;
}

const zeroAges = Object.fromEntries(AGE_GROUPS.map((g) => [g, 0]));

/** One service record: institution, period, kind, beneficiaries by sex, age and target group. */
export function RecordFormModal({ regionCode, institutions, record, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ServiceRecordInput>();
  const save = useSaveRecord(regionCode);
  const kind = Form.useWatch('kind', form);
  const female = Form.useWatch('female', form) ?? 0;
  const male = Form.useWatch('male', form) ?? 0;
  const ages = Form.useWatch('ageGroups', form) ?? zeroAges;
  const family = !!kind && isFamilyKind(kind);
  const initial: Partial<ServiceRecordInput> = record
    ? {
        ...record,
        targetGroups: Object.fromEntries(Object.entries(record.targetGroups).filter(([, v]) => v !== null)),
      }
    : {
        institutionId: institutions.length === 1 ? institutions[0].id : undefined,
        ageGroups: zeroAges as never,
        servicesCount: 0,
        female: 0,
        male: 0,
      };

  const submit = async (values: ServiceRecordInput) => {
    const targetGroups = Object.fromEntries(
      Object.entries(values.targetGroups ?? {}).filter(([, v]) => v !== null && v !== undefined),
    );
    try {
      await save.mutateAsync({
        id: record?.id,
        version: record?.version,
        body: { ...values, targetGroups, familyDimensions: family ? (values.familyDimensions ?? []) : [] },
      });
      void message.success(t('institutionServices.saved'));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, FIELDS);
      if (rest) void message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={record ? t('institutionServices.edit') : t('institutionServices.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="institutionId"
              label={t('institutionServices.institution')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={institutions.map((i) => ({ value: i.id, label: i.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item
              name="period"
              label={t('institutionServices.period')}
              tooltip={t('institutionServices.periodHelp')}
              rules={[{ required: true }]}
            >
              <Input placeholder="2025-Q2" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="kind" label={t('institutionServices.kind')} rules={[{ required: true }]}>
              <Select
                options={SERVICE_KIND_DEFS.map((k) => ({
                  value: k.code,
                  label: `${t(`institutionServices.kinds.${k.code}`)} (${t(`institutionServices.fields.${k.field}`)})`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {(['servicesCount', 'female', 'male'] as const).map((f) => (
            <Col span={8} key={f}>
              <Form.Item name={f} label={t(`institutionServices.${f}`)} rules={[{ required: true }]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Text strong>{t('institutionServices.ageGroups')}</Typography.Text>
        <Row gutter={8}>
          {AGE_GROUPS.map((g) => (
            <Col flex={1} key={g}>
              <Form.Item
                name={['ageGroups', g]}
                label={t(`institutionServices.ages.${g}`)}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph
          type={ageTotal(ages) === female + male ? 'secondary' : 'danger'}
          aria-live="polite"
        >
          {t('institutionServices.ageTotal', {
            age: formatNumber(ageTotal(ages)),
            total: formatNumber(female + male),
          })}
        </Typography.Paragraph>
        <Typography.Text strong>{t('institutionServices.targetGroups')}</Typography.Text>
        <Row gutter={8}>
          {TARGET_GROUPS.map((g) => (
            <Col flex={1} key={g}>
              <Form.Item name={['targetGroups', g]} label={t(`institutionServices.groups.${g}`)}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {family && (
          <Form.Item
            name="familyDimensions"
            label={t('institutionServices.familyDimensions')}
            rules={[{ required: true }]}
          >
            <Checkbox.Group
              options={FAMILY_DIMENSIONS.map((d) => ({
                value: d,
                label: t(`institutionServices.dimensions.${d}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('institutionServices.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
