import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_KINDS } from '../../../../domain/opd.ts';
import type { Opd, OpdKind } from '../../app/types.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useSaveOpd } from './api.ts';

interface Props {
  open: boolean;
  /** The OPD being edited; absent when adding a new one. */
  opd: Opd | null;
  regionCode: string;
  onClose: () => void;
}

interface Values {
  name: string;
  shortName: string;
  kind: OpdKind;
  sipdCode?: string;
}

const FIELDS = ['name', 'shortName', 'kind', 'sipdCode'] as const;

export function OpdFormModal({ open, opd, regionCode, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveOpd(regionCode);

  const initialValues: Partial<Values> = opd
    ? { name: opd.name, shortName: opd.shortName, kind: opd.kind, sipdCode: opd.sipdCode ?? '' }
    : { kind: 'dinas' };

  async function onFinish(values: Values) {
    const sipdCode = values.sipdCode?.trim() || null;
    const input = {
      name: values.name.trim(),
      shortName: values.shortName.trim(),
      kind: values.kind,
      // On create an empty code is simply left out; on edit null clears it.
      ...(opd ? { sipdCode } : sipdCode ? { sipdCode } : {}),
    };
    try {
      const saved = await save.mutateAsync({ id: opd?.id, input });
      message.success(t(opd ? 'opd.updated' : 'opd.created', { name: saved.name }));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, FIELDS);
      if (rest) message.error(rest);
    }
  }

  return (
    <Modal
      open={open}
      title={t(opd ? 'opd.editTitle' : 'opd.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        // Wrapping the whole dialog in the form lets Enter in any field submit it.
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void onFinish(v)}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
    >
      <Form.Item
        name="name"
        label={t('opd.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 200, message: t('opd.nameMax') },
        ]}
      >
        <Input autoFocus placeholder={t('opd.namePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="shortName"
        label={t('opd.shortName')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 40, message: t('opd.shortNameMax') },
        ]}
      >
        <Input placeholder={t('opd.shortNamePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('opd.kind')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select options={OPD_KINDS.map((k) => ({ value: k, label: t(`opdKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="sipdCode"
        label={t('opd.sipdCode')}
        extra={t('opd.sipdCodeHelp')}
        rules={[
          { pattern: /^\s*(\d+(\.\d+)*)?\s*$/, message: t('opd.sipdCodeFormat') },
          { max: 40, message: t('opd.sipdCodeFormat') },
        ]}
      >
        <Input placeholder={t('opd.sipdCodePlaceholder')} />
      </Form.Item>
    </Modal>
  );
}
