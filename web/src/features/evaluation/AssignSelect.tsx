import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveOpds } from '../opd/api.ts';
import { useWorksheetWrite, type Answer, type WorksheetDetail } from './api.ts';

/** DP3A gives a question to one of the region's OPDs (its operator then answers it), or keeps it. */
export function AssignSelect({ w, code, a }: { w: WorksheetDetail; code: string; a: Answer | undefined }) {
  const { t } = useTranslation();
  const opds = useActiveOpds(w.regionCode, w.can.manage && w.status === 'draft');
  const write = useWorksheetWrite(w.id);
  if (!w.can.manage || w.status !== 'draft') return null;
  return (
    <Select
      size="small"
      style={{ minWidth: 200 }}
      allowClear
      placeholder={t('evaluation.assignTo')}
      aria-label={`${code} ${t('evaluation.assignTo')}`}
      loading={opds.isLoading || write.isPending}
      value={a?.assigneeOpdId ?? undefined}
      onChange={(opdId: string | undefined) =>
        void write.mutateAsync({
          method: 'PUT',
          path: '/assignments',
          body: { items: [{ questionCode: code, opdId: opdId ?? null, userId: null }] },
        })
      }
      options={(opds.data ?? []).map((o) => ({ value: o.id, label: o.shortName }))}
    />
  );
}
