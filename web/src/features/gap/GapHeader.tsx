import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useRegionSearch } from '../../app/region.tsx';
import { formatDateTime } from '../../components/format.ts';
import { HelpLink, PageTitle } from '../../components/PageHeader.tsx';
import { GAP_STATUS_COLORS } from '../planning/arg.ts';
import { formatRupiah } from '../../components/money.ts';
import type { GapView } from './api.ts';
import { queueBackTo, SUB_ACTIVITY_PATH } from './navigation.ts';

/**
 * The version users see is the submission: "Versi 2" is the second submission. The edit lock's
 * counter (`view.version`), which every automatic save moves on, is never shown.
 */
function versionText(view: GapView, t: TFunction): string {
  const n = view.submission;
  if (n === 0) return t('gap.header.versionNone');
  const date = formatDateTime(view.submittedAt);
  const editing = view.status === 'draft' || view.status === 'revision';
  return editing
    ? t('gap.header.versionRevising', { n, date, next: n + 1 })
    : t('gap.header.versionSubmitted', { n, date });
}

/** The document's identity: OPD, year, sub-kegiatan, pagu, status and version. */
interface Props {
  view: GapView;
  /** The autosave state ("Tersimpan 10.32"). */
  status: ReactNode;
  actions: ReactNode;
}

export function GapHeader({ view, status, actions }: Props) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  // A reviewer who came from the queue goes back to it, filters and page as they were.
  const fromQueue = queueBackTo(useLocation().state);
  const sub = view.subActivity;
  const { program, kegiatan } = view.nomenclature;
  const named = (n: { code: string; name: string }) => (
    <>
      <Typography.Text code>{n.code}</Typography.Text> {n.name}
    </>
  );
  return (
    <header style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">
        {fromQueue ? (
          <Link to={fromQueue} data-testid="gap-back">
            {t('gap.header.backQueue')}
          </Link>
        ) : (
          <Link to={{ pathname: SUB_ACTIVITY_PATH, search }} data-testid="gap-back">
            {t('gap.header.back')}
          </Link>
        )}
      </Typography.Text>
      <Flex gap={12} wrap align="center" style={{ marginTop: 4 }}>
        <PageTitle>{t('gap.header.title', { name: sub.name })}</PageTitle>
        <Tag color={GAP_STATUS_COLORS[view.status]} data-testid="gap-status">
          {t(`gap.statusLabel.${view.status}`)}
        </Tag>
        <HelpLink section="gap" title={t('gap.header.title', { name: sub.name })} />
        {view.isDemo && (
          <Tooltip title={t('app.demoHint')}>
            <Tag bordered={false} color="orange">
              {t('common.demoTag')}
            </Tag>
          </Tooltip>
        )}
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        data-testid="gap-header"
        items={[
          { key: 'opd', label: t('gap.header.opd'), children: view.opd.name },
          { key: 'year', label: t('gap.header.year'), children: view.year },
          { key: 'pagu', label: t('gap.header.pagu'), children: formatRupiah(sub.budget) },
          ...(program
            ? [{ key: 'program', label: t('gap.header.program'), span: 3, children: named(program) }]
            : []),
          ...(kegiatan
            ? [{ key: 'kegiatan', label: t('gap.header.kegiatan'), span: 3, children: named(kegiatan) }]
            : []),
          {
            key: 'code',
            label: t('gap.header.subActivity'),
            span: 2,
            children: (
              <>
                <Typography.Text code>{sub.code}</Typography.Text> {sub.name}
              </>
            ),
          },
          {
            key: 'version',
            label: t('gap.header.version'),
            children: <span data-testid="gap-version">{versionText(view, t)}</span>,
          },
        ]}
      />
      {/* Saving state and the document's actions stay in view while a long step scrolls. */}
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        wrap
        role="toolbar"
        aria-label={t('gap.header.toolbar')}
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: '#f5f5f5',
          padding: '8px 0',
          marginTop: 8,
          borderBottom: '1px solid #e8e8e8',
        }}
      >
        <div>{status}</div>
        <Flex gap={8} wrap align="center">
          {actions}
        </Flex>
      </Flex>
    </header>
  );
}
