import { useState, type HTMLAttributes } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, FormOutlined, RollbackOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { useReviewBoard, useReviewStep, type ReviewRow } from './api.ts';
import { ReturnModal } from './ReturnModal.tsx';
import { entryLink } from './links.ts';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';

const STEP_COLORS = { submit: 'gold', verify: 'green', return: 'volcano' } as const;

interface Props {
  regionCode: string;
  period: string;
  canVerify: boolean;
  regionSearch: string;
}

/** Per OPD: how many values stand where, the latest step, and DP3A's verify/return actions. */
export function ReviewBoard({ regionCode, period, canVerify, regionSearch }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const board = useReviewBoard(regionCode, period);
  const step = useReviewStep(regionCode);
  const [returning, setReturning] = useState<{ id: string; name: string } | null>(null);
  const frozen = useFrozenFirstColumn(150);

  async function verify(row: ReviewRow) {
    try {
      const { moved } = await step.mutateAsync({ action: 'verify', period, opdId: row.opd.id });
      message.success(t('review.verifiedDone', { count: moved, n: moved, opd: row.opd.name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  const count = (n: number) => (n ? formatNumber(n) : <Typography.Text type="secondary">0</Typography.Text>);
  const columns: ColumnsType<ReviewRow> = [
    {
      title: t('review.opd'),
      key: 'opd',
      ...frozen,
      render: (_: unknown, row) => (
        <>
          <div>{row.opd.name}</div>
          <Space size={[12, 0]} wrap style={{ fontSize: 12 }}>
            <Typography.Text type="secondary">{row.opd.shortName}</Typography.Text>
            <Link
              to={entryLink(row.opd.id, period, regionSearch)}
              aria-label={t('review.openAction', { opd: row.opd.name })}
            >
              <FormOutlined /> {t('review.open')}
            </Link>
          </Space>
        </>
      ),
    },
    { title: t('review.draft'), dataIndex: 'draft', width: 70, align: 'right', render: count },
    { title: t('review.submitted'), dataIndex: 'submitted', width: 95, align: 'right', render: count },
    { title: t('review.verified'), dataIndex: 'verified', width: 115, align: 'right', render: count },
    {
      title: t('review.lastStep'),
      key: 'step',
      width: 230,
      render: (_: unknown, { lastStep }) =>
        lastStep ? (
          <>
            <Tag color={STEP_COLORS[lastStep.action]}>{t(`data.steps.${lastStep.action}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(lastStep.at)}
            </Typography.Text>
            {lastStep.comment && (
              <Typography.Paragraph
                style={{ margin: '4px 0 0', fontSize: 13 }}
                ellipsis={{ rows: 3, tooltip: true }}
              >
                “{lastStep.comment}”
              </Typography.Paragraph>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">{t('review.noStep')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <Popconfirm
            title={t('review.verifyConfirm', {
              count: row.submitted,
              n: row.submitted,
              opd: row.opd.name,
              period,
            })}
            okText={t('review.verify')}
            cancelText={t('common.cancel')}
            onConfirm={() => verify(row)}
            disabled={row.submitted === 0}
            styles={{ root: { maxWidth: 360 } }}
          >
            <Button size="small" type="primary" icon={<CheckOutlined />} disabled={row.submitted === 0}>
              {t('review.verify')}
            </Button>
          </Popconfirm>
          <Button
            size="small"
            danger
            icon={<RollbackOutlined />}
            disabled={row.submitted + row.verified === 0}
            onClick={() => setReturning({ id: row.opd.id, name: row.opd.name })}
          >
            {t('review.return')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      <Table<ReviewRow>
        data-testid="review-table"
        rowKey={(row) => row.opd.id}
        // Readers see the counts and steps; the actions column is DP3A's.
        columns={canVerify ? columns : columns.filter((c) => c.key !== 'actions')}
        dataSource={board.data ?? []}
        loading={board.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 960 }}
        onRow={(row) => ({ 'data-testid': `review-row-${row.opd.shortName}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: board.isPending ? ' ' : <EmptyState>{t('review.empty')}</EmptyState> }}
      />
      <ReturnModal
        regionCode={regionCode}
        period={period}
        opd={returning}
        onClose={() => setReturning(null)}
      />
    </>
  );
}
