import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  DEADLINE_KINDS,
  DEADLINE_REMINDER_DAYS,
  canManageDeadlines,
  daysUntil,
  type DeadlineKind,
} from '../../../../domain/deadlines.ts';
import { useMe } from '../../app/auth.tsx';
import { accessActorOf } from '../../app/access.ts';
import { useRegion } from '../../app/region.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { formatDate } from '../../components/format.ts';
import { useDeadlines, useRemoveDeadline, useSaveDeadline, type Deadline } from './api.ts';

interface FormValues {
  kind: DeadlineKind;
  year: number;
  dueDate: Dayjs;
  note?: string;
}

const FIELDS = ['kind', 'year', 'dueDate', 'note'] as const;

function DaysLeft({ dueDate }: { dueDate: string }) {
  const { t } = useTranslation();
  const days = daysUntil(dayjs().format('YYYY-MM-DD'), dueDate);
  if (days < 0) return <Tag>{t('deadlines.past')}</Tag>;
  if (days === 0) return <Tag color="red">{t('deadlines.today')}</Tag>;
  const near = days <= Math.max(...DEADLINE_REMINDER_DAYS);
  return <Tag color={near ? 'orange' : 'default'}>{t('deadlines.daysLeft', { count: days })}</Tag>;
}

/** The region's deadlines: its readers see them, its admins set them. */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const list = useDeadlines(region.code);
  const save = useSaveDeadline(region.code);
  const remove = useRemoveDeadline(region.code);
  const manage = canManageDeadlines(accessActorOf(me), region.code);
  const [editing, setEditing] = useState<Deadline | 'new' | null>(null);

  const current = editing && editing !== 'new' ? editing : null;
  const initialValues: Partial<FormValues> = current
    ? {
        kind: current.kind,
        year: current.year,
        dueDate: dayjs(current.dueDate),
        note: current.note ?? undefined,
      }
    : { kind: 'data_values', year: dayjs().year() - 1 };

  return (
    <>
      <PageHeader
        help="tenggat"
        title={t('deadlines.title')}
        subtitle={t('deadlines.subtitle', { region: region.name, days: DEADLINE_REMINDER_DAYS.join(' / ') })}
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="deadline-add"
            >
              {t('deadlines.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Card>
        <Table<Deadline>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState>{t('deadlines.empty')}</EmptyState> }}
          data-testid="deadline-table"
          columns={[
            { key: 'kind', title: t('deadlines.kind'), render: (_, d) => t(`deadlines.kinds.${d.kind}`) },
            { key: 'year', title: t('deadlines.year'), dataIndex: 'year' },
            {
              key: 'dueDate',
              title: t('deadlines.dueDate'),
              render: (_, d) => (
                <Space wrap>
                  {formatDate(d.dueDate)}
                  <DaysLeft dueDate={d.dueDate} />
                </Space>
              ),
            },
            { key: 'note', title: t('deadlines.note'), render: (_, d) => d.note ?? '' },
            ...(manage
              ? [
                  {
                    key: 'actions',
                    title: t('deadlines.actions'),
                    render: (_: unknown, d: Deadline) => (
                      <Space>
                        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(d)}>
                          {t('deadlines.edit')}
                        </Button>
                        <Popconfirm
                          title={t('deadlines.removeConfirm')}
                          okText={t('deadlines.remove')}
                          cancelText={t('common.cancel')}
                          onConfirm={async () => {
                            await remove.mutateAsync(d.id);
                            message.success(t('deadlines.removed'));
                          }}
                        >
                          <Button size="small" danger icon={<DeleteOutlined />}>
                            {t('deadlines.remove')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<FormValues>
        key={current?.id ?? 'new'}
        open={editing !== null}
        title={t(current ? 'deadlines.edit' : 'deadlines.add')}
        fields={FIELDS}
        pending={save.isPending}
        initialValues={initialValues}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          await save.mutateAsync({
            id: current?.id ?? null,
            input: {
              kind: v.kind,
              year: v.year,
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              note: v.note?.trim() ? v.note.trim() : null,
            },
          });
          return t('deadlines.saved');
        }}
      >
        <Form.Item name="kind" label={t('deadlines.kind')} rules={[{ required: true }]}>
          <Select options={DEADLINE_KINDS.map((k) => ({ value: k, label: t(`deadlines.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('deadlines.year')}
          extra={t('deadlines.yearHint')}
          rules={[{ required: true }]}
        >
          <InputNumber min={2000} max={2100} style={{ width: 160 }} data-testid="deadline-year" />
        </Form.Item>
        <Form.Item name="dueDate" label={t('deadlines.dueDate')} rules={[{ required: true }]}>
          {/* Shown the Indonesian way; typed as 31/3/2026 or 2026-03-31 too. */}
          <DatePicker format={['D MMMM YYYY', 'D/M/YYYY', 'YYYY-MM-DD']} data-testid="deadline-date" />
        </Form.Item>
        <Form.Item name="note" label={t('deadlines.note')}>
          <Input maxLength={300} />
        </Form.Item>
      </FormModal>
    </>
  );
}
