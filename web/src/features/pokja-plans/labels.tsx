import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PokjaPlanKind, PokjaPlanStatus } from '../../../../domain/pokja-plans/constants.ts';

const STATUS_COLOR: Record<PokjaPlanStatus, string> = {
  draft: 'default',
  ditetapkan: 'green',
  diganti: 'orange',
};

export function StatusTag({ status }: { status: PokjaPlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`pokjaPlans.statuses.${status}`)}</Tag>;
}

export function KindTag({ kind }: { kind: PokjaPlanKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'perubahan' ? 'purple' : 'blue'}>{t(`pokjaPlans.kinds.${kind}`)}</Tag>;
}

export const periodText = (p: { startYear: number; endYear: number }) =>
  p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;

/** Where a plan's page lives: the matrix under rencana-pokja, the action plan under rencana-aksi. */
export const planPath = (p: { id: string; kind: PokjaPlanKind }) =>
  `/kelembagaan/${p.kind === 'rencana_aksi' ? 'rencana-aksi' : 'rencana-pokja'}/${p.id}`;
