import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';

export function SubActivitiesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('planning.nav.group')} />;
}
