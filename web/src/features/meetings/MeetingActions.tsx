import { App as AntApp, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import { CopyOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useCancelMeeting, useSaveTemplate, type MeetingDetail } from './api.ts';
import { MeetingFormModal } from './MeetingForm.tsx';

/** The organiser's buttons on the summary: edit, cancel. */
export function MeetingActions({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState(false);
  const [templating, setTemplating] = useState(false);
  const cancel = useCancelMeeting(m.id);
  if (!m.canManage) return null;
  if (m.status === 'cancelled') return null;
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }} wrap>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('meetings.edit')}
        </Button>
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => setTemplating(true)}>
          {t('meetings.saveTemplate')}
        </Button>
        <Popconfirm
          title={t('meetings.cancelConfirm')}
          okText={t('meetings.cancelEvent')}
          onConfirm={() =>
            cancel.mutate(m.version, { onSuccess: () => void message.success(t('meetings.cancelled')) })
          }
        >
          <Button danger icon={<StopOutlined aria-hidden />} loading={cancel.isPending}>
            {t('meetings.cancelEvent')}
          </Button>
        </Popconfirm>
      </Flex>
      {cancel.error && <ErrorAlert error={cancel.error} />}
      {editing && (
        <MeetingFormModal regionCode={m.regionCode} meeting={m} onClose={() => setEditing(false)} />
      )}
      {templating && <TemplateModal meeting={m} onClose={() => setTemplating(false)} />}
    </>
  );
}

/** Saves the event's kind, theme, agenda, outcomes and lesson hours as a template of the region. */
function TemplateModal({ meeting: m, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const save = useSaveTemplate(m.regionCode);
  const submit = (v: { name: string }) =>
    save.mutate(
      { meetingId: m.id, name: v.name },
      {
        onSuccess: () => {
          void message.success(t('meetings.templateSaved'));
          onClose();
        },
        onError: (err) => {
          const rest = applyServerErrors(form, err, ['name']);
          if (rest) void message.error(rest);
        },
      },
    );
  return (
    <Modal
      open
      title={t('meetings.saveTemplate')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form form={form} layout="vertical" initialValues={{ name: m.title }} onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      <Form.Item
        name="name"
        label={t('meetings.templateName')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </Modal>
  );
}
