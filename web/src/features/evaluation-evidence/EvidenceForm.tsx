import { Button, DatePicker, Form, Input, InputNumber, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, uploadableKinds } from '../../../../domain/evaluation/evidence-kinds.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useEvidenceWrites, type EvidenceDocument, type EvidenceList } from './api.ts';

interface Values {
  kind: string;
  year: number;
  title: string;
  note?: string;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
  opdId?: string | null;
  file?: UploadFile[];
}

const FIELDS = ['kind', 'year', 'title', 'note', 'validFrom', 'validUntil', 'opdId', 'file'] as const;
const REGION_DOCUMENT = '';

export type EvidenceFormTarget = { mode: 'upload'; kind?: string } | { mode: 'edit'; doc: EvidenceDocument };

interface Props {
  regionCode: string;
  year: number;
  list: EvidenceList;
  target: EvidenceFormTarget | null;
  onClose: () => void;
}

const isoOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Upload a document, or edit an uploaded document's description (its file stays). */
export function EvidenceForm({ regionCode, year, list, target, onClose }: Props) {
  const { t } = useTranslation();
  const { upload, update } = useEvidenceWrites(regionCode);
  const lang = currentLanguage();
  const editing = target?.mode === 'edit' ? target.doc : null;
  const uploadable = new Set<string>(uploadableKinds());
  const kindOptions = EVIDENCE_KINDS.filter((k) => uploadable.has(k.code)).map((k) => ({
    value: k.code,
    label: k.label[lang],
  }));
  // DP3A may leave the OPD empty (a region document); an operator's upload is its OPD's.
  const opdOptions = [
    ...(list.canManage ? [{ value: REGION_DOCUMENT, label: t('evaluationEvidence.fields.opdRegion') }] : []),
    ...list.opds.map((o) => ({ value: o.id, label: o.name })),
  ];
  const initialValues: Partial<Values> = editing
    ? {
        kind: editing.kind,
        year: editing.year,
        title: editing.title,
        note: editing.note,
        validFrom: editing.validFrom ? dayjs(editing.validFrom) : null,
        validUntil: editing.validUntil ? dayjs(editing.validUntil) : null,
        opdId: editing.opd?.id ?? REGION_DOCUMENT,
      }
    : {
        kind: target?.mode === 'upload' ? target.kind : undefined,
        year,
        opdId: list.canManage ? REGION_DOCUMENT : list.opds[0]?.id,
      };

  const submit = async (v: Values) => {
    const fields = {
      kind: v.kind,
      year: Number(v.year),
      title: v.title,
      note: v.note ?? '',
      validFrom: isoOf(v.validFrom),
      validUntil: isoOf(v.validUntil),
      opdId: v.opdId ? v.opdId : null,
    };
    if (editing) {
      await update.mutateAsync({ id: editing.id, body: { ...fields, version: editing.version } });
      return t('evaluationEvidence.saved');
    }
    const file = v.file?.[0]?.originFileObj;
    if (!file) throw new Error(t('evaluationEvidence.fileRequired'));
    const doc = await upload.mutateAsync({ ...fields, file });
    return t('evaluationEvidence.uploaded', { title: doc.title });
  };

  return (
    <FormModal<Values>
      open={target !== null}
      title={editing ? t('evaluationEvidence.editTitle') : t('evaluationEvidence.upload')}
      initialValues={initialValues}
      fields={FIELDS}
      pending={upload.isPending || update.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('evaluationEvidence.fields.kind')} rules={[{ required: true }]}>
        <Select options={kindOptions} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="year" label={t('evaluationEvidence.fields.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('evaluationEvidence.fields.title')}
        extra={t('evaluationEvidence.fields.titleHelp')}
        rules={[{ required: true, whitespace: true, max: 300 }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="opdId" label={t('evaluationEvidence.fields.opdId')}>
        <Select options={opdOptions} showSearch optionFilterProp="label" disabled={!list.canManage} />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label={t('evaluationEvidence.fields.validFrom')}
        extra={t('evaluationEvidence.fields.validityHelp')}
      >
        <DatePicker format="DD-MM-YYYY" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="validUntil" label={t('evaluationEvidence.fields.validUntil')}>
        <DatePicker format="DD-MM-YYYY" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label={t('evaluationEvidence.fields.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {!editing && (
        <Form.Item
          name="file"
          label={t('evaluationEvidence.fields.file')}
          extra={t('evaluationEvidence.fields.fileHelp')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, message: t('evaluationEvidence.fileRequired') }]}
        >
          <Upload
            beforeUpload={() => false}
            maxCount={1}
            accept="application/pdf,image/png,image/jpeg,image/webp,.docx,.xlsx"
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('evaluationEvidence.fields.choose')}</Button>
          </Upload>
        </Form.Item>
      )}
    </FormModal>
  );
}
