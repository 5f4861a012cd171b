import { Checkbox, Flex, Pagination, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FOLLOW_UP_STATUSES } from '../../../../domain/follow-ups/constants.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useActiveOpds } from '../opd/api.ts';
import { useFollowUpBoard, type FollowUp } from './api.ts';
import { FollowUpCard } from './FollowUpCard.tsx';
import { FollowUpUpdateModal } from './FollowUpUpdateModal.tsx';

type GroupBy = 'owner' | 'due';
const PAGE_SIZE = 50;

function groupsOf(items: FollowUp[], by: GroupBy, label: (f: FollowUp) => string) {
  const groups = new Map<string, FollowUp[]>();
  for (const f of items) {
    const key = by === 'owner' ? f.owner.name : label(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()];
}

/**
 * /kelembagaan/tindak-lanjut: the region's follow-ups by due date, grouped by owner or by due
 * month (overdue first, in red with the word), filtered by status, owner OPD, overdue, one
 * event, or mine. Owners update the status and attach evidence from each card. `?id=` (the
 * link of a notification) opens that follow-up's update.
 */
export function FollowUpBoardPage() {
  const { t, i18n } = useTranslation();
  const { region } = useRegion();
  const [search, setSearch] = useSearchParams();
  const [status, setStatus] = useState<string>('open_all');
  const [ownerOpdId, setOwnerOpdId] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [groupBy, setGroupBy] = useState<GroupBy>('due');
  const [page, setPage] = useState(1);
  const meetingId = search.get('kegiatan');
  const openId = search.get('id');
  const opds = useActiveOpds(region.code);
  const board = useFollowUpBoard(region.code, {
    status: status === 'all' ? null : status,
    ownerOpdId,
    overdue,
    mine,
    meetingId,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = status !== 'open_all' || !!ownerOpdId || overdue || mine || !!meetingId;
  const monthOf = (f: FollowUp) =>
    f.urgency === 'overdue'
      ? t('followUps.board.overdueGroup')
      : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
          month: 'long',
          year: 'numeric',
        }).format(new Date(`${f.dueDate}T00:00:00`));
  const change = (fn: () => void) => {
    fn();
    setPage(1);
  };
  const closeOpened = () => {
    const next = new URLSearchParams(search);
    next.delete('id');
    setSearch(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('followUps.title')} subtitle={t('followUps.subtitle')} />
      <Flex
        gap={12}
        wrap
        align="center"
        role="search"
        aria-label={t('followUps.board.filters')}
        style={{ marginBottom: 16 }}
      >
        <Select
          aria-label={t('followUps.board.status')}
          value={status}
          style={{ minWidth: 220 }}
          onChange={(v) => change(() => setStatus(v))}
          options={[
            { value: 'open_all', label: t('followUps.board.statusOpenAll') },
            { value: 'all', label: t('followUps.board.statusAll') },
            ...FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUps.statuses.${s}`) })),
          ]}
          data-testid="follow-up-filter-status"
        />
        <Select
          aria-label={t('followUps.board.owner')}
          value={ownerOpdId ?? ''}
          style={{ minWidth: 260 }}
          showSearch
          optionFilterProp="label"
          onChange={(v) => change(() => setOwnerOpdId(v || null))}
          options={[
            { value: '', label: t('followUps.board.ownerAll') },
            ...(opds.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => change(() => setOverdue(e.target.checked))}
          data-testid="follow-up-filter-overdue"
        >
          {t('followUps.board.overdue')}
        </Checkbox>
        <Checkbox checked={mine} onChange={(e) => change(() => setMine(e.target.checked))}>
          {t('followUps.board.mine')}
        </Checkbox>
        <Space>
          <Typography.Text id="follow-up-group-by">{t('followUps.board.groupBy')}</Typography.Text>
          <Segmented<GroupBy>
            aria-labelledby="follow-up-group-by"
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: 'due', label: t('followUps.board.groupDue') },
              { value: 'owner', label: t('followUps.board.groupOwner') },
            ]}
          />
        </Space>
        {meetingId && (
          <Typography.Link
            onClick={() => {
              const next = new URLSearchParams(search);
              next.delete('kegiatan');
              setSearch(next);
            }}
          >
            {t('followUps.board.clearMeeting')}
          </Typography.Link>
        )}
      </Flex>
      {board.isPending && <Spin aria-label={t('app.loading')} />}
      {board.error && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <>
          <Typography.Paragraph data-testid="follow-up-counts">
            {t('followUps.board.counts', board.data.counts)}
          </Typography.Paragraph>
          {board.data.items.length === 0 ? (
            <EmptyState>
              {filtered ? t('followUps.board.emptyFiltered') : t('followUps.board.empty')}
            </EmptyState>
          ) : (
            groupsOf(board.data.items, groupBy, monthOf).map(([group, items]) => (
              <section key={group} aria-label={group} style={{ marginBottom: 16 }}>
                <Typography.Title
                  level={4}
                  type={group === t('followUps.board.overdueGroup') ? 'danger' : undefined}
                >
                  {group} ({items.length})
                </Typography.Title>
                {items.map((f) => (
                  <FollowUpCard key={f.id} item={f} showMeeting />
                ))}
              </section>
            ))
          )}
          {board.data.total > PAGE_SIZE && (
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={board.data.total}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </>
      )}
      {openId && <FollowUpUpdateModal id={openId} onClose={closeOpened} />}
    </>
  );
}
