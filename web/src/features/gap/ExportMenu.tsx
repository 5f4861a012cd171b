import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './api.ts';

const DOCS = ['gap', 'gbs', 'tor'] as const;
const FORMATS = ['pdf', 'xlsx'] as const;

/**
 * The official layouts of this document: GAP matrix, GBS form, TOR — each as PDF or XLSX.
 * Only what exists is offered (domain/planning/gap-progress.ts, as the export refuses the rest):
 * a GBS or KAK not drafted yet, or emptied, is not listed as an empty document.
 */
export function ExportMenu({ id, hasGbs, hasTor }: { id: string; hasGbs: boolean; hasTor: boolean }) {
  const { t } = useTranslation();
  const has = { gap: true, gbs: hasGbs, tor: hasTor };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: DOCS.filter((doc) => has[doc]).flatMap((doc) =>
          FORMATS.map((format) => ({
            key: `${doc}.${format}`,
            label: (
              <a href={exportUrl(id, doc, format)} download data-testid={`gap-export-${doc}-${format}`}>
                {t('gap.export.item', { doc: t(`gap.export.${doc}`), format: format.toUpperCase() })}
              </a>
            ),
          })),
        ),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('gap.export.button')}</Button>
    </Dropdown>
  );
}
