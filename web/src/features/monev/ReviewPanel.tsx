import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Flex, Input, Modal, Popconfirm, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { useDecideMonev, useReopenMonev, type MonevReport } from './api.ts';

/** The reviewer's decision: verify, or return with the comments typed beside the fields. */
export function ReviewPanel({ report, pending }: { report: MonevReport; pending: Record<string, string> }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const decide = useDecideMonev(report.plan.subActivityId, report.period);
  const [error, setError] = useState<string | null>(null);
  const comments = Object.entries(pending)
    .map(([field, body]) => ({ field, body: body.trim() }))
    .filter((c) => c.body !== '');
  const send = async (decision: 'verify' | 'return') => {
    setError(null);
    if (decision === 'return' && comments.length === 0) {
      setError(t('monev.report.review.returnNeedsComment'));
      return;
    }
    try {
      await decide.mutateAsync({
        id: report.id ?? '',
        body: { version: report.version, decision, comments: decision === 'return' ? comments : [] },
      });
      message.success(
        t(decision === 'verify' ? 'monev.report.review.verified' : 'monev.report.review.returned'),
      );
    } catch (err) {
      const fields = isApiError(err) ? Object.values(err.fields) : [];
      setError([err instanceof Error ? err.message : String(err), ...fields].join(' '));
    }
  };
  return (
    <Card
      title={t('monev.report.review.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="monev-review"
    >
      <Typography.Paragraph>{t('monev.report.review.help')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Flex gap={8} wrap>
        <Button icon={<RollbackOutlined />} loading={decide.isPending} onClick={() => void send('return')}>
          {t('monev.report.review.return', { count: comments.length })}
        </Button>
        <Popconfirm title={t('monev.report.review.verifyConfirm')} onConfirm={() => send('verify')}>
          <Button type="primary" icon={<CheckOutlined />} loading={decide.isPending}>
            {t('monev.report.review.verify')}
          </Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}

/** DP3A reopens a verified report, with a reason (audited, the OPD is told). */
export function ReopenButton({ report }: { report: MonevReport }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const reopen = useReopenMonev(report.plan.subActivityId, report.period);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button icon={<UnlockOutlined />} onClick={() => setOpen(true)} data-testid="monev-reopen">
        {t('monev.report.reopen.button')}
      </Button>
      <Modal
        open={open}
        title={t('monev.report.reopen.title')}
        okText={t('monev.report.reopen.button')}
        confirmLoading={reopen.isPending}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          setError(null);
          try {
            await reopen.mutateAsync({ id: report.id ?? '', reason });
            message.success(t('monev.report.reopen.done'));
            setOpen(false);
          } catch (err) {
            const fields = isApiError(err) ? Object.values(err.fields) : [];
            setError([err instanceof Error ? err.message : String(err), ...fields].join(' '));
          }
        }}
      >
        <Typography.Paragraph>{t('monev.report.reopen.help')}</Typography.Paragraph>
        <label htmlFor="monev-reopen-reason">{t('monev.report.reopen.reason')}</label>
        <Input.TextArea
          id="monev-reopen-reason"
          autoSize={{ minRows: 3 }}
          maxLength={2000}
          value={reason}
          status={error ? 'error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        )}
      </Modal>
    </>
  );
}
