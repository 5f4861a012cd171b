import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTraining } from './api.ts';
import { CertificatesSection } from './CertificatesSection.tsx';
import { ScoresSection } from './ScoresSection.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { SummarySection } from './SummarySection.tsx';

/**
 * "Pelatihan" on a Bimtek's event page: participants with pre/post-test scores, the improvement
 * by sex, the certificate settings and the certificates (issue, revoke, download one or all).
 */
export function TrainingTab({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const query = useTraining(meetingId);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const training = query.data;
  if (!training.eligible) return <EmptyState>{t('training.notTraining')}</EmptyState>;
  return (
    <div data-testid="training-tab">
      <ScoresSection training={training} />
      <SummarySection training={training} />
      <CertificatesSection training={training} />
      {training.canManage && (
        <SettingsSection training={training} key={training.settings?.updatedAt ?? 'new'} />
      )}
    </div>
  );
}
