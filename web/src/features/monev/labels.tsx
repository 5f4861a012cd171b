import { Space, Tag, Tooltip } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  FallOutlined,
  RiseOutlined,
  RollbackOutlined,
  SendOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonevFlagCode, MonevReportStatus } from '../../../../domain/monev/constants.ts';
import { formatDate } from '../../components/format.ts';
import { formatShare } from '../../components/money.ts';
import type { MonevFlag } from './api.ts';
import { SCREEN_READER_ONLY } from '../../components/screenReaderOnly.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Triwulan II" / "Quarter II" and the short "TW II" / "Q2". */
export function useQuarterLabel() {
  const { t } = useTranslation();
  return {
    long: (q: number) => t('monev.quarter', { roman: ROMAN[q - 1], n: q }),
    short: (q: number) => t('monev.quarterShort', { roman: ROMAN[q - 1], n: q }),
  };
}

const STATUS_LOOK: Record<MonevReportStatus, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'processing', icon: <SendOutlined /> },
  returned: { color: 'warning', icon: <RollbackOutlined /> },
  verified: { color: 'success', icon: <CheckCircleOutlined /> },
};

/** A report's status as a tag with an icon and its words (never colour alone). */
export function StatusTag({ status }: { status: MonevReportStatus | null }) {
  const { t } = useTranslation();
  if (status === null) {
    return (
      <Tag bordered={false} icon={<ClockCircleOutlined />}>
        {t('monev.status.none')}
      </Tag>
    );
  }
  const look = STATUS_LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid="monev-status">
      {t(`monev.status.${status}`)}
    </Tag>
  );
}

const FLAG_ICON: Record<MonevFlagCode, ReactNode> = {
  behind_schedule: <FallOutlined />,
  late: <ClockCircleOutlined />,
  beneficiaries_contradict_plan: <TeamOutlined />,
  over_100: <RiseOutlined />,
  over_pagu: <WarningOutlined />,
};

/** A flag's sentence, its numbers written the Indonesian way. */
export function useFlagDetail() {
  const { t } = useTranslation();
  return (flag: MonevFlag) => {
    const p = flag.params;
    const share = (v: unknown) =>
      typeof v === 'string' || typeof v === 'number' ? formatShare(String(v)) : '';
    return t(`monev.flagDetail.${flag.code}`, {
      ...p,
      share: share(p.share),
      otherShare: share(p.otherShare),
      deadline: typeof p.deadline === 'string' ? formatDate(p.deadline) : '',
      plannedFor:
        p.plannedFor === 'P' || p.plannedFor === 'L' ? t(`monev.sex.${p.plannedFor}`).toLowerCase() : '',
    });
  };
}

/** Computed flags as tags: an icon and a word each, the full sentence on hover and for screen readers. */
export function FlagTags({ flags }: { flags: readonly MonevFlag[] }) {
  const { t } = useTranslation();
  const detail = useFlagDetail();
  if (!flags.length) return null;
  // One tag per code: budget and physical can both be behind, the words are the same.
  const byCode = new Map<string, MonevFlag[]>();
  for (const f of flags) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  return (
    <Space size={[4, 4]} wrap>
      {[...byCode.entries()].map(([code, list]) => {
        const text = list.map(detail).join(' ');
        return (
          <Tooltip key={code} title={text}>
            <Tag
              color="orange"
              icon={FLAG_ICON[code as MonevFlagCode] ?? <ExclamationCircleOutlined />}
              data-testid={`monev-flag-${code}`}
            >
              {t(`monev.flags.${code}`)}
              <span style={SCREEN_READER_ONLY}> — {text}</span>
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
