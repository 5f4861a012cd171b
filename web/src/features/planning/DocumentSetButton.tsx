import { useState } from 'react';
import { App as AntApp, Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../explore/download.ts';
import { documentSetUrl, type DocumentSetKind } from './api-recap.ts';

const DOCS: DocumentSetKind[] = ['gap', 'gbs', 'tor'];
const FORMATS = ['pdf', 'xlsx'] as const;

interface Props {
  regionCode: string;
  year: number;
  /** One OPD's set, or null for every OPD of the region (operators get their own either way). */
  opdId: string | null;
}

/** A whole OPD's or region's GAP matrices, GBS or TOR of a year in one official file. */
export function DocumentSetButton({ regionCode, year, opdId }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const scope = opdId ? t('planning.documentSet.scopeOpd') : t('planning.documentSet.scopeRegion');

  const download = async (doc: DocumentSetKind, format: (typeof FORMATS)[number]) => {
    setBusy(true);
    const hide = message.loading(
      t('planning.documentSet.preparing', { doc: t(`planning.documentSet.${doc}`) }),
      0,
    );
    try {
      const name = await downloadFile(
        documentSetUrl(regionCode, { year, opdId, doc }, format),
        `${doc.toUpperCase()}-${year}.${format}`,
      );
      message.success(t('planning.documentSet.downloaded', { name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      hide();
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      disabled={busy}
      menu={{
        items: DOCS.flatMap((doc) =>
          FORMATS.map((format) => ({
            key: `${doc}.${format}`,
            label: t('planning.documentSet.item', {
              doc: t(`planning.documentSet.${doc}`),
              format: format.toUpperCase(),
            }),
            'data-testid': `document-set-${doc}-${format}`,
          })),
        ),
        onClick: ({ key }) => {
          const [doc, format] = key.split('.') as [DocumentSetKind, (typeof FORMATS)[number]];
          void download(doc, format);
        },
      }}
    >
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        title={t('planning.documentSet.hint', { scope, year })}
        aria-label={t('planning.documentSet.buttonAria', { scope, year })}
        data-testid="document-set"
      >
        {t('planning.documentSet.button')}
      </Button>
    </Dropdown>
  );
}
