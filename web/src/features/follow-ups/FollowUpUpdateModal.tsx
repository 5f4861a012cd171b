import {
  App as AntApp,
  Button,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Spin,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_TEXT_MAX,
  type FollowUpStatus,
} from '../../../../domain/follow-ups/constants.ts';
import { useActiveOpds } from '../opd/api.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FollowUpStatusTag } from './FollowUpTags.tsx';
import { formatDateTime } from '../../components/format.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import {
  evidenceDownloadUrl,
  evidenceUploadUrl,
  useDeleteFollowUpEvidence,
  useFollowUp,
  useRefreshFollowUps,
  useUpdateFollowUp,
} from './api.ts';

interface Values {
  status: FollowUpStatus;
  completionNote: string;
  /** Organisers only: what, by when, which OPD. */
  text?: string;
  dueDate?: string;
  ownerOpdId?: string;
}

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.pdf,.xlsx,.docx';

/** The owner's (or an organiser's) update: the next status, a completion note, the evidence files. */
export function FollowUpUpdateModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const detail = useFollowUp(id);
  const update = useUpdateFollowUp();
  const remove = useDeleteFollowUpEvidence();
  const refresh = useRefreshFollowUps();
  const [form] = Form.useForm<Values>();
  const d = detail.data;
  const opds = useActiveOpds(d?.regionCode ?? '', !!d?.can.edit);

  const submit = async (values: Values) => {
    if (!d) return;
    try {
      await update.mutateAsync({
        id,
        body: {
          version: d.version,
          status: values.status,
          completionNote: values.completionNote?.trim() || null,
          ...(d.can.edit
            ? {
                ...(values.text !== undefined && values.text !== d.text ? { text: values.text } : {}),
                ...(values.dueDate && values.dueDate !== d.dueDate ? { dueDate: values.dueDate } : {}),
                ...(values.ownerOpdId && values.ownerOpdId !== (d.owner.kind === 'opd' ? d.owner.id : null)
                  ? { owner: { opdId: values.ownerOpdId } }
                  : {}),
              }
            : {}),
        },
      });
      message.success(t('followUps.saved'));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(
        form,
        err,
        ['status', 'completionNote', 'text', 'dueDate', 'ownerOpdId'],
        {
          rename: { owner: 'ownerOpdId', 'owner.opdId': 'ownerOpdId' },
        },
      );
      if (rest) message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={d && !d.can.update ? t('followUps.title') : t('followUps.updateTitle')}
      onCancel={onClose}
      okText={t('followUps.save')}
      cancelText={t('followUps.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ hidden: !d?.can.update }}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {detail.isPending && <Spin aria-label={t('app.loading')} />}
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {d && (
        <>
          <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap' }}>
            {d.text}
          </Typography.Paragraph>
          {d.can.update ? (
            <Form<Values>
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{
                status: d.status,
                completionNote: d.completionNote ?? '',
                text: d.text,
                dueDate: d.dueDate,
                ownerOpdId: d.owner.kind === 'opd' ? d.owner.id : undefined,
              }}
            >
              {d.can.edit && (
                <>
                  <Form.Item
                    name="text"
                    label={t('followUps.fields.text')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input.TextArea rows={2} maxLength={FOLLOW_UP_TEXT_MAX} />
                  </Form.Item>
                  <Form.Item
                    name="dueDate"
                    label={t('followUps.fields.dueDate')}
                    rules={[{ required: true }]}
                  >
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item
                    name="ownerOpdId"
                    label={t('followUps.fields.ownerOpd')}
                    extra={
                      d.owner.kind === 'person'
                        ? t('followUps.ownerLabel', { name: d.owner.name })
                        : undefined
                    }
                  >
                    <Select
                      showSearch
                      allowClear
                      optionFilterProp="label"
                      options={(opds.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                    />
                  </Form.Item>
                </>
              )}
              <Form.Item
                name="status"
                label={t('followUps.fields.status')}
                extra={d.can.nextStatuses.length ? undefined : t('followUps.noNextStatus')}
              >
                <Select
                  options={[d.status, ...d.can.nextStatuses].map((s) => ({
                    value: s,
                    label: t(`followUps.statuses.${s}`),
                  }))}
                  data-testid="follow-up-status-select"
                />
              </Form.Item>
              <Form.Item name="completionNote" label={t('followUps.fields.completionNote')}>
                <Input.TextArea rows={3} maxLength={FOLLOW_UP_NOTE_MAX} data-testid="follow-up-note" />
              </Form.Item>
            </Form>
          ) : (
            <Typography.Paragraph>
              <FollowUpStatusTag status={d.status} /> {d.completionNote}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('followUps.fields.evidence')}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('followUps.evidenceHelp')}
          </Typography.Paragraph>
          {d.can.update && (
            <Upload
              name="file"
              action={evidenceUploadUrl(id)}
              accept={ACCEPT}
              withCredentials
              headers={{ 'Accept-Language': currentLanguage() }}
              showUploadList={false}
              onChange={({ file }) => {
                if (file.status === 'done') {
                  message.success(t('followUps.evidenceUploaded', { name: file.name }));
                  void refresh();
                }
                if (file.status === 'error') {
                  const body = file.response as
                    { error?: { message?: string; fields?: Record<string, string> } } | undefined;
                  message.error(
                    t('followUps.evidenceFailed', {
                      message: body?.error?.fields?.file ?? body?.error?.message ?? '',
                    }),
                  );
                }
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="follow-up-evidence-upload">
                {t('followUps.evidenceUpload')}
              </Button>
            </Upload>
          )}
          {d.evidence.length === 0 ? (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t('followUps.evidenceNone')}
            </Typography.Paragraph>
          ) : (
            <List
              style={{ marginTop: 8 }}
              dataSource={d.evidence}
              renderItem={(file) => (
                <List.Item
                  actions={[
                    <a
                      key="download"
                      href={evidenceDownloadUrl(id, file.id)}
                      download={file.fileName}
                      aria-label={t('followUps.evidenceDownload', { name: file.fileName })}
                    >
                      <DownloadOutlined />
                    </a>,
                    ...(d.can.update
                      ? [
                          <Popconfirm
                            key="delete"
                            title={t('followUps.evidenceDeleteConfirm', { name: file.fileName })}
                            onConfirm={async () => {
                              try {
                                await remove.mutateAsync({ id, evidenceId: file.id });
                              } catch (err) {
                                message.error((err as Error).message);
                              }
                            }}
                          >
                            <Button
                              type="text"
                              danger
                              size="small"
                              icon={<DeleteOutlined />}
                              aria-label={t('followUps.evidenceDelete', { name: file.fileName })}
                            />
                          </Popconfirm>,
                        ]
                      : []),
                  ]}
                >
                  <List.Item.Meta
                    avatar={<PaperClipOutlined />}
                    title={file.fileName}
                    description={formatDateTime(file.createdAt)}
                  />
                </List.Item>
              )}
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('followUps.history')}
          </Typography.Title>
          <Timeline
            items={d.history.map((h) => ({
              children: (
                <>
                  {t('followUps.historyEntry', {
                    to: t(`followUps.statuses.${h.toStatus}`),
                    by: h.changedBy ?? '—',
                    at: formatDateTime(h.changedAt),
                  })}
                  {h.note && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{h.note}</div>}
                </>
              ),
            }))}
          />
        </>
      )}
    </Modal>
  );
}
