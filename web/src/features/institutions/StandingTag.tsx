import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../../../../domain/institutions/standing.ts';
import { formatDate } from '../../components/format.ts';

const COLORS: Partial<Record<Standing, string>> = {
  terstandar: 'green',
  kedaluwarsa: 'red',
  proses: 'blue',
  perlu_perbaikan: 'orange',
  ditolak: 'volcano',
};

/** The standardisation standing as the server computed it (an expired one says so). */
export function StandingTag({ standing, validUntil }: { standing: Standing; validUntil: string | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[standing]}>
      {t(`institutions.standings.${standing}`)}
      {standing === 'terstandar' && validUntil
        ? ` · ${t('institutions.validUntil', { date: formatDate(validUntil) })}`
        : ''}
    </Tag>
  );
}
