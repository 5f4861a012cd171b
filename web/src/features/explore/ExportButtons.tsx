import { Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { exportHref, type ExportFormat } from './api.ts';

const FORMATS: readonly { key: ExportFormat; label: string }[] = [
  { key: 'csv', label: 'CSV' },
  { key: 'xlsx', label: 'XLSX' },
  { key: 'json', label: 'JSON' },
  { key: 'sdmx-csv', label: 'SDMX-CSV' },
  { key: 'dhis2', label: 'DHIS2' },
];

/**
 * The values behind the view as a file. Plain links: the browser sends the session cookie and
 * streams the download itself, however large the selection.
 */
export function ExportButtons({ filters }: { filters: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap role="group" aria-label={t('explore.export')} data-testid="export-buttons">
      <Typography.Text type="secondary">
        <DownloadOutlined /> {t('explore.export')}:
      </Typography.Text>
      {FORMATS.map((f) => (
        <Button
          key={f.key}
          size="small"
          href={exportHref(filters, f.key)}
          download
          title={t(`explore.exportFormats.${f.key}`)}
          data-testid={`export-${f.key}`}
        >
          {f.label}
        </Button>
      ))}
    </Space>
  );
}
