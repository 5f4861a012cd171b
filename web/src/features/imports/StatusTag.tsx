import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchStatus } from './api.ts';

const COLORS: Record<BatchStatus, string> = {
  uploaded: 'default',
  checking: 'processing',
  checked: 'blue',
  committing: 'processing',
  committed: 'green',
  failed: 'red',
};

export function StatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="import-status">
      {t(`imports.status.${status}`)}
    </Tag>
  );
}
