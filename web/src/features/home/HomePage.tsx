import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { useHome } from './api.ts';
import { DeadlineList } from './DeadlineList.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { RegionBoard } from './RegionBoard.tsx';
import { TaskList } from './TaskList.tsx';
import { isInstitutionAccount } from '../../../../domain/institutions/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { InstitutionHome } from '../institutions/InstitutionHome.tsx';

/**
 * "/" — what is waiting for the signed-in user in the chosen region: their tasks with counts
 * and links, and the OPDs' progress for whoever follows every OPD. At a province (or the
 * nation) the board of its kab/kota (or provinces) follows, so a provinsi user lands on it.
 */
export function HomePage() {
  // An institution account reads no region: its home is its own institution (issue 12).
  return isInstitutionAccount(accessActorOf(useMe())) ? <InstitutionHome /> : <RegionHome />;
}

function RegionHome() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const search = useRegionSearch();
  const home = useHome(region.code);
  const above = region.level === 'provinsi' || region.level === 'nasional';
  const data = home.data;
  // At a province or the nation a reader has no task there: the board is the page.
  const showTasks = data && (!above || data.tasks.length > 0);

  return (
    <>
      <PageHeader
        help="beranda"
        title={t('home.title')}
        subtitle={t('home.subtitle', { region: `${region.name} (${region.code})` })}
        extra={<RefreshButton query={home} />}
      />
      <ErrorAlert error={home.error} onRetry={() => void home.refetch()} />
      {home.isPending && <Skeleton active />}
      {showTasks && <TaskList tasks={data.tasks} dataYear={data.dataYear} regionSearch={search} />}
      {data && (!above || data.deadlines.length > 0) && (
        <DeadlineList deadlines={data.deadlines} regionSearch={search} />
      )}
      {data?.progress && (!above || data.tasks.length > 0) && (
        <ProgressTable rows={data.progress} year={data.dataYear} regionSearch={search} />
      )}
      {above && (
        <div style={{ marginTop: showTasks ? 24 : 0 }}>
          <RegionBoard
            code={region.code}
            name={region.name}
            level={region.level === 'nasional' ? 'nasional' : 'provinsi'}
          />
        </div>
      )}
    </>
  );
}
