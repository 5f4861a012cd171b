import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegionSearch } from '../../app/region.tsx';
import { GAP_STATUS_COLORS } from '../planning/arg.ts';
import { formatRupiah } from '../planning/money.ts';
import type { GapView } from './api.ts';

/** The document's identity: OPD, year, sub-kegiatan, pagu, status, submission and version. */
export function GapHeader({ view, actions }: { view: GapView; actions: ReactNode }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const sub = view.subActivity;
  return (
    <header style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">
        <Link to={{ pathname: '/perencanaan/sub-kegiatan', search }}>{t('gap.header.back')}</Link>
      </Typography.Text>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: '4px 0 0' }}>
            {t('gap.header.title', { name: sub.name })}
          </Typography.Title>
          <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
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
        </div>
        <Flex gap={8} wrap align="center">
          {actions}
        </Flex>
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
            children: t('gap.header.submissionValue', { n: view.submission, version: view.version }),
          },
          ...(sub.program
            ? [
                {
                  key: 'program',
                  label: t('gap.header.program'),
                  children: `${sub.program.code} ${sub.program.name}`,
                },
              ]
            : []),
          ...(sub.kegiatan
            ? [
                {
                  key: 'kegiatan',
                  label: t('gap.header.kegiatan'),
                  children: `${sub.kegiatan.code} ${sub.kegiatan.name}`,
                },
              ]
            : []),
        ]}
      />
    </header>
  );
}
