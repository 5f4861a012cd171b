import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import type { ReviewStep } from './api.ts';

const TYPES = { submit: 'info', verify: 'success', return: 'warning' } as const;
const KEYS = { submit: 'entry.stepSubmit', verify: 'entry.stepVerify', return: 'entry.stepReturn' } as const;

/** The latest review step of an OPD's values, so a returned operator reads DP3A's comment first. */
export function StepAlert({ step }: { step: ReviewStep | null | undefined }) {
  const { t } = useTranslation();
  if (!step) return null;
  return (
    <Alert
      data-testid="last-step"
      type={TYPES[step.action] ?? 'info'}
      showIcon
      title={t(KEYS[step.action] ?? 'entry.stepSubmit', { date: formatDateTime(step.at) })}
      description={step.comment ? t('entry.stepComment', { comment: step.comment }) : undefined}
      style={{ marginBottom: 12 }}
    />
  );
}
