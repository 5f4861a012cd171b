import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Col, Form, Input, Row, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  NARRATIVE_MAX_CHARS,
  NARRATIVE_SECTIONS,
  SIGNATORY_FIELDS,
  SIGNATORY_MAX_CHARS,
  type NarrativeSection,
  type SignatoryField,
} from '../../../../domain/annual-report/constants.ts';
import { formatDateTime } from '../../components/format.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { UnsavedChangesGuard } from '../values/UnsavedChangesGuard.tsx';
import type { ReportVersion, SaveVersion } from './api.ts';

export interface NarrativeValues {
  narrative: Record<NarrativeSection, string>;
  signatory: Record<SignatoryField, string>;
}
const FIELDS = ['narrative', 'signatory', 'baseVersion'] as const;

export function valuesOf(
  draft: ReportVersion | null,
  defaultSignatory: Record<SignatoryField, string>,
): NarrativeValues {
  return {
    narrative: Object.fromEntries(
      NARRATIVE_SECTIONS.map((s) => [s, draft?.narrative[s] ?? '']),
    ) as NarrativeValues['narrative'],
    signatory: Object.fromEntries(
      SIGNATORY_FIELDS.map((f) => [f, draft ? (draft.signatory[f] ?? '') : (defaultSignatory[f] ?? '')]),
    ) as NarrativeValues['signatory'],
  };
}

/** How many fields differ from the saved text (the unsaved-changes guard counts them). */
export function changesBetween(a: NarrativeValues, b: NarrativeValues): number {
  return (
    NARRATIVE_SECTIONS.filter((s) => (a.narrative[s] ?? '') !== (b.narrative[s] ?? '')).length +
    SIGNATORY_FIELDS.filter((f) => (a.signatory[f] ?? '') !== (b.signatory[f] ?? '')).length
  );
}

interface Props {
  year: number;
  draft: ReportVersion | null;
  defaultSignatory: Record<SignatoryField, string>;
  canEdit: boolean;
  saving: boolean;
  save: (body: SaveVersion) => Promise<ReportVersion>;
  onDirtyChange: (count: number) => void;
}

/**
 * The narrative sections and the signature block. "Simpan draf" adds a version (the server
 * refuses one saved from an older version than the latest); leaving with unsaved text asks first.
 */
export function NarrativeEditor({
  year,
  draft,
  defaultSignatory,
  canEdit,
  saving,
  save,
  onDirtyChange,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NarrativeValues>();
  const saved = useMemo(() => valuesOf(draft, defaultSignatory), [draft, defaultSignatory]);
  // Changes counted against the text they were typed over; a new saved text starts at none.
  const [typed, setTyped] = useState({ base: saved, count: 0 });
  const changes = typed.base === saved ? typed.count : 0;

  // A year read, a save or a restore fills the form anew.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(saved);
  }, [saved, form]);
  useEffect(() => onDirtyChange(changes), [changes, onDirtyChange]);

  const onFinish = useFormSubmit<NarrativeValues>(
    form,
    FIELDS,
    async (v) => {
      const next = await save({
        year,
        baseVersion: draft?.version ?? null,
        narrative: v.narrative,
        signatory: v.signatory,
        restoredFrom: null,
      });
      return next.version === draft?.version
        ? t('annualReport.editor.unchanged')
        : t('annualReport.editor.saved', { version: next.version });
    },
    () => undefined,
  );

  return (
    <Form<NarrativeValues>
      form={form}
      layout="vertical"
      disabled={!canEdit || saving}
      onFinish={onFinish}
      onValuesChange={(_, all) => setTyped({ base: saved, count: changesBetween(all, saved) })}
      data-testid="annual-editor"
    >
      <UnsavedChangesGuard count={changes} />
      {!canEdit && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('annualReport.editor.readOnly')} />
      )}
      <Typography.Paragraph type="secondary" data-testid="annual-draft-state">
        {draft
          ? t('annualReport.editor.state', {
              version: draft.version,
              at: formatDateTime(draft.createdAt),
              name: draft.createdBy?.name ?? '–',
            })
          : t('annualReport.editor.noDraft')}
      </Typography.Paragraph>
      {NARRATIVE_SECTIONS.map((s) => (
        <Form.Item
          key={s}
          name={['narrative', s]}
          label={t(`annualReport.narrative.${s}`)}
          extra={t(`annualReport.narrative.${s}Hint`)}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 16 }}
            maxLength={NARRATIVE_MAX_CHARS}
            showCount
            data-testid={`annual-narrative-${s}`}
          />
        </Form.Item>
      ))}
      <Typography.Title level={5}>{t('annualReport.signatory.title')}</Typography.Title>
      <Row gutter={16}>
        {SIGNATORY_FIELDS.map((f) => (
          <Col key={f} xs={24} md={12}>
            <Form.Item name={['signatory', f]} label={t(`annualReport.signatory.${f}`)}>
              <Input maxLength={SIGNATORY_MAX_CHARS} data-testid={`annual-signatory-${f}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {canEdit && (
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={saving}
          data-testid="annual-save"
        >
          {t('annualReport.editor.save')}
        </Button>
      )}
    </Form>
  );
}
