import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../explore/download.ts';
import {
  certificatePdfUrl,
  useIssueCertificates,
  useRevokeCertificate,
  verifyPageUrl,
  type Participant,
  type Training,
} from './api.ts';

/** A participant's certificate: its number and state, download, verification link; issue or revoke for organisers. */
export function CertificateCell({
  training,
  participant: p,
}: {
  training: Training;
  participant: Participant;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const meetingId = training.meeting.id;
  const issue = useIssueCertificates(meetingId);
  const revoke = useRevokeCertificate(meetingId);
  const [revoking, setRevoking] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const c = p.certificate;
  const valid = c && !c.revokedAt;
  const canIssue =
    training.canManage && !valid && training.settings !== null && Boolean(training.meeting.trainingHours);

  const download = async () => {
    if (!c) return;
    setDownloading(true);
    try {
      message.success(
        t('training.downloaded', {
          name: await downloadFile(certificatePdfUrl(meetingId, c.id), `Sertifikat-${c.number}.pdf`),
        }),
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Space direction="vertical" size={2}>
      {c ? (
        <Space size={4} wrap>
          <Tag color={valid ? 'green' : 'red'}>{valid ? t('training.valid') : t('training.revoked')}</Tag>
          <Typography.Text style={{ fontSize: 12 }}>{c.number}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('training.none')}</Typography.Text>
      )}
      <Space size={4} wrap>
        {c && (
          <Button size="small" onClick={() => void download()} loading={downloading}>
            {t('training.download')}
          </Button>
        )}
        {c && (
          <Typography.Link
            href={verifyPageUrl(c.verificationCode)}
            target="_blank"
            rel="noopener noreferrer"
            style={{ fontSize: 12 }}
          >
            {t('training.verify')}
          </Typography.Link>
        )}
        {canIssue && (
          <Button
            size="small"
            loading={issue.isPending}
            onClick={() =>
              issue.mutate([p.id], {
                onSuccess: (r) => message.success(t('training.issued', { count: r.issued.length })),
                onError: (err) => message.error(err.message),
              })
            }
          >
            {t('training.issueOne')}
          </Button>
        )}
        {training.canManage && valid && (
          <Button size="small" danger onClick={() => setRevoking(true)}>
            {t('training.revoke')}
          </Button>
        )}
      </Space>
      {c && (
        <Modal
          open={revoking}
          title={t('training.revokeTitle', { number: c.number })}
          okText={t('training.revoke')}
          okButtonProps={{ danger: true, loading: revoke.isPending }}
          onCancel={() => setRevoking(false)}
          onOk={() => form.submit()}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={({ reason }) =>
              revoke.mutate(
                { id: c.id, reason },
                {
                  onSuccess: () => {
                    setRevoking(false);
                    message.success(t('training.revokedDone'));
                  },
                  onError: (err) => {
                    const field = (err as { fields?: Record<string, string> }).fields?.reason;
                    if (field) form.setFields([{ name: 'reason', errors: [field] }]);
                    else message.error(err.message);
                  },
                },
              )
            }
          >
            <Form.Item
              name="reason"
              label={t('training.revokeReason')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={3} maxLength={500} autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
