import { useState } from 'react';
import { App as AntApp, Button, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { formatRupiah } from '../../components/money.ts';
import {
  fetchVersion,
  useVersions,
  type PlanDetail,
  type VersionDetail,
  type VersionSummary,
} from './api.ts';
import { StatusTag } from './labels.tsx';

/** Every saved version of a plan, newest first; any one opens read-only as it was. */
export function VersionsPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const versions = useVersions(plan.id);
  const [shown, setShown] = useState<VersionDetail | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const open = async (version: number) => {
    setLoading(version);
    try {
      setShown(await fetchVersion(plan.id, version));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(null);
    }
  };
  const isAksi = plan.kind === 'rencana_aksi';
  return (
    <>
      <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        loading={versions.isPending}
        pagination={false}
        dataSource={versions.data?.items ?? []}
        locale={{ emptyText: t('pokjaPlans.versions.empty') }}
        columns={[
          {
            title: t('pokjaPlans.columns.version'),
            key: 'version',
            render: (_v, v) => (
              <>
                <Typography.Text strong>
                  {t('pokjaPlans.versions.version', { version: v.version })}
                </Typography.Text>
                {v.version === plan.version && (
                  <Typography.Text type="secondary"> ({t('pokjaPlans.versions.current')})</Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('pokjaPlans.columns.status'),
            key: 'status',
            render: (_v, v) => <StatusTag status={v.status} />,
          },
          {
            title: t('pokjaPlans.columns.updated'),
            key: 'saved',
            render: (_v, v) =>
              `${formatDateTime(v.savedAt)}${v.savedBy ? ` · ${t('pokjaPlans.versions.savedBy', { name: v.savedBy })}` : ''}`,
          },
          {
            title: '',
            key: 'view',
            align: 'right',
            render: (_v, v) => (
              <Button
                size="small"
                loading={loading === v.version}
                aria-label={`${t('pokjaPlans.versions.view')} ${t('pokjaPlans.versions.version', { version: v.version })}`}
                onClick={() => void open(v.version)}
              >
                {t('pokjaPlans.versions.view')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={shown !== null}
        width={1000}
        footer={null}
        onCancel={() => setShown(null)}
        title={
          shown ? t('pokjaPlans.versions.viewTitle', { version: shown.version, title: shown.title }) : ''
        }
      >
        {shown &&
          (isAksi ? (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={shown.items}
              columns={[
                {
                  title: t('pokjaPlans.columns.kind'),
                  key: 'area',
                  render: (_v, it) => t(`pokjaPlans.areas.${it.area}`),
                },
                { title: t('pokjaPlans.fields.action'), dataIndex: 'action' },
                { title: t('pokjaPlans.fields.target'), dataIndex: 'target' },
                { title: t('pokjaPlans.fields.timeline'), dataIndex: 'timeline' },
              ]}
            />
          ) : (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 800 }}
              dataSource={shown.rows}
              columns={[
                {
                  title: t('pokjaPlans.columns.kind'),
                  key: 'section',
                  render: (_v, r) => t(`pokjaPlans.sections.${r.section}`),
                },
                { title: t('pokjaPlans.fields.code'), dataIndex: 'code' },
                { title: t('pokjaPlans.fields.description'), dataIndex: 'description' },
                {
                  title: t('pokjaPlans.fields.yearlyTargets'),
                  key: 'targets',
                  render: (_v, r) => r.yearlyTargets.map((y) => `${y.year}: ${y.target}`).join('; '),
                },
                {
                  title: t('pokjaPlans.fields.budget'),
                  key: 'budget',
                  align: 'right',
                  render: (_v, r) => (r.budget ? formatRupiah(r.budget) : ''),
                },
              ]}
            />
          ))}
      </Modal>
    </>
  );
}
