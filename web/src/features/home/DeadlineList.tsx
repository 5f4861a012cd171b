import { Card, List, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canManageDeadlines, daysUntil } from '../../../../domain/deadlines.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { formatDate } from '../../components/format.ts';
import type { Home } from './api.ts';

/** Today in Indonesia (WIB), as the server counts deadlines. */
function todayInIndonesia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}

/** The region's next deadlines (GET /home answers the upcoming ones), each with the days left. */
export function DeadlineList({
  deadlines,
  regionSearch,
}: {
  deadlines: Home['deadlines'];
  regionSearch: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const today = todayInIndonesia();
  // The deadlines page is where DP3A sets them; the others read them here.
  const manages = canManageDeadlines(accessActorOf(me), region.code);
  return (
    <Card
      size="small"
      title={
        <span>
          <CalendarOutlined aria-hidden /> {t('home.deadlines.title')}
        </span>
      }
      extra={
        manages && (
          <Link to={{ pathname: '/pengaturan/tenggat', search: regionSearch }}>{t('home.open')}</Link>
        )
      }
      style={{ marginTop: 24 }}
      data-testid="home-deadlines"
    >
      {deadlines.length === 0 ? (
        <Typography.Text type="secondary">{t('home.deadlines.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={deadlines}
          renderItem={(d) => {
            const left = daysUntil(today, d.dueDate);
            return (
              <List.Item key={d.id}>
                <span>
                  <Typography.Text strong>
                    {t(`deadlines.kinds.${d.kind}`)} {d.year}
                  </Typography.Text>
                  {d.note && <Typography.Text type="secondary"> — {d.note}</Typography.Text>}
                </span>
                <span>
                  {formatDate(d.dueDate)}{' '}
                  <Tag color={left <= 7 ? 'orange' : 'default'}>
                    {left === 0 ? t('deadlines.today') : t('deadlines.daysLeft', { count: left })}
                  </Tag>
                </span>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
