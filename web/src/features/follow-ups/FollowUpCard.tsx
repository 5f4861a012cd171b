import { Button, Card, Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import type { FollowUp } from './api.ts';
import { FollowUpStatusTag, UrgencyTag } from './FollowUpTags.tsx';
import { FollowUpUpdateModal } from './FollowUpUpdateModal.tsx';

/** One follow-up: what, who, by when, how far; its owner or an organiser updates it here. */
export function FollowUpCard({ item, showMeeting = false }: { item: FollowUp; showMeeting?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const overdue = item.urgency === 'overdue';
  return (
    <Card
      size="small"
      style={{ marginBottom: 8, borderColor: overdue ? '#cf1322' : undefined }}
      data-testid="follow-up-card"
    >
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
            {item.text}
          </Typography.Paragraph>
          <Flex gap={8} wrap align="center">
            <FollowUpStatusTag status={item.status} />
            <UrgencyTag urgency={item.urgency} />
            <Typography.Text type={overdue ? 'danger' : 'secondary'}>
              {t('followUps.dueOn', { date: formatDate(item.dueDate) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('followUps.ownerLabel', { name: item.owner.name })}
            </Typography.Text>
            {item.evidenceCount > 0 && (
              <Typography.Text type="secondary">
                <PaperClipOutlined aria-hidden />{' '}
                {t('followUps.evidenceCount', { count: item.evidenceCount })}
              </Typography.Text>
            )}
          </Flex>
          {showMeeting && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {t('followUps.meetingLabel', {
                title: item.meeting.title,
                date: formatDate(item.meeting.startsOn),
              })}
            </Typography.Text>
          )}
          {item.completionNote && (
            <Typography.Paragraph
              type="secondary"
              style={{ marginTop: 4, marginBottom: 0, whiteSpace: 'pre-wrap' }}
            >
              {t('followUps.fields.completionNote')}: {item.completionNote}
            </Typography.Paragraph>
          )}
        </div>
        {item.can.update && (
          <Button onClick={() => setOpen(true)} data-testid="follow-up-update">
            {t('followUps.update')}
          </Button>
        )}
      </Flex>
      {open && <FollowUpUpdateModal id={item.id} onClose={() => setOpen(false)} />}
    </Card>
  );
}
