import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../../domain/follow-ups/constants.ts';
import type { FollowUp } from './api.ts';

const STATUS_LOOK: Record<FollowUpStatus, { color: string; icon: ReactNode }> = {
  open: { color: 'default', icon: <EditOutlined /> },
  in_progress: { color: 'processing', icon: <ClockCircleOutlined /> },
  done: { color: 'success', icon: <CheckCircleOutlined /> },
  dropped: { color: 'default', icon: <CloseCircleOutlined /> },
};

/** A status as a tag with an icon and its words (never colour alone). */
export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid="follow-up-status">
      {t(`followUps.statuses.${status}`)}
    </Tag>
  );
}

/** Overdue in red, due soon in orange, each with its word; nothing for later or closed ones. */
export function UrgencyTag({ urgency }: { urgency: FollowUp['urgency'] }) {
  const { t } = useTranslation();
  if (urgency === 'overdue')
    return (
      <Tag color="red" icon={<WarningOutlined />} data-testid="follow-up-overdue">
        {t('followUps.urgency.overdue')}
      </Tag>
    );
  if (urgency === 'due_soon')
    return (
      <Tag color="orange" icon={<ClockCircleOutlined />}>
        {t('followUps.urgency.due_soon')}
      </Tag>
    );
  return null;
}
