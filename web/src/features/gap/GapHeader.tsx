import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegionSearch } from '../../app/region.tsx';
import { GAP_STATUS_COLORS } from '../planning/arg.ts';
import { formatRupiah } from '../../components/money.ts';
import type { GapView } from './api.ts';

/** The document's identity: OPD, year, sub-kegiatan, pagu, status, submission and version. */
interface Props {
  view: GapView;
  /** The autosave state ("Tersimpan 10.32"). */
  status: ReactNode;
  actions: ReactNode;
}

export function GapHeader({ view, status, actions }: Props) {
  const { t } = useTranslation();
  const search = useRegionSearch();
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
        <Link to={{ pathname: '/perencanaan/sub-kegiatan', search }}>{t('gap.header.back')}</Link>
      </Typography.Text>
      <Flex gap={12} wrap align="center" style={{ marginTop: 4 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('gap.header.title', { name: sub.name })}
        </Typography.Title>
        <Tag color={GAP_STATUS_COLORS[view.status]} data-testid="gap-status">
          {t(`gap.statusLabel.${view.status}`)}
        </Tag>
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
            key: 'submission',
            label: t('gap.header.submission'),
            children:
              view.submission > 0
                ? t('gap.header.submissionValue', { n: view.submission, version: view.version })
                : t('gap.header.notSubmitted', { version: view.version }),
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
