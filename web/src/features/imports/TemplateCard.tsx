import { useState } from 'react';
import { App as AntApp, Button, Card, Flex, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { readsEveryOpd } from '../../../../domain/access.ts';
import { accessActorOf, opdShownTo } from '../../app/access.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useMe } from '../../app/auth.tsx';
import { downloadFile } from '../explore/download.ts';
import { useAssignments, useIndicatorCatalog } from '../indicators/api.ts';
import { useActiveOpds } from '../opd/api.ts';
import { templateUrl } from './api.ts';

const ALL = '';

function years(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 16 }, (_, i) => now - i);
}

/** Picks year, OPD (admin) and indicators, and downloads the prefilled template. */
export function TemplateCard({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useMe();
  const [downloading, setDownloading] = useState(false);
  // An operator's template is their own OPD's (the server refuses another's); others pick.
  const pickOpd = readsEveryOpd(accessActorOf(me), regionCode);
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [opd, setOpd] = useState<string>(opdShownTo(me, regionCode, null) ?? ALL);
  const [codes, setCodes] = useState<string[]>([]);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const opds = useActiveOpds(regionCode, pickOpd);
  const catalog = useIndicatorCatalog(regionCode);
  const assignments = useAssignments(regionCode);

  const assigned = new Set(
    (assignments.data ?? []).filter((a) => opd === ALL || a.opdId === opd).map((a) => a.indicatorCode),
  );
  const indicatorOptions = (catalog.data ?? [])
    .filter((i) => i.active && i.periodicity === 'year' && (opd === ALL || assigned.has(i.code)))
    .map((i) => ({
      value: i.code,
      label: `${i.code} — ${currentLanguage() === 'en' ? i.nameEn : i.nameId}`,
    }));
  // Fetched rather than linked, so a refusal (a template too large to build, say) shows the
  // server's message instead of a page of JSON.
  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(
        templateUrl(regionCode, { period: String(year), opd: opd || null, indicators: codes, format }),
        `setara-impor-${regionCode}-${year}.${format}`,
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card title={t('imports.template.title')} size="small">
      <Typography.Paragraph type="secondary">{t('imports.template.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center">
        <Select<number>
          aria-label={t('imports.template.year')}
          prefix={`${t('imports.template.year')}:`}
          value={year}
          style={{ width: 140 }}
          options={years().map((y) => ({ value: y, label: String(y) }))}
          onChange={setYear}
        />
        {pickOpd && (
          <Select<string>
            aria-label={t('imports.template.opd')}
            prefix={`${t('imports.template.opd')}:`}
            value={opd}
            style={{ width: 320 }}
            popupMatchSelectWidth={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={opds.isPending}
            options={[
              { value: ALL, label: t('imports.template.allOpd') },
              ...(opds.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` })),
            ]}
            onChange={(v) => {
              setOpd(v);
              setCodes([]);
            }}
          />
        )}
        <Select<string[]>
          mode="multiple"
          allowClear
          aria-label={t('imports.template.indicators')}
          placeholder={t('imports.template.indicatorsPlaceholder')}
          value={codes}
          style={{ minWidth: 280, flex: 1 }}
          maxTagCount="responsive"
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
          options={indicatorOptions}
          onChange={setCodes}
        />
        <Select<'xlsx' | 'csv'>
          aria-label={t('imports.template.format')}
          value={format}
          style={{ width: 100 }}
          options={[
            { value: 'xlsx', label: 'XLSX' },
            { value: 'csv', label: 'CSV' },
          ]}
          onChange={setFormat}
        />
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => void download()}
          data-testid="import-template"
        >
          {t('imports.template.download')}
        </Button>
      </Flex>
    </Card>
  );
}
