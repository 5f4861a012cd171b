import { useState } from 'react';
import { Alert, Flex, Select, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { useGapCompare, useGapVersions, type GapView, type ReviewEvent } from './api.ts';
import { CompareView } from './CompareView.tsx';
import { usePartName } from './labels.ts';
import { SaveHistory } from './SaveHistory.tsx';

const EVENT_COLORS = { submit: 'blue', comment: 'gray', revision: 'red', approve: 'green' } as const;

function EventTimeline({ events }: { events: ReviewEvent[] }) {
  const { t } = useTranslation();
  const partName = usePartName();
  if (events.length === 0) return <EmptyState>{t('gap.history.noEvents')}</EmptyState>;
  return (
    <Timeline
      data-testid="gap-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: EVENT_COLORS[e.kind],
        content: (
          <>
            <Flex gap={6} wrap align="center">
              <Tag color={EVENT_COLORS[e.kind]}>{t(`gap.events.${e.kind}`)}</Tag>
              {e.target !== null && <Tag>{partName(e.target)}</Tag>}
              <Typography.Text strong>{e.authorName}</Typography.Text>
              <Typography.Text type="secondary">
                ({t(`roles.${e.authorRole}`, { defaultValue: e.authorRole })}) · {formatDateTime(e.at)} ·{' '}
                {t('gap.submissionN', { n: e.submission })}
              </Typography.Text>
            </Flex>
            {e.body && (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}

/**
 * The review trail, the submitted versions (version N is the N-th submission), what changed
 * between two of them, and, folded away, the automatic saves, which are not versions.
 */
export function HistoryPanel({ view }: { view: GapView }) {
  const { t } = useTranslation();
  const versions = useGapVersions(view.id);
  const list = versions.data ?? [];
  const last = list.length ? Math.max(...list.map((v) => v.submission)) : null;
  const editing = view.status === 'draft' || view.status === 'revision';
  // By default: the last submission against today's draft while editing, else the last two.
  const [picked, setPicked] = useState<{ from: number | null; to: number | 'current' | null } | null>(null);
  const defaults = {
    from: last === null ? null : editing ? last : list.length > 1 ? last - 1 : null,
    to: last === null ? null : editing ? ('current' as const) : last,
  };
  const { from, to } = picked ?? defaults;
  const compare = useGapCompare(view.id, from, to);
  const options = list.map((v) => ({
    value: v.submission,
    label: t('gap.history.versionLabel', { n: v.submission, date: formatDateTime(v.submittedAt) }),
  }));

  return (
    <section aria-labelledby="gap-heading-history" data-testid="gap-section-history">
      <Typography.Title level={3} id="gap-heading-history" style={{ marginTop: 0 }}>
        {t('gap.nav.history')}
      </Typography.Title>
      <Typography.Title level={5}>{t('gap.history.events')}</Typography.Title>
      <EventTimeline events={view.events} />

      <Typography.Title level={5}>{t('gap.history.versions')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('gap.history.versionsHint')}</Typography.Paragraph>
      <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      {versions.isPending ? (
        <Spin />
      ) : list.length === 0 ? (
        <EmptyState>{t('gap.history.noVersions')}</EmptyState>
      ) : (
        <>
          <ul data-testid="gap-versions">
            {list.map((v) => (
              <li key={v.submission}>
                {t('gap.history.versionLine', {
                  n: v.submission,
                  date: formatDateTime(v.submittedAt),
                  name: v.submittedByName,
                })}
              </li>
            ))}
          </ul>
          <Typography.Title level={5}>{t('gap.history.compare')}</Typography.Title>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
            <label htmlFor="gap-compare-from">{t('gap.history.from')}</label>
            <Select
              id="gap-compare-from"
              style={{ minWidth: 260 }}
              value={from ?? undefined}
              placeholder={t('gap.history.pick')}
              options={options}
              onChange={(v: number) => setPicked({ from: v, to })}
            />
            <label htmlFor="gap-compare-to">{t('gap.history.to')}</label>
            <Select
              id="gap-compare-to"
              style={{ minWidth: 260 }}
              value={to ?? undefined}
              placeholder={t('gap.history.pick')}
              options={[...options, { value: 'current', label: t('gap.history.current') }]}
              onChange={(v: number | 'current') => setPicked({ from, to: v })}
            />
          </Flex>
          {from !== null && to !== null && from === to && (
            <Alert type="info" showIcon title={t('gap.history.same')} style={{ marginBottom: 12 }} />
          )}
          <ErrorAlert error={compare.error} onRetry={() => void compare.refetch()} />
          {compare.isFetching && !compare.data ? (
            <Spin />
          ) : (
            compare.data && <CompareView sections={compare.data.sections} />
          )}
        </>
      )}
      <SaveHistory documentId={view.id} />
    </section>
  );
}
