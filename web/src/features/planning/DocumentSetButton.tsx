import { useState } from 'react';
import { App as AntApp, Button, Dropdown, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../explore/download.ts';
import { DOCUMENT_KINDS } from '../../../../domain/planning/gap-progress.ts';
import { documentSetUrl, useDocumentSetContents, type DocumentSetKind } from './api-recap.ts';

const FORMATS = ['pdf', 'xlsx'] as const;

interface Props {
  regionCode: string;
  year: number;
  /** One OPD's set, or null for every OPD of the region (operators get their own either way). */
  opdId: string | null;
}

/**
 * A whole OPD's or region's GAP matrices, GBS or TOR of a year in one official file: only the
 * kinds the set has (no KAK drafted for any of its sub-kegiatan, no KAK offered), as the server
 * counts them with the same rule (domain/planning/gap-progress.ts).
 */
export function DocumentSetButton({ regionCode, year, opdId }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const contents = useDocumentSetContents(regionCode, year, opdId);
  const scope = opdId ? t('planning.documentSet.scopeOpd') : t('planning.documentSet.scopeRegion');
  const docs = DOCUMENT_KINDS.filter((doc) => (contents.data?.[doc] ?? 0) > 0);
  const empty = contents.isSuccess && docs.length === 0;

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

  const button = (
    <Button
      icon={<DownloadOutlined />}
      loading={busy || contents.isPending}
      disabled={empty}
      title={empty ? undefined : t('planning.documentSet.hint', { scope, year })}
      aria-label={t('planning.documentSet.buttonAria', { scope, year })}
      aria-describedby={empty ? 'document-set-none' : undefined}
      data-testid="document-set"
    >
      {t('planning.documentSet.button')}
    </Button>
  );
  if (empty) {
    // A disabled button takes no pointer events: the tooltip and the hint sit on its wrapper.
    return (
      <Tooltip title={t('planning.documentSet.none', { scope, year })}>
        <span>
          {button}
          <span id="document-set-none" hidden>
            {t('planning.documentSet.none', { scope, year })}
          </span>
        </span>
      </Tooltip>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      disabled={busy || !contents.isSuccess}
      menu={{
        items: docs.flatMap((doc) =>
          FORMATS.map((format) => ({
            key: `${doc}.${format}`,
            label: t('planning.documentSet.item', {
              doc: t(`planning.documentSet.${doc}`),
              format: format.toUpperCase(),
              count: contents.data![doc],
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
      {button}
    </Dropdown>
  );
}
