import { useState } from 'react';
import { App as AntApp, Button, Checkbox, Flex, Input, List, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import { useAddComment, useResolveComment, type CommentTarget, type ReviewEvent } from './api.ts';

interface Props {
  documentId: string;
  target: CommentTarget;
  /** "langkah 7", "GBS": what the comment box says it comments on. */
  targetName: string;
  events: ReviewEvent[];
  canComment: boolean;
  canResolve: boolean;
}

const excerpt = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

/** Reviewers' comments on one part, oldest first, with the box to add one. */
export function CommentThread({ documentId, target, targetName, events, canComment, canResolve }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const add = useAddComment(documentId);
  const resolve = useResolveComment(documentId);
  const [body, setBody] = useState('');
  const comments = events.filter((e) => e.kind !== 'submit' && e.target === target);
  const boxId = `gap-comment-${target}`;

  async function send() {
    const text = body.trim();
    if (!text) return;
    try {
      await add.mutateAsync({ target, body: text });
      setBody('');
      message.success(t('gap.comments.sent'));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  async function toggle(event: ReviewEvent, resolved: boolean) {
    try {
      await resolve.mutateAsync({ eventId: event.id, resolved });
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  if (comments.length === 0 && !canComment) return null;
  return (
    <section aria-label={t('gap.comments.title', { target: targetName })} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('gap.comments.title', { target: targetName })}</Typography.Title>
      {comments.length > 0 && (
        <List
          size="small"
          bordered
          data-testid={`gap-comments-${target}`}
          dataSource={comments}
          renderItem={(e) => (
            <List.Item style={{ opacity: e.resolved ? 0.65 : 1, display: 'block' }} data-testid="gap-comment">
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  <Typography.Text strong>{e.authorName}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    ({t(`roles.${e.authorRole}`, { defaultValue: e.authorRole })}) · {formatDateTime(e.at)} ·{' '}
                    {t('gap.submissionN', { n: e.submission })}
                  </Typography.Text>{' '}
                  {e.kind === 'revision' && <Tag color="volcano">{t('gap.events.revision')}</Tag>}
                </span>
                {e.kind === 'comment' &&
                  (canResolve ? (
                    <Checkbox
                      aria-label={t('gap.comments.resolvedOf', { name: e.authorName, body: excerpt(e.body) })}
                      checked={e.resolved}
                      disabled={resolve.isPending}
                      onChange={(ev) => void toggle(e, ev.target.checked)}
                    >
                      {t('gap.comments.resolved')}
                    </Checkbox>
                  ) : (
                    e.resolved && <Tag color="green">{t('gap.comments.resolved')}</Tag>
                  ))}
              </Flex>
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Typography.Paragraph>
            </List.Item>
          )}
        />
      )}
      {canComment && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor={boxId} style={{ display: 'block', fontWeight: 500, marginBottom: 4 }}>
            {t('gap.comments.label', { target: targetName })}
          </label>
          <Input.TextArea
            id={boxId}
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={4000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            placeholder={t('gap.comments.placeholder')}
          />
          <Button
            style={{ marginTop: 8 }}
            icon={<SendOutlined />}
            loading={add.isPending}
            disabled={!body.trim()}
            onClick={() => void send()}
          >
            {t('gap.comments.send')}
          </Button>
        </div>
      )}
    </section>
  );
}
