import { useMemo, useState } from 'react';
import { Button, Calendar, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, DownloadOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_STATUSES } from '../../../../domain/meetings/constants.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatNumber } from '../../components/format.ts';
import { organisesMeetings } from './access.ts';
import { icsUrl, useMeetings, type MeetingListItem } from './api.ts';
import { dateRangeText } from './format.ts';
import { MeetingFormModal } from './MeetingForm.tsx';

const STATUS_COLORS = { planned: 'blue', held: 'green', cancelled: 'red' } as const;

/** Kegiatan: the region's PUG events of a year, as a list (filters) or a month calendar; ICS export. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const [year, setYear] = useState(new Date().getFullYear());
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [creating, setCreating] = useState(false);
  const list = useMeetings(region.code, { year, kind, status });
  const otherYears = (list.data?.years ?? []).filter((y) => y !== year);
  const organiser = organisesMeetings(accessActorOf(me), region.code);
  const items = list.data?.items ?? [];
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 1 - i), []);
  const link = (m: MeetingListItem) => `/kelembagaan/kegiatan/${m.id}${regionSearch}`;

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<DownloadOutlined aria-hidden />} href={icsUrl(region.code, year)}>
              {t('meetings.ics')}
            </Button>
            {organiser && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('meetings.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }} align="center">
        <Select
          aria-label={t('meetings.filters.year')}
          value={year}
          onChange={(y) => {
            setYear(y);
            setMonth(month.year(y));
          }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        <Select
          aria-label={t('meetings.filters.kind')}
          allowClear
          placeholder={t('meetings.filters.allKinds')}
          value={kind}
          onChange={(v) => setKind(v ?? null)}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('meetings.filters.status')}
          allowClear
          placeholder={t('meetings.filters.allStatuses')}
          value={status}
          onChange={(v) => setStatus(v ?? null)}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
          style={{ width: 160 }}
        />
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'list' | 'calendar')}
          options={[
            { value: 'list', label: t('meetings.view.list'), icon: <UnorderedListOutlined aria-hidden /> },
            { value: 'calendar', label: t('meetings.view.calendar'), icon: <CalendarOutlined aria-hidden /> },
          ]}
        />
      </Flex>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {view === 'list' ? (
        <Table<MeetingListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={items}
          pagination={false}
          locale={{
            emptyText: (
              <EmptyState>
                {organiser ? t('meetings.emptyOrganiser') : t('meetings.empty')}
                {otherYears.length > 0 && (
                  <div>
                    {t('meetings.otherYears')}{' '}
                    {otherYears.map((y) => (
                      <Button key={y} type="link" size="small" onClick={() => setYear(y)}>
                        {y}
                      </Button>
                    ))}
                  </div>
                )}
              </EmptyState>
            ),
          }}
          columns={[
            {
              title: t('meetings.fields.dates'),
              key: 'date',
              render: (_, m) => dateRangeText(m.startsOn, m.endsOn),
              width: 200,
            },
            {
              title: t('meetings.fields.title'),
              key: 'title',
              render: (_, m) => (
                <>
                  <Link to={link(m)}>{m.status === 'cancelled' ? <s>{m.title}</s> : m.title}</Link>{' '}
                  {m.isDemo && <Tag color="purple">{t('app.demo')}</Tag>}
                </>
              ),
            },
            { title: t('meetings.fields.kind'), key: 'kind', render: (_, m) => t(`meetings.kind.${m.kind}`) },
            {
              title: t('meetings.fields.venue'),
              key: 'venue',
              render: (_, m) => m.venue || (m.onlineUrl ? t('meetings.online') : '—'),
            },
            {
              title: t('meetings.invitees'),
              key: 'inv',
              align: 'right',
              render: (_, m) => formatNumber(m.inviteeCount),
            },
            {
              title: t('meetings.fields.status'),
              key: 'status',
              render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(`meetings.status.${m.status}`)}</Tag>,
            },
          ]}
        />
      ) : (
        <Calendar
          value={month}
          onPanelChange={(d) => {
            setMonth(d);
            if (d.year() !== year) setYear(d.year());
          }}
          onSelect={(d, info) => {
            if (info.source !== 'date') setMonth(d);
          }}
          cellRender={(d, info) => {
            if (info.type !== 'date') return info.originNode;
            const day = d.format('YYYY-MM-DD');
            const on = items.filter((m) => m.startsOn <= day && m.endsOn >= day);
            return (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {on.map((m) => (
                  <li key={m.id}>
                    <Link to={link(m)}>
                      <Typography.Text
                        delete={m.status === 'cancelled'}
                        ellipsis
                        style={{ maxWidth: '100%' }}
                      >
                        {t(`meetings.kind.${m.kind}`)}: {m.title}
                      </Typography.Text>
                    </Link>
                  </li>
                ))}
              </ul>
            );
          }}
        />
      )}
      {creating && <MeetingFormModal regionCode={region.code} onClose={() => setCreating(false)} />}
    </>
  );
}
