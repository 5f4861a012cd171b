import { useState } from 'react';
import { App as AntApp, Badge, Button, Card, Flex, List, Pagination, Segmented, Tag, Typography } from 'antd';
import { CheckOutlined, MailOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { useMarkAllRead, useMarkRead, useNotifications, type NotificationItem } from './api.ts';

const PAGE_SIZE = 20;

/** The inbox: newest first, unread marked; opening one marks it read and goes to its object. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [unread, setUnread] = useState(false);
  const list = useNotifications({ page, pageSize: PAGE_SIZE, unread });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const data = list.data;

  async function open(n: NotificationItem) {
    if (!n.readAt) await markRead.mutateAsync(n.id).catch(() => undefined);
    navigate(n.link);
  }

  async function onMarkAll() {
    const res = await markAll.mutateAsync();
    message.success(t('notifications.markedAll', { count: res.marked }));
  }

  return (
    <>
      <PageHeader
        help="notifikasi"
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Link to="/account#notification-preferences">
              <MailOutlined aria-hidden /> {t('notifications.emailSettings')}
            </Link>
          </Flex>
        }
      />
      <Card>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Segmented
            aria-label={t('notifications.filter')}
            value={unread ? 'unread' : 'all'}
            onChange={(v) => {
              setUnread(v === 'unread');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly', { count: data?.unread ?? 0 }) },
            ]}
          />
          <Button
            icon={<CheckOutlined />}
            disabled={!data?.unread}
            loading={markAll.isPending}
            onClick={() => void onMarkAll()}
            data-testid="mark-all-read"
          >
            {t('notifications.markAll')}
          </Button>
        </Flex>
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        <List
          loading={list.isPending}
          dataSource={data?.items ?? []}
          locale={{
            emptyText: (
              <EmptyState>{t(unread ? 'notifications.emptyUnread' : 'notifications.empty')}</EmptyState>
            ),
          }}
          data-testid="notification-list"
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notification-item"
              data-unread={n.readAt ? undefined : 'true'}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="link"
                        onClick={() => void markRead.mutateAsync(n.id)}
                        aria-label={t('notifications.markReadOf', { title: n.title })}
                      >
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                avatar={<Badge status={n.readAt ? 'default' : 'processing'} aria-hidden />}
                title={
                  <a
                    href={n.link}
                    onClick={(e) => {
                      e.preventDefault();
                      void open(n);
                    }}
                    style={{ fontWeight: n.readAt ? 400 : 600 }}
                  >
                    {n.title}
                  </a>
                }
                description={
                  <>
                    {!n.readAt && (
                      <Tag color="purple" style={{ marginBottom: 4 }}>
                        {t('notifications.unreadMark')}
                      </Tag>
                    )}
                    <Typography.Paragraph style={{ marginBottom: 4 }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {data && data.total > PAGE_SIZE && (
          <Flex justify="end" style={{ marginTop: 12 }}>
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onChange={setPage}
              showSizeChanger={false}
            />
          </Flex>
        )}
      </Card>
    </>
  );
}
