import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './api.ts';

const DOCS = ['gap', 'gbs', 'tor'] as const;
const FORMATS = ['pdf', 'xlsx'] as const;

/** The official layouts of this document: GAP matrix, GBS form, TOR — each as PDF or XLSX. */
export function ExportMenu({ id, hasGbs, hasTor }: { id: string; hasGbs: boolean; hasTor: boolean }) {
  const { t } = useTranslation();
  const has = { gap: true, gbs: hasGbs, tor: hasTor };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: DOCS.flatMap((doc) =>
          FORMATS.map((format) => ({
            key: `${doc}.${format}`,
            disabled: !has[doc],
            label: !has[doc] ? (
              t('gap.export.item', { doc: t(`gap.export.${doc}`), format: format.toUpperCase() })
            ) : (
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
