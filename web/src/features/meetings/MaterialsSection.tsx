import { App as AntApp, Button, List, Popconfirm, Upload, type UploadProps } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatNumber } from '../../components/format.ts';
import { materialUrl, meetingKey, type MeetingDetail } from './api.ts';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp';

/** Materials of an event: readers download; organisers upload (kind read from the bytes) and remove. */
export function MaterialsSection({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const reload = () => qc.invalidateQueries({ queryKey: meetingKey(m.id) });
  const remove = useMutation({
    mutationFn: (materialId: string) =>
      apiRequest(`/meetings/${encodeURIComponent(m.id)}/materials/${encodeURIComponent(materialId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => void reload(),
    onError: (err) => void message.error(err.message),
  });
  const manage = m.canManage && m.status !== 'cancelled';
  const upload: UploadProps = {
    name: 'file',
    action: `/api/meetings/${encodeURIComponent(m.id)}/materials`,
    accept: ACCEPT,
    multiple: false,
    withCredentials: true,
    headers: { 'Accept-Language': currentLanguage() },
    showUploadList: false,
    onChange(info) {
      if (info.file.status === 'done') {
        void message.success(t('meetings.materialUploaded', { name: info.file.name }));
        void reload();
      }
      if (info.file.status === 'error') {
        const body = info.file.response as { error?: { message?: string } } | undefined;
        void message.error(body?.error?.message ?? info.file.error?.message ?? '');
      }
    },
  };
  return (
    <>
      {manage && (
        <Upload {...upload}>
          <Button icon={<UploadOutlined aria-hidden />} style={{ marginBottom: 8 }}>
            {t('meetings.materialUpload')}
          </Button>
        </Upload>
      )}
      {m.materials.length ? (
        <List
          size="small"
          dataSource={m.materials}
          renderItem={(f) => (
            <List.Item
              actions={
                manage
                  ? [
                      <Popconfirm
                        key="rm"
                        title={t('meetings.materialRemoveConfirm', { name: f.fileName })}
                        onConfirm={() => remove.mutate(f.id)}
                      >
                        <Button
                          type="text"
                          danger
                          aria-label={t('meetings.materialRemove', { name: f.fileName })}
                          icon={<DeleteOutlined aria-hidden />}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <a href={materialUrl(m.id, f.id)}>
                <PaperClipOutlined aria-hidden /> {f.fileName}
              </a>{' '}
              ({formatNumber(Math.max(1, Math.ceil(f.bytes / 1024)))} KB)
            </List.Item>
          )}
        />
      ) : (
        <EmptyState>
          {manage ? t('meetings.emptyMaterialsOrganiser') : t('meetings.emptyMaterials')}
        </EmptyState>
      )}
    </>
  );
}
