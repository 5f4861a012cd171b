import { Button, Flex, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useMeetingFollowUps } from './api.ts';
import { FollowUpCard } from './FollowUpCard.tsx';
import { FollowUpCreateModal } from './FollowUpCreateModal.tsx';

interface MeetingFacts {
  id: string;
  regionCode: string;
  agenda: { id: string; text: string }[];
}

/** The event page's follow-ups (its own tab, or under the minutes): list, add, update. */
export function FollowUpsSection({ meeting }: { meeting: MeetingFacts }) {
  const { t } = useTranslation();
  const list = useMeetingFollowUps(meeting.id);
  const [adding, setAdding] = useState(false);
  if (list.isPending) return <Spin aria-label={t('app.loading')} />;
  if (list.error || !list.data) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const { items, canCreate } = list.data;
  const agendaText = (id: string | null) => meeting.agenda.find((a) => a.id === id)?.text;
  return (
    <section aria-label={t('followUps.tab')} data-testid="follow-ups-section">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('followUps.tab')}
        </Typography.Title>
        {canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="follow-up-add"
          >
            {t('followUps.add')}
          </Button>
        )}
      </Flex>
      {items.length === 0 && (
        <EmptyState>
          {canCreate ? t('followUps.sectionEmptyManager') : t('followUps.sectionEmpty')}
        </EmptyState>
      )}
      {items.map((item) => (
        <div key={item.id}>
          {item.agendaItemId && agendaText(item.agendaItemId) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('followUps.fields.agendaItem')}: {agendaText(item.agendaItemId)}
            </Typography.Text>
          )}
          <FollowUpCard item={item} />
        </div>
      ))}
      {adding && <FollowUpCreateModal meeting={meeting} onClose={() => setAdding(false)} />}
    </section>
  );
}
