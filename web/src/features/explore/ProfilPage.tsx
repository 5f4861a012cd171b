import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Col, Flex, Radio, Row, Select, Spin, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { profilQuery } from '../../../../api/profil.ts';
import { parsePeriod } from '../../../../domain/period.ts';
import { isApiError } from '../../app/api.ts';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatNumber } from '../../components/format.ts';
import { useRegionPeriods, type RegionPeriod } from './api.ts';
import { downloadFile } from './download.ts';
import { ProfilContents } from './ProfilContents.tsx';
import { ProfilPublicationsCard } from './ProfilPublicationsCard.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';

type Edition = z.infer<typeof profilQuery>['status'];
type Format = z.infer<typeof profilQuery>['format'];

/** Values and verified values per year, newest first (semesters and quarters count to their year). */
function yearsOf(periods: RegionPeriod[]) {
  const byYear = new Map<number, { values: number; verified: number }>();
  for (const p of periods) {
    const year = parsePeriod(p.period)?.year;
    if (year === undefined) continue;
    const sum = byYear.get(year) ?? { values: 0, verified: 0 };
    byYear.set(year, { values: sum.values + p.values, verified: sum.verified + p.verified });
  }
  return [...byYear].sort((a, b) => b[0] - a[0]).map(([year, n]) => ({ year, ...n }));
}

/** Profil Gender: the yearly publication of the region, one click to PDF or XLSX. */
export function ProfilPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const regionSearch = useRegionSearch();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const isNational = region.level === 'nasional';
  const periods = useRegionPeriods(region.code, !isNational);
  const years = yearsOf(periods.data ?? []);
  const [chosen, setChosen] = useState<number | null>(null);
  const [edition, setEdition] = useState<Edition>('all');
  const [busy, setBusy] = useState<Format | null>(null);
  const year = chosen ?? years[0]?.year ?? null;
  const counts = years.find((y) => y.year === year);

  async function download(format: Format) {
    if (year === null) return;
    setBusy(format);
    try {
      const query = new URLSearchParams({ year: String(year), format, status: edition });
      const url = `/api/regions/${encodeURIComponent(region.code)}/profil-gender?${query.toString()}`;
      const name = await downloadFile(url, `profil-gender-${region.code}-${year}.${format}`);
      message.success(t('profil.downloaded', { name }));
    } catch (err) {
      message.error(isApiError(err) || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  const header = (
    <PageHeader
      help="profil"
      title={t('profil.title')}
      subtitle={t('profil.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('explore.nationalHint')} />;

  let body;
  if (periods.isPending) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={t('app.loading')} />
      </Flex>
    );
  } else if (years.length === 0) {
    body = (
      <div data-testid="profil-empty" style={{ padding: 24 }}>
        <EmptyState>
          <div>
            {t(region.level === 'provinsi' ? 'profil.emptyProvince' : 'profil.empty', {
              region: region.name,
            })}
          </div>
          {region.level !== 'provinsi' && (
            <Button
              style={{ marginTop: 12 }}
              onClick={() => navigate({ pathname: '/data/isian', search: regionSearch })}
            >
              {t('profil.toEntry')}
            </Button>
          )}
        </EmptyState>
      </div>
    );
  } else {
    body = (
      <Card title={t('profil.make')} data-testid="profil-form">
        <Flex vertical gap={16}>
          <Select<number>
            aria-label={t('data.periodYear')}
            data-testid="profil-year"
            prefix={`${t('data.periodYear')}:`}
            value={year ?? undefined}
            style={{ width: 200 }}
            options={years.map((y) => ({ value: y.year, label: String(y.year) }))}
            onChange={setChosen}
          />
          {counts && (
            <Typography.Text type="secondary">
              {t('profil.counts', {
                year,
                values: formatNumber(counts.values),
                verified: formatNumber(counts.verified),
                first: (year ?? 0) - 5,
              })}
            </Typography.Text>
          )}
          <Radio.Group
            aria-label={t('profil.edition')}
            value={edition}
            onChange={(e) => setEdition(e.target.value as Edition)}
          >
            <Flex vertical gap={8}>
              <Radio value="all">{t('profil.editionAll')}</Radio>
              <Radio value="verified" data-testid="profil-verified">
                {t('profil.editionVerified')}
              </Radio>
            </Flex>
          </Radio.Group>
          {edition === 'verified' && counts && counts.verified === 0 && (
            <Alert type="warning" showIcon title={t('profil.noneVerified', { year })} />
          )}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={busy === 'pdf'}
              disabled={busy !== null && busy !== 'pdf'}
              data-testid="profil-pdf"
              onClick={() => void download('pdf')}
            >
              {t('profil.pdf')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              disabled={busy !== null && busy !== 'xlsx'}
              data-testid="profil-xlsx"
              onClick={() => void download('xlsx')}
            >
              {t('profil.xlsx')}
            </Button>
          </Flex>
          {busy && <Typography.Text type="secondary">{t('profil.busy')}</Typography.Text>}
        </Flex>
      </Card>
    );
  }

  return (
    <>
      {header}
      <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          {body}
          {years.length > 0 && (
            <ProfilPublicationsCard region={region} year={year} verified={counts?.verified ?? 0} />
          )}
        </Col>
        <Col xs={24} lg={13}>
          <ProfilContents />
        </Col>
      </Row>
    </>
  );
}
