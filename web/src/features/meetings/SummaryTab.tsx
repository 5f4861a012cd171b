import { Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { MeetingDetail } from './api.ts';
import { MaterialsSection } from './MaterialsSection.tsx';
import { dateRangeText } from './format.ts';
import { MeetingActions } from './MeetingActions.tsx';

/** Ringkasan: what, when, where, the agenda, intended outcomes, materials and sign-in days. */
export function SummaryTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const time = m.startTime
    ? `${m.startTime}${m.endTime ? `–${m.endTime}` : ''} (${t(`meetings.tz.${m.timeZone}`)})`
    : '';
  return (
    <>
      <MeetingActions meeting={m} />
      <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('meetings.fields.kind')}>
          {t(`meetings.kind.${m.kind}`)}
        </Descriptions.Item>
        {m.theme && <Descriptions.Item label={t('meetings.fields.theme')}>{m.theme}</Descriptions.Item>}
        <Descriptions.Item label={t('meetings.fields.dates')}>
          {dateRangeText(m.startsOn, m.endsOn)} {time}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.fields.venue')}>
          {m.venue || '—'}
          {m.onlineUrl && (
            <>
              {' · '}
              <Typography.Link href={m.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('meetings.fields.onlineUrl')}
              </Typography.Link>
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.fields.organiserOpdId')}>
          {m.organiserOpd ? m.organiserOpd.name : '—'}
        </Descriptions.Item>
        {m.trainingHours !== null && (
          <Descriptions.Item label={t('meetings.fields.trainingHours')}>
            {formatNumber(m.trainingHours)} {t('meetings.lessonHours')}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={4}>{t('meetings.fields.agenda')}</Typography.Title>
      {m.agenda.length ? (
        <ol>
          {m.agenda.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('meetings.emptyAgenda')}</EmptyState>
      )}
      <Typography.Title level={4}>{t('meetings.fields.intendedOutcomes')}</Typography.Title>
      {m.intendedOutcomes.length ? (
        <ol>
          {m.intendedOutcomes.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('meetings.emptyOutcomes')}</EmptyState>
      )}
      <Typography.Title level={4}>{t('meetings.materials')}</Typography.Title>
      <MaterialsSection meeting={m} />
      <Typography.Title level={4}>{t('meetings.days')}</Typography.Title>
      <List
        size="small"
        dataSource={m.days}
        renderItem={(d) => (
          <List.Item>
            {dateRangeText(d.day, d.day)} —{' '}
            {t('meetings.signInWindow', {
              from: formatDateTime(d.signInOpensAt),
              to: formatDateTime(d.signInClosesAt),
            })}
          </List.Item>
        )}
      />
    </>
  );
}
