import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorksheetStatus } from '../../../../domain/evaluation/worksheet.ts';
import type { Decision as DecisionKind } from '../../../../domain/evaluation/verification.ts';

const STATUS_COLORS: Record<WorksheetStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  verification_administrative: 'gold',
  verification_field: 'orange',
  final: 'green',
};

export function StatusTag({ status }: { status: WorksheetStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`evaluation.status.${status}`)}</Tag>;
}

const DECISION_COLORS: Record<DecisionKind, string> = {
  accepted: 'green',
  adjusted: 'gold',
  rejected: 'red',
};

export function DecisionTag({ decision }: { decision: DecisionKind }) {
  const { t } = useTranslation();
  return <Tag color={DECISION_COLORS[decision]}>{t(`evaluation.decision.${decision}`)}</Tag>;
}

/** Scores are shown the Indonesian way with at most two decimals (44,5). */
export function formatScore(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
}

export function ExampleTag({ example }: { example: boolean }) {
  const { t } = useTranslation();
  return example ? <Tag color="purple">{t('evaluation.example')}</Tag> : null;
}
