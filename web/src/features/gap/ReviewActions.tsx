import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { GAP_STEPS } from '../../../../domain/planning/gap-content.ts';
import { torExists } from '../../../../domain/planning/gap-progress.ts';
import { approvalFor } from './access.ts';
import { usePartName } from './labels.ts';
import { useDecision, type CommentTarget, type GapView } from './api.ts';

interface Values {
  body: string;
  target?: CommentTarget;
}

const FIELDS = ['body', 'target'] as const;

/**
 * The reviewer's two decisions on a submitted document: ask for revision (with a note) or
 * approve. Whoever submitted it is not offered approval (separation of duties) unless the
 * region waived that, and then the dialog says the approval is audited as such.
 */
export function ReviewActions({ view, onDecided }: { view: GapView; onDecided: (view: GapView) => void }) {
  const { t } = useTranslation();
  const approval = approvalFor(useMe(), view);
  const decision = useDecision(view.id);
  const [open, setOpen] = useState<'revision' | 'approve' | null>(null);
  const partName = usePartName();
  // Steps by number and title, as the editor's navigation shows them; the KAK only if it exists.
  const targets = [
    ...GAP_STEPS.map((s) => ({ value: `${s}`, label: partName(s) })),
    { value: 'gbs', label: partName('gbs') },
    ...(torExists(view.tor) ? [{ value: 'tor', label: partName('tor') }] : []),
  ];

  async function submit(values: Values) {
    if (!open) return undefined;
    const next = await decision.mutateAsync({
      decision: open,
      body: (values.body ?? '').trim(),
      target: open === 'revision' ? (values.target ?? null) : undefined,
    });
    onDecided(next);
    return open === 'revision' ? t('gap.review.revisionDone') : t('gap.review.approveDone');
  }

  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen('revision')}>
        {t('gap.review.revision')}
      </Button>
      {approval === 'own_submission' ? (
        <Typography.Text type="secondary">{t('gap.review.ownSubmission')}</Typography.Text>
      ) : (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setOpen('approve')}>
          {t('gap.review.approve')}
        </Button>
      )}
      <FormModal<Values>
        open={open !== null}
        title={open === 'approve' ? t('gap.review.approveTitle') : t('gap.review.revisionTitle')}
        okText={open === 'approve' ? t('gap.review.approve') : t('gap.review.revision')}
        danger={open === 'revision'}
        fields={FIELDS}
        pending={decision.isPending}
        onSubmit={submit}
        onClose={() => setOpen(null)}
      >
        <Typography.Paragraph type="secondary">
          {open === 'approve' ? t('gap.review.approveHint') : t('gap.review.revisionHint')}
        </Typography.Paragraph>
        {open === 'approve' && approval === 'waived' && (
          <Alert type="warning" showIcon title={t('gap.review.waived')} style={{ marginBottom: 16 }} />
        )}
        {open === 'revision' && (
          <Form.Item name="target" label={t('gap.review.target')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={targets}
              placeholder={t('gap.review.targetPlaceholder')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="body"
          label={open === 'approve' ? t('gap.review.approveNote') : t('gap.review.revisionNote')}
          rules={
            open === 'revision'
              ? [{ required: true, whitespace: true, message: t('gap.review.noteRequired') }]
              : []
          }
        >
          <Input.TextArea autoFocus rows={4} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
