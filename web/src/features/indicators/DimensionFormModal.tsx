import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCreateDimensionSet, type DimensionSetInput } from './admin-api.ts';
import { CatalogFormModal } from './CatalogFormModal.tsx';
import { OwnerField } from './OwnerField.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';

interface Props {
  open: boolean;
  owners: string[];
  regionName: string;
  onClose: () => void;
}

interface Values {
  owner: string;
  code: string;
  nameId: string;
  nameEn: string;
  members: { code?: string; labelId?: string; labelEn?: string }[];
}

const FORM_NAME = 'dimension';
const FIELDS = ['owner', 'code', 'nameId', 'nameEn', 'members'] as const;
const RENAMES = { ownerRegionCode: 'owner' };
const SET_CODE = /^[a-z0-9_]{2,40}$/;
const MEMBER_CODE = /^[a-z0-9_+-]{1,40}$/;
const EMPTY_MEMBER = { code: '', labelId: '', labelEn: '' };
/** Codes are typed freely and kept in the catalog's lower-case form. */
const lowerCode = (v: string) => v.toLowerCase().replace(/\s+/g, '_');

/**
 * Defining a new dimension set with its members in order. Sets cannot be changed afterwards
 * (the API has no update), so the dialog says so before saving.
 */
export function DimensionFormModal({ open, owners, regionName, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateDimensionSet();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max200 = { max: 200, message: t('indicatorsAdmin.maxChars', { n: 200 }) };

  async function action(values: Values) {
    const input: DimensionSetInput = {
      code: values.code.trim(),
      ownerRegionCode: values.owner,
      nameId: values.nameId.trim(),
      nameEn: values.nameEn.trim(),
      members: values.members.map((m) => ({
        code: (m.code ?? '').trim(),
        labelId: (m.labelId ?? '').trim(),
        labelEn: (m.labelEn ?? '').trim(),
      })),
    };
    const saved = await create.mutateAsync(input);
    return t('dimensionSets.created', { name: saved.nameId, n: saved.members.length });
  }
  const submit = useFormSubmit(form, FIELDS, action, onClose, { rename: RENAMES });

  function addRow(add: (v: typeof EMPTY_MEMBER) => void, index: number) {
    add({ ...EMPTY_MEMBER });
    // Keyboard users continue typing in the row they just added.
    requestAnimationFrame(() => document.getElementById(`${FORM_NAME}_members_${index}_code`)?.focus());
  }

  return (
    <CatalogFormModal<Values>
      open={open}
      title={t('dimensionSets.addTitle')}
      width={820}
      form={form}
      name={FORM_NAME}
      initialValues={{ owner: owners[0], members: [{ ...EMPTY_MEMBER }, { ...EMPTY_MEMBER }] }}
      pending={create.isPending}
      onFinish={(v) => void submit(v)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('dimensionSets.formIntro')}</Typography.Paragraph>
      <OwnerField owners={owners} editing={false} regionName={regionName} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('dimensionSets.code')}
            extra={t('dimensionSets.codeHelp')}
            normalize={lowerCode}
            rules={[required, { pattern: SET_CODE, message: t('dimensionSets.codeFormat') }]}
          >
            <Input autoFocus placeholder="kelurahan" data-testid="dimension-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameId" label={t('dimensionSets.nameId')} rules={[required, max200]}>
            <Input placeholder={t('dimensionSets.nameIdPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameEn" label={t('dimensionSets.nameEn')} rules={[required, max200]}>
            <Input placeholder={t('dimensionSets.nameEnPlaceholder')} lang="en" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('dimensionSets.members')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('dimensionSets.membersHelp')}
      </Typography.Paragraph>
      <Form.List
        name="members"
        rules={[
          {
            validator: async (_, members: Values['members'] | undefined) => {
              if (!members || members.length < 2) throw new Error(t('dimensionSets.atLeastTwo'));
              const codes = members.map((m) => m?.code?.trim()).filter(Boolean);
              if (new Set(codes).size !== codes.length) throw new Error(t('dimensionSets.duplicateCodes'));
            },
          },
        ]}
      >
        {(rows, { add, remove }, { errors }) => (
          <div role="group" aria-label={t('dimensionSets.members')} data-testid="member-rows">
            {rows.map(({ key, name }, index) => (
              <Row key={key} gutter={8} align="top" wrap={false}>
                <Col flex="none" style={{ width: 28, paddingTop: 5, textAlign: 'end' }}>
                  <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                </Col>
                <Col flex="180px">
                  <Form.Item
                    name={[name, 'code']}
                    normalize={lowerCode}
                    rules={[required, { pattern: MEMBER_CODE, message: t('dimensionSets.memberCodeFormat') }]}
                  >
                    <Input
                      placeholder={t('dimensionSets.memberCode')}
                      aria-label={t('dimensionSets.memberCodeOf', { n: index + 1 })}
                    />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[name, 'labelId']} rules={[required, max200]}>
                    <Input
                      placeholder={t('dimensionSets.memberLabelId')}
                      aria-label={t('dimensionSets.memberLabelIdOf', { n: index + 1 })}
                    />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[name, 'labelEn']} rules={[required, max200]}>
                    <Input
                      lang="en"
                      placeholder={t('dimensionSets.memberLabelEn')}
                      aria-label={t('dimensionSets.memberLabelEnOf', { n: index + 1 })}
                    />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('dimensionSets.removeMember', { n: index + 1 })}
                    disabled={rows.length <= 2}
                    onClick={() => remove(name)}
                  />
                </Col>
              </Row>
            ))}
            {/* Inside a Form.Item the list's own errors get the form's error colour. */}
            <Form.Item>
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => addRow(add, rows.length)}
                disabled={rows.length >= 200}
                style={{ marginTop: 4 }}
              >
                {t('dimensionSets.addMember')}
              </Button>
            </Form.Item>
          </div>
        )}
      </Form.List>
    </CatalogFormModal>
  );
}
