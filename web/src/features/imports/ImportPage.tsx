import { Flex } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegion } from '../../app/region.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { BatchPanel } from './BatchPanel.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { TemplateCard } from './TemplateCard.tsx';
import { UploadCard } from './UploadCard.tsx';

const BATCH_PARAM = 'impor';

/**
 * Data import: download a template, upload a file, watch the check, read the row errors and
 * the preview, then save all or nothing. The open batch lives in the address (`?impor=<id>`),
 * so a reload or a shared link shows the same import.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(BATCH_PARAM));
  const batchId = Number.isSafeInteger(raw) && raw > 0 ? raw : null;
  const open = (id: number | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id === null) next.delete(BATCH_PARAM);
      else next.set(BATCH_PARAM, String(id));
      return next;
    });

  return (
    <>
      <PageHeader help="impor" title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Flex vertical gap={16}>
        <TemplateCard regionCode={region.code} />
        <UploadCard
          regionCode={region.code}
          onUploaded={(batch) => {
            open(batch.id);
            void client.invalidateQueries({ queryKey: ['imports', region.code, 'history'] });
          }}
        />
        {batchId !== null && <BatchPanel key={batchId} id={batchId} onClose={() => open(null)} />}
        <HistoryTable regionCode={region.code} onOpen={open} />
      </Flex>
    </>
  );
}
