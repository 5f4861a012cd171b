import { App as AntApp, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CYCLE_STAGES } from '../../../../domain/evaluation/instrument.ts';
import { isApiError } from '../../app/api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCycles, useCycleWrites, useInstruments, type EvaluationCycle } from './api.ts';
import { CycleForm } from './CycleForm.tsx';
import { ExampleTag } from './labels.tsx';

const STATUS_COLOR = { draft: 'blue', open: 'green', closed: 'default' } as const;

/**
 * /evaluasi/siklus (superadmin): the cycles, newest year first; create and edit (instrument,
 * stage dates, tiers), open (freezes the instrument and notifies every region's DP3A), close,
 * delete a draft.
 */
export function CyclesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cycles = useCycles();
  const instruments = useInstruments();
  const writes = useCycleWrites();
  const [editing, setEditing] = useState<EvaluationCycle | 'new' | null>(null);
  const manage = cycles.data?.canManage ?? false;

  const act = async (work: () => Promise<string>) => {
    try {
      message.success(await work());
    } catch (error) {
      // Opening names each missing date or bad tier; list them with the message.
      const fields = isApiError(error) ? Object.values(error.fields) : [];
      const text = error instanceof Error ? error.message : String(error);
      message.error(fields.length ? `${text} ${[...new Set(fields)].join(' ')}` : text);
    }
  };

  return (
    <>
      <PageHeader
        title={t('evaluationInstruments.cycles.title')}
        subtitle={t('evaluationInstruments.cycles.subtitle')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('evaluationInstruments.cycles.create')}
            </Button>
          )
        }
      />
      <ErrorAlert error={cycles.error ?? instruments.error} onRetry={() => void cycles.refetch()} />
      <Table<EvaluationCycle>
        rowKey="id"
        loading={cycles.isPending}
        dataSource={cycles.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState>{t('evaluationInstruments.cycles.empty')}</EmptyState> }}
        columns={[
          {
            title: t('evaluationInstruments.cycles.name'),
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{c.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {c.award} {c.year} · {c.instrument.code} v{c.instrument.version}
                </Typography.Text>
                {c.instrument.example && <ExampleTag />}
              </Space>
            ),
          },
          {
            title: t('evaluationInstruments.cycles.status'),
            width: 100,
            render: (_, c) => (
              <Tag color={STATUS_COLOR[c.status]}>{t(`evaluationInstruments.statuses.${c.status}`)}</Tag>
            ),
          },
          {
            title: t('evaluationInstruments.cycles.stages'),
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                {CYCLE_STAGES.map((s) => (
                  <Typography.Text key={s} type={c.stages[s].start ? undefined : 'secondary'}>
                    {t(`evaluationInstruments.stages.${s}`)}: {formatDate(c.stages[s].start) || '—'} –{' '}
                    {formatDate(c.stages[s].end) || '—'}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            title: t('evaluationInstruments.cycles.tiers'),
            width: 220,
            render: (_, c) =>
              c.tiers.map((x) => (
                <Tag key={x.name}>
                  {x.name} {formatNumber(x.min)}–{formatNumber(x.max)}
                </Tag>
              )),
          },
          {
            title: t('common.actions'),
            width: 260,
            render: (_, c) =>
              manage && (
                <Flex gap={8} wrap>
                  {c.status !== 'closed' && (
                    <Button size="small" onClick={() => setEditing(c)}>
                      {t('evaluationInstruments.cycles.edit')}
                    </Button>
                  )}
                  {c.status === 'draft' && (
                    <Popconfirm
                      title={t('evaluationInstruments.cycles.openConfirm')}
                      onConfirm={() =>
                        act(async () => {
                          const r = await writes.move.mutateAsync({
                            id: c.id,
                            to: 'open',
                            version: c.version,
                          });
                          return t('evaluationInstruments.cycles.opened', { count: r.notified ?? 0 });
                        })
                      }
                    >
                      <Button size="small" type="primary">
                        {t('evaluationInstruments.cycles.open')}
                      </Button>
                    </Popconfirm>
                  )}
                  {c.status === 'open' && (
                    <Popconfirm
                      title={t('evaluationInstruments.cycles.closeConfirm')}
                      onConfirm={() =>
                        act(async () => {
                          await writes.move.mutateAsync({ id: c.id, to: 'close', version: c.version });
                          return t('evaluationInstruments.cycles.closed');
                        })
                      }
                    >
                      <Button size="small">{t('evaluationInstruments.cycles.close')}</Button>
                    </Popconfirm>
                  )}
                  {c.status === 'draft' && (
                    <Popconfirm
                      title={t('evaluationInstruments.cycles.removeConfirm')}
                      onConfirm={() =>
                        act(async () => {
                          await writes.remove.mutateAsync(c.id);
                          return t('evaluationInstruments.cycles.removed');
                        })
                      }
                    >
                      <Button size="small" danger>
                        {t('evaluationInstruments.cycles.remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <CycleForm
          open
          cycle={editing === 'new' ? null : editing}
          instruments={instruments.data?.items ?? []}
          pending={writes.create.isPending || writes.update.isPending}
          onSave={(body) =>
            editing === 'new'
              ? writes.create.mutateAsync(body)
              : writes.update.mutateAsync({ id: editing.id, body: { ...body, version: editing.version } })
          }
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
