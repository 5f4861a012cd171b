import { useState } from 'react';
import { Collapse, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { useGapSaves, type GapSaveHistory } from './api.ts';

function SaveList({ history }: { history: GapSaveHistory }) {
  const { t } = useTranslation();
  if (history.items.length === 0) return <EmptyState>{t('gap.history.noSaves')}</EmptyState>;
  return (
    <>
      <ul data-testid="gap-saves" style={{ margin: 0, paddingInlineStart: 18 }}>
        {history.items.map((s, i) => (
          <li key={`${s.at}-${i}`}>
            {t(s.drafted ? 'gap.history.saveDrafted' : 'gap.history.saveLine', {
              date: formatDateTime(s.at),
              name: s.byName,
              parts: s.parts.map((p) => t(`gap.history.parts.${p}`)).join(', '),
              // A save belongs to the version its changes will become when next submitted.
              draft: t('gap.history.saveDraft', { n: s.submission + 1 }),
            })}
          </li>
        ))}
      </ul>
      {history.total > history.items.length && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('gap.history.savesShown', {
            shown: formatNumber(history.items.length),
            total: formatNumber(history.total),
          })}
        </Typography.Paragraph>
      )}
    </>
  );
}

/**
 * The automatic saves, folded away and read only when opened: they are the edit trail, not
 * versions (a version is a submission).
 */
export function SaveHistory({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const saves = useGapSaves(documentId, open);
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      data-testid="gap-save-history"
      activeKey={open ? ['saves'] : []}
      onChange={(keys) => setOpen(keys.includes('saves'))}
      items={[
        {
          key: 'saves',
          label: t('gap.history.saves'),
          children: (
            <>
              <Typography.Paragraph type="secondary">{t('gap.history.savesHint')}</Typography.Paragraph>
              <ErrorAlert error={saves.error} onRetry={() => void saves.refetch()} />
              {saves.isPending ? <Spin /> : saves.data && <SaveList history={saves.data} />}
            </>
          ),
        },
      ]}
    />
  );
}
