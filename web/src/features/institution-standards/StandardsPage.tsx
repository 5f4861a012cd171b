import {
  App as AntApp,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { exportUrl, useStandard, useStandardAction, useStandards, type StandardList } from './api.ts';
import { ExampleTag } from './labels.tsx';

type Summary = StandardList['items'][number];

/** One version's elements and criteria, read only (a published version is frozen). */
function StandardDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const s = useStandard(id);
  const d = s.data;
  return (
    <Drawer open={!!id} onClose={onClose} width={760} title={d ? `${d.name} (v${d.version})` : ''}>
      <ErrorAlert error={s.error} />
      {d && (
        <>
          {d.example && <ExampleTag />}
          <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('institutionStandards.standards.sourceNote')}>
              {d.sourceNote || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('institutionStandards.standards.validity')}>
              {d.validityMonths
                ? t('institutionStandards.standards.months', { n: d.validityMonths })
                : t('institutionStandards.standards.noValidity')}
            </Descriptions.Item>
            <Descriptions.Item label={t('institutionStandards.standards.nationalReview')}>
              {d.nationalReview ? t('common.yes') : t('common.no')}
            </Descriptions.Item>
          </Descriptions>
          {d.elements.map((e) => (
            <section key={e.id} style={{ marginTop: 16 }}>
              <Typography.Title level={5}>
                {e.code} · {e.name}{' '}
                <Typography.Text type="secondary">
                  ({t('institutionStandards.standards.weight')} {e.weight})
                </Typography.Text>
              </Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={e.criteria}
                columns={[
                  { title: t('institutionStandards.standards.code'), dataIndex: 'code', width: 80 },
                  { title: t('institutionStandards.standards.name'), dataIndex: 'text' },
                  {
                    title: t('institutionStandards.standards.weight'),
                    dataIndex: 'weight',
                    width: 70,
                  },
                  {
                    title: '',
                    width: 170,
                    render: (_, c) =>
                      t(`institutionStandards.kinds.${c.kind}`, { max: c.scaleMax ?? '' }) +
                      (c.thresholds?.length
                        ? ` (${c.thresholds.map((x) => `≥${x.min}: ${x.score}`).join('; ')})`
                        : ''),
                  },
                  {
                    title: t('institutionStandards.standards.evidence'),
                    dataIndex: 'evidenceExpected',
                    width: 160,
                  },
                ]}
              />
            </section>
          ))}
        </>
      )}
    </Drawer>
  );
}

/**
 * /lembaga-layanan/standar: the standards (every version), their elements and criteria; the
 * superadmin imports a version from JSON, publishes a draft, starts a new version, retires.
 */
export function StandardsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const list = useStandards();
  const action = useStandardAction();
  const [viewing, setViewing] = useState<string | null>(null);
  const manage = list.data?.canManage ?? false;

  const run = async (path: string, body?: unknown) => {
    try {
      return await action.mutateAsync({ path, body });
    } catch (error) {
      const fields = isApiError(error)
        ? Object.entries(error.fields ?? {}).map(([k, v]) => `${k}: ${v}`)
        : [];
      message.error(
        t('institutionStandards.standards.importFailed', {
          message: [error instanceof Error ? error.message : String(error), ...fields.slice(0, 5)].join(
            ' · ',
          ),
        }),
      );
      return null;
    }
  };

  const importFile = async (file: File) => {
    let def: unknown;
    try {
      def = JSON.parse(await file.text());
    } catch {
      message.error(t('institutionStandards.standards.notJson'));
      return;
    }
    const res = (await run('import', def)) as { code?: string; version?: number } | null;
    if (res)
      message.success(t('institutionStandards.standards.imported', { code: res.code, version: res.version }));
  };

  return (
    <>
      <PageHeader
        title={t('institutionStandards.standards.title')}
        subtitle={t('institutionStandards.standards.subtitle')}
        extra={
          manage && (
            <Upload
              accept="application/json,.json"
              showUploadList={false}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} title={t('institutionStandards.standards.importHelp')}>
                {t('institutionStandards.standards.import')}
              </Button>
            </Upload>
          )
        }
      />
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<Summary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState>{t('institutionStandards.standards.empty')}</EmptyState> }}
        columns={[
          {
            title: t('institutionStandards.standards.name'),
            render: (_, s) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{s.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {s.code} · v{s.version} ·{' '}
                  {t('institutionStandards.standards.criteria', {
                    elements: s.elementCount,
                    criteria: s.criterionCount,
                  })}
                </Typography.Text>
                {s.example && <ExampleTag />}
              </Space>
            ),
          },
          { title: t('institutionStandards.standards.type'), dataIndex: 'institutionType', width: 120 },
          {
            title: t('institutionStandards.standards.status'),
            width: 120,
            render: (_, s) => (
              <Tag color={s.status === 'published' ? 'green' : s.status === 'draft' ? 'blue' : 'default'}>
                {t(`institutionStandards.statuses.${s.status}`)}
              </Tag>
            ),
          },
          {
            title: t('institutionStandards.standards.validity'),
            width: 120,
            render: (_, s) =>
              s.validityMonths
                ? t('institutionStandards.standards.months', { n: s.validityMonths })
                : t('institutionStandards.standards.noValidity'),
          },
          {
            title: t('common.actions'),
            width: 320,
            render: (_, s) => (
              <Flex gap={8} wrap>
                <Button size="small" onClick={() => setViewing(s.id)}>
                  {t('institutionStandards.standards.view')}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} href={exportUrl(s.id)} download>
                  {t('institutionStandards.standards.export')}
                </Button>
                {manage && s.status === 'draft' && (
                  <Popconfirm
                    title={t('institutionStandards.standards.publishConfirm')}
                    onConfirm={() => run(`${s.id}/publish`)}
                  >
                    <Button size="small" type="primary">
                      {t('institutionStandards.standards.publish')}
                    </Button>
                  </Popconfirm>
                )}
                {manage && s.status !== 'draft' && (
                  <Button size="small" onClick={() => void run(`${s.id}/new-version`)}>
                    {t('institutionStandards.standards.newVersion')}
                  </Button>
                )}
                {manage && s.status === 'published' && (
                  <Button size="small" danger onClick={() => void run(`${s.id}/retire`)}>
                    {t('institutionStandards.standards.retire')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <StandardDrawer id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
