import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_KINDS } from '../../../../domain/opd.ts';
import type { Opd, OpdKind } from '../../app/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
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
  const save = useSaveOpd(regionCode);

  const initialValues: Partial<Values> = opd
    ? { name: opd.name, shortName: opd.shortName, kind: opd.kind, sipdCode: opd.sipdCode ?? '' }
    : { kind: 'dinas' };

  async function submit(values: Values) {
    const sipdCode = values.sipdCode?.trim() || null;
    const input = {
      name: values.name.trim(),
      shortName: values.shortName.trim(),
      kind: values.kind,
      // On create an empty code is simply left out; on edit null clears it.
      ...(opd ? { sipdCode } : sipdCode ? { sipdCode } : {}),
    };
    const saved = await save.mutateAsync({ id: opd?.id, input });
    return t(opd ? 'opd.updated' : 'opd.created', { name: saved.name });
  }

  return (
    <FormModal<Values>
      open={open}
      title={t(opd ? 'opd.editTitle' : 'opd.createTitle')}
      initialValues={initialValues}
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
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
    </FormModal>
  );
}
