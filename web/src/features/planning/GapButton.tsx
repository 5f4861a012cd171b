import { App as AntApp, Button, Space, Tag } from 'antd';
import { FileAddOutlined, FileSearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegionSearch } from '../../app/region.tsx';
import { GAP_STATUS_COLORS } from './arg.ts';
import { useStartGap, type SubActivity } from './api.ts';

/** Where the GAP editor (web/src/features/gap) opens a document. */
export const gapPath = (gapId: string) => `/perencanaan/gap/${encodeURIComponent(gapId)}`;

interface Props {
  line: SubActivity;
  regionCode: string;
  /** May start a GAP (edit rights on the line's OPD); everyone who reads it may open one. */
  canStart: boolean;
}

/** The GAP status of a line, with "Mulai GAP" (start, then open) or "Buka GAP". */
export function GapButton({ line, regionCode, canStart }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const { message } = AntApp.useApp();
  const start = useStartGap(regionCode);
  const open = (id: string) => navigate({ pathname: gapPath(id), search });

  if (line.gap) {
    return (
      <Space size={4} wrap>
        <Tag color={GAP_STATUS_COLORS[line.gap.status]} data-testid="gap-status">
          {t(`planning.gapStatus.${line.gap.status}`)}
        </Tag>
        <Button
          size="small"
          icon={<FileSearchOutlined />}
          aria-label={t('planning.sub.openGapFor', { name: `${line.code} ${line.name}` })}
          onClick={() => open(line.gap!.id)}
        >
          {t('planning.sub.openGap')}
        </Button>
      </Space>
    );
  }
  if (!canStart) return <Tag>{t('planning.gapStatus.none')}</Tag>;
  return (
    <Button
      size="small"
      type="primary"
      ghost
      icon={<FileAddOutlined />}
      loading={start.isPending}
      aria-label={t('planning.sub.startGapFor', { name: `${line.code} ${line.name}` })}
      onClick={async () => {
        try {
          const doc = await start.mutateAsync(line.id);
          open(doc.id);
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
        }
      }}
    >
      {t('planning.sub.startGap')}
    </Button>
  );
}
