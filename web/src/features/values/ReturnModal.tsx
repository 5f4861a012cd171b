import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';
import { useReviewStep } from './api.ts';

interface Props {
  regionCode: string;
  period: string;
  /** The OPD whose values go back; null keeps the dialog closed. */
  opd: { id: string; name: string } | null;
  onClose: () => void;
}

interface Values {
  comment: string;
}

const FIELDS = ['comment'] as const;

/** Returning an OPD's values needs a comment: it is what the operator reads to fix them. */
export function ReturnModal({ regionCode, period, opd, onClose }: Props) {
  const { t } = useTranslation();
  const step = useReviewStep(regionCode);

  async function submit(values: Values) {
    if (!opd) return undefined;
    const { moved } = await step.mutateAsync({
      action: 'return',
      period,
      opdId: opd.id,
      comment: values.comment.trim(),
    });
    return t('review.returnedDone', { opd: opd.name, count: moved, n: moved });
  }

  return (
    <FormModal<Values>
      open={opd !== null}
      title={t('review.returnTitle', { opd: opd?.name ?? '' })}
      okText={t('review.return')}
      danger
      fields={FIELDS}
      pending={step.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('review.returnHint')}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={t('review.comment')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 2000, message: t('review.commentMax') },
        ]}
      >
        <Input.TextArea autoFocus rows={4} placeholder={t('review.commentPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
