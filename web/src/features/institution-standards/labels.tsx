import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  DossierOutcome,
  DossierStage,
  StandingState,
} from '../../../../domain/institution-standards/constants.ts';

/** "CONTOH — bukan standar resmi", shown wherever an example standard shows. */
export function ExampleTag() {
  const { t } = useTranslation();
  return (
    <Tag color="orange" data-testid="example-standard">
      {t('institutionStandards.example')}
    </Tag>
  );
}

const STAGE_COLORS: Record<DossierStage | 'none', string> = {
  none: 'default',
  draft: 'default',
  dp3a_review: 'blue',
  fixing: 'gold',
  province_review: 'geekblue',
  national_review: 'purple',
  decided: 'green',
};

export function StageTag({ stage }: { stage: DossierStage | 'none' }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`institutionStandards.stages.${stage}`)}</Tag>;
}

export function OutcomeTag({
  outcome,
  standing,
}: {
  outcome: DossierOutcome | null;
  standing: StandingState | null;
}) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome === 'terstandar' && standing && standing !== 'valid')
    return <Tag color="red">{t(`institutionStandards.standing.${standing}`)}</Tag>;
  const color = outcome === 'terstandar' ? 'green' : outcome === 'ditolak' ? 'red' : 'gold';
  return <Tag color={color}>{t(`institutionStandards.outcomes.${outcome}`)}</Tag>;
}

/** Scores shown with one decimal in the reader's format. */
export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(score);
}
