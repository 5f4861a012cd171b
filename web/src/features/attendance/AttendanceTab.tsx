import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  QRCode,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, FileExcelOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useInvitees, type MeetingDetail } from '../meetings/api.ts';
import {
  exportUrl,
  scanUploadUrl,
  scanUrl,
  signatureUrl,
  useAttendance,
  useDeleteScan,
  useErase,
  useRemoveAttendance,
  useTickInvitees,
  type Attendee,
  type AttendanceList,
} from './api.ts';
import { PaperRowsButton } from './PaperRowsModal.tsx';

function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function formatDay(day: string): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
}

const STATE_COLOURS = { open: 'green', not_open: 'blue', closed: 'default' } as const;

/** The day's QR code and short link (organisers), with the sign-in window. */
function SignInCard({ data, day }: { data: AttendanceList; day: AttendanceList['days'][number] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('attendance.link.title')} data-testid="attendance-link">
      <Flex gap={16} wrap align="flex-start">
        {day.link && (
          <QRCode value={day.link} size={160} bordered={false} aria-label={t('attendance.link.qr')} />
        )}
        <Space direction="vertical" style={{ minWidth: 240, flex: 1 }}>
          <Tag color={STATE_COLOURS[day.state]}>{t(`attendance.state.${day.state}`)}</Tag>
          <Typography.Text type="secondary">
            {t('attendance.link.window', {
              opens: formatTime(day.opensAt, data.timeZone),
              closes: formatTime(day.closesAt, data.timeZone),
            })}
          </Typography.Text>
          {day.link ? (
            <Typography.Text
              copyable={{
                text: day.link,
                tooltips: [t('attendance.link.copy'), t('attendance.link.copied')],
              }}
              code
            >
              {day.link}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('attendance.link.organisersOnly')}</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('attendance.link.help')}
          </Typography.Text>
        </Space>
      </Flex>
    </Card>
  );
}

function Counts({ data }: { data: AttendanceList }) {
  const { t } = useTranslation();
  const c = data.counts;
  return (
    <Card size="small" title={t('attendance.counts.title')} data-testid="attendance-counts">
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('attendance.counts.women')} value={c.total.P} />
        </Col>
        <Col span={8}>
          <Statistic title={t('attendance.counts.men')} value={c.total.L} />
        </Col>
        <Col span={8}>
          <Statistic title={t('attendance.counts.total')} value={c.total.total} />
        </Col>
      </Row>
      {c.day === null && (
        <Typography.Paragraph type="secondary">{t('attendance.counts.people')}</Typography.Paragraph>
      )}
      {c.withDisability > 0 && (
        <Typography.Paragraph>
          {t('attendance.counts.disability', { count: c.withDisability })}
        </Typography.Paragraph>
      )}
      {c.byInstitution.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="institution"
          dataSource={c.byInstitution}
          columns={[
            { title: t('attendance.col.institution'), dataIndex: 'institution' },
            { title: 'P', dataIndex: 'P', align: 'right', width: 50 },
            { title: 'L', dataIndex: 'L', align: 'right', width: 50 },
            { title: t('attendance.counts.total'), dataIndex: 'total', align: 'right', width: 70 },
          ]}
        />
      )}
    </Card>
  );
}

function TickInvitees({
  meeting,
  day,
  present,
}: {
  meeting: MeetingDetail;
  day: string;
  present: Set<string>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const invitees = useInvitees(meeting.id);
  const tick = useTickInvitees(meeting.id);
  const [picked, setPicked] = useState<string[]>([]);
  const absent = (invitees.data?.items ?? []).filter((i) => !present.has(i.personId));
  if ((invitees.data?.items ?? []).length === 0) return null;
  return (
    <Flex gap={8} wrap>
      <Select
        mode="multiple"
        value={picked}
        onChange={setPicked}
        style={{ minWidth: 320, flex: 1 }}
        aria-label={t('attendance.tick.pick')}
        placeholder={t('attendance.tick.pick')}
        optionFilterProp="label"
        options={absent.map((i) => ({ value: i.personId, label: `${i.fullName} — ${i.institution}` }))}
        notFoundContent={t('attendance.tick.allPresent')}
      />
      <Button
        disabled={picked.length === 0}
        loading={tick.isPending}
        onClick={() =>
          tick.mutate(
            { day, personIds: picked },
            {
              onSuccess: (r) => {
                message.success(t('attendance.tick.done', { added: r.added, merged: r.merged }));
                setPicked([]);
              },
              onError: (e) => message.error(e.message),
            },
          )
        }
      >
        {t('attendance.tick.submit')}
      </Button>
    </Flex>
  );
}

function Scans({ meeting, data, day }: { meeting: MeetingDetail; data: AttendanceList; day: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const remove = useDeleteScan(meeting.id);
  const scans = data.scans.filter((s) => s.day === day);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {data.canManage && (
        <Upload
          name="file"
          action={scanUploadUrl(meeting.id)}
          data={{ day }}
          accept="image/png,image/jpeg,image/webp,application/pdf"
          withCredentials
          headers={{ 'Accept-Language': currentLanguage() }}
          showUploadList={false}
          onChange={({ file }) => {
            if (file.status === 'done') message.success(t('attendance.scans.uploaded', { name: file.name }));
            if (file.status === 'error') {
              const body = file.response as { error?: { message?: string } } | undefined;
              message.error(body?.error?.message ?? file.error?.message ?? '');
            }
          }}
        >
          <Button icon={<UploadOutlined />}>{t('attendance.scans.upload')}</Button>
        </Upload>
      )}
      {scans.map((s) => (
        <Flex key={s.id} gap={8} align="center">
          <a href={scanUrl(s.id)}>{s.fileName}</a>
          {data.canManage && (
            <Popconfirm title={t('attendance.scans.confirmDelete')} onConfirm={() => remove.mutate(s.id)}>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('attendance.scans.delete', { name: s.fileName })}
              />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </Space>
  );
}

function AttendeesTable({ meeting, data }: { meeting: MeetingDetail; data: AttendanceList }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const erase = useErase(meeting.id);
  const remove = useRemoveAttendance(meeting.id);
  const personal = data.canSeePersonalData;
  if (data.items.length === 0)
    return <EmptyState>{t(data.canManage ? 'attendance.emptyOrganiser' : 'attendance.empty')}</EmptyState>;
  return (
    <Table<Attendee>
      size="small"
      rowKey="id"
      dataSource={data.items}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      data-testid="attendance-table"
      columns={[
        { title: t('attendance.col.no'), key: 'no', width: 48, render: (_v, _r, i) => i + 1 },
        {
          title: t('attendance.col.name'),
          dataIndex: 'fullName',
          render: (name: string, r) => (
            <>
              {name} {r.erasedAt && <Tag>{t('attendance.erased')}</Tag>}
            </>
          ),
        },
        { title: t('attendance.col.sex'), dataIndex: 'sex', width: 50 },
        { title: t('attendance.col.institution'), dataIndex: 'institution' },
        { title: t('attendance.col.position'), dataIndex: 'position' },
        {
          title: t('attendance.col.source'),
          dataIndex: 'source',
          render: (s: string) => t(`attendance.source.${s}`),
        },
        ...(personal
          ? [
              {
                title: t('attendance.col.contact'),
                key: 'contact',
                render: (_: unknown, r: Attendee) => [r.phone, r.email].filter(Boolean).join(' / '),
              },
              { title: t('attendance.col.disability'), dataIndex: 'disability' },
              {
                title: t('attendance.col.signature'),
                key: 'signature',
                render: (_: unknown, r: Attendee) =>
                  r.hasSignature ? (
                    <img
                      src={signatureUrl(r.id)}
                      alt={t('attendance.signatureOf', { name: r.fullName })}
                      style={{ height: 28, maxWidth: 100 }}
                      loading="lazy"
                    />
                  ) : null,
              },
            ]
          : []),
        ...(data.canManage
          ? [
              {
                title: t('attendance.col.actions'),
                key: 'actions',
                render: (_: unknown, r: Attendee) => (
                  <Space size={0}>
                    {!r.erasedAt && (
                      <Popconfirm
                        title={t('attendance.eraseConfirm', { name: r.fullName })}
                        onConfirm={() =>
                          erase.mutate(r.id, {
                            onSuccess: () => message.success(t('attendance.erasedDone')),
                            onError: (e) => message.error(e.message),
                          })
                        }
                      >
                        <Button size="small" type="link">
                          {t('attendance.erase')}
                        </Button>
                      </Popconfirm>
                    )}
                    <Popconfirm
                      title={t('attendance.removeConfirm', { name: r.fullName })}
                      onConfirm={() => remove.mutate(r.id, { onError: (e) => message.error(e.message) })}
                    >
                      <Button size="small" type="link" danger>
                        {t('attendance.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Kehadiran: the QR code and link per day, live counts, attendees, ticks, paper lists, daftar hadir. */
export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [allDays, setAllDays] = useState(false);
  const day = chosen ?? meeting.days[0]?.day ?? null;
  const query = useAttendance(meeting.id, allDays ? null : day);
  const data = query.data;
  if (query.error && !data) return <ErrorAlert error={query.error} />;
  if (!data || !day) return null;
  const dayInfo = data.days.find((d) => d.day === day);
  const present = new Set(data.items.filter((i) => i.day === day && i.personId).map((i) => i.personId!));
  const dayChoices = data.days.map((d) => ({ value: d.day, label: formatDay(d.day) }));
  const exportChoices = (personal: boolean) =>
    (['pdf', 'xlsx'] as const).map((format) => ({
      key: `${format}-${personal}`,
      label: t(personal ? `attendance.export.${format}` : `attendance.export.${format}Public`),
      icon: format === 'pdf' ? <FilePdfOutlined /> : <FileExcelOutlined />,
      url: exportUrl(meeting.id, format, allDays ? null : day, personal),
      fallbackName: `daftar-hadir.${format}`,
      testId: `attendance-export-${format}${personal ? '' : '-public'}`,
    }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center">
        {dayChoices.length > 1 && (
          <Segmented
            options={[...dayChoices, { value: '*', label: t('attendance.allDays') }]}
            value={allDays ? '*' : day}
            onChange={(v) => {
              if (v === '*') setAllDays(true);
              else {
                setAllDays(false);
                setChosen(String(v));
              }
            }}
          />
        )}
        <DownloadButtons
          choices={[
            ...exportChoices(data.canSeePersonalData),
            ...(data.canSeePersonalData ? exportChoices(false) : []),
          ]}
          downloaded={(name) => t('attendance.export.done', { name })}
        />
      </Flex>
      {meeting.status === 'cancelled' && <Alert type="warning" message={t('attendance.cancelled')} />}
      <Row gutter={[16, 16]}>
        {dayInfo && !allDays && (
          <Col xs={24} lg={12}>
            <SignInCard data={data} day={dayInfo} />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Counts data={data} />
        </Col>
      </Row>
      {data.canManage && !allDays && (
        <Card size="small" title={t('attendance.organiser.title')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <TickInvitees meeting={meeting} day={day} present={present} />
            <PaperRowsButton meetingId={meeting.id} day={day} />
            <Scans meeting={meeting} data={data} day={day} />
          </Space>
        </Card>
      )}
      {!data.canManage && data.canSeePersonalData && !allDays && (
        <Scans meeting={meeting} data={data} day={day} />
      )}
      <AttendeesTable meeting={meeting} data={data} />
      {!data.canSeePersonalData && (
        <Typography.Text type="secondary">{t('attendance.personalHidden')}</Typography.Text>
      )}
    </Space>
  );
}
