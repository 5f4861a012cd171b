import { Alert, Result, Spin, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegionSearch } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useMeeting } from './api.ts';
import { EVENT_TABS } from './eventTabs.tsx';
import { dateRangeText } from './format.ts';

/** One event: its tabs (EVENT_TABS: summary, invitees, minutes, and those other features add). */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const regionSearch = useRegionSearch();
  const meeting = useMeeting(id);
  if (meeting.isPending)
    return <Spin style={{ display: 'block', margin: '64px auto' }} aria-label={t('app.loading')} />;
  if (meeting.error || !meeting.data) {
    const status = (meeting.error as { status?: number } | null)?.status;
    if (status === 404)
      return (
        <Result
          status="404"
          title={t('meetings.notFound')}
          extra={<Link to={`/kelembagaan/kegiatan${regionSearch}`}>{t('meetings.backToList')}</Link>}
        />
      );
    return <ErrorAlert error={meeting.error} />;
  }
  const m = meeting.data;
  const actor = accessActorOf(me);
  const tabs = EVENT_TABS.filter((tab) => tab.show(m, actor));
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : tabs[0]?.key;
  return (
    <>
      <Link to={`/kelembagaan/kegiatan${regionSearch}`}>
        <ArrowLeftOutlined aria-hidden /> {t('meetings.backToList')}
      </Link>
      <PageHeader
        title={m.title}
        subtitle={
          <>
            <Tag>{t(`meetings.kind.${m.kind}`)}</Tag>
            <Tag color={m.status === 'cancelled' ? 'red' : m.status === 'held' ? 'green' : 'blue'}>
              {t(`meetings.status.${m.status}`)}
            </Tag>
            {m.isDemo && <Tag color="purple">{t('app.demo')}</Tag>} {dateRangeText(m.startsOn, m.endsOn)}
          </>
        }
      />
      {m.status === 'cancelled' && (
        <Alert type="warning" showIcon message={t('meetings.cancelledNote')} style={{ marginBottom: 16 }} />
      )}
      <Tabs
        activeKey={active}
        onChange={(key) => {
          const next = new URLSearchParams(search);
          next.set('tab', key);
          setSearch(next, { replace: true });
        }}
        items={tabs.map((tab) => ({ key: tab.key, label: t(tab.labelKey), children: tab.render(m) }))}
      />
    </>
  );
}
