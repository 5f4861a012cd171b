import { App as AntApp, Button, Flex, Popconfirm } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCancelMeeting, type MeetingDetail } from './api.ts';
import { MeetingFormModal } from './MeetingForm.tsx';

/** The organiser's buttons on the summary: edit, cancel. */
export function MeetingActions({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState(false);
  const cancel = useCancelMeeting(m.id);
  if (!m.canManage || m.status === 'cancelled') return null;
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }} wrap>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('meetings.edit')}
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
    </>
  );
}
