import { useState } from 'react';
import { App as AntApp, Button, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_SECTIONS } from '../../../../domain/annual-report/constants.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SCREEN_READER_ONLY } from '../../components/screenReaderOnly.ts';
import { formatDateTime } from '../../components/format.ts';
import { fetchVersion, type ReportVersion, type VersionList as Versions } from './api.ts';

interface Props {
  regionCode: string;
  year: number;
  versions: Versions | undefined;
  loading: boolean;
  error: unknown;
  /** The latest version: restoring it would change nothing. */
  latest: number | null;
  canEdit: boolean;
  /** Restoring is saving the old text again; held back while the editor has unsaved changes. */
  dirty: boolean;
  onRestore: (v: ReportVersion) => Promise<void>;
}

/** The saved versions, newest first: open one to read it as it was, restore it as a new version. */
export function VersionList({
  regionCode,
  year,
  versions,
  loading,
  error,
  latest,
  canEdit,
  dirty,
  onRestore,
}: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<ReportVersion | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const view = async (version: number) => {
    setBusy(version);
    try {
      setOpen(await fetchVersion(regionCode, year, version));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const restore = async () => {
    if (!open) return;
    await onRestore(open);
    setOpen(null);
  };

  const items = versions?.items ?? [];
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="version"
        loading={loading}
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10 } : false}
        data-testid="annual-versions"
        locale={{ emptyText: t('annualReport.versions.empty') }}
        columns={[
          {
            key: 'version',
            title: t('annualReport.versions.version'),
            render: (_, v) => (
              <Space size={4}>
                <span>{v.version}</span>
                {v.version === latest && <Tag color="blue">{t('annualReport.versions.current')}</Tag>}
                {v.isDemo && <Tag color="orange">{t('annualReport.demo')}</Tag>}
              </Space>
            ),
          },
          { key: 'at', title: t('annualReport.versions.at'), render: (_, v) => formatDateTime(v.createdAt) },
          { key: 'by', title: t('annualReport.versions.by'), render: (_, v) => v.createdBy?.name ?? '–' },
          {
            key: 'note',
            title: t('annualReport.versions.note'),
            render: (_, v) =>
              v.restoredFrom ? t('annualReport.versions.restoredFrom', { version: v.restoredFrom }) : '',
          },
          {
            key: 'open',
            title: <span style={SCREEN_READER_ONLY}>{t('annualReport.versions.view')}</span>,
            render: (_, v) => (
              <Button size="small" loading={busy === v.version} onClick={() => void view(v.version)}>
                {t('annualReport.versions.viewN', { version: v.version })}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={open !== null}
        width={760}
        title={open ? t('annualReport.versions.title', { version: open.version }) : ''}
        onCancel={() => setOpen(null)}
        footer={
          <Space>
            <Button onClick={() => setOpen(null)}>{t('annualReport.versions.close')}</Button>
            {canEdit && open && open.version !== latest && (
              <Tooltip title={dirty ? t('annualReport.versions.dirty') : undefined}>
                <Button
                  type="primary"
                  disabled={dirty}
                  onClick={() => void restore()}
                  data-testid="annual-restore"
                >
                  {t('annualReport.versions.restore', { version: open.version })}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      >
        {open && (
          <>
            <Typography.Paragraph type="secondary">
              {t('annualReport.versions.savedBy', {
                at: formatDateTime(open.createdAt),
                name: open.createdBy?.name ?? '–',
              })}
            </Typography.Paragraph>
            {NARRATIVE_SECTIONS.map((s) => (
              <div key={s}>
                <Typography.Title level={5}>{t(`annualReport.narrative.${s}`)}</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {open.narrative[s] || (
                    <Typography.Text type="secondary">{t('annualReport.narrative.none')}</Typography.Text>
                  )}
                </Typography.Paragraph>
              </div>
            ))}
          </>
        )}
      </Modal>
    </>
  );
}
