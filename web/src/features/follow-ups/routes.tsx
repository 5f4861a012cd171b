import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const FollowUpBoardPage = lazy(() =>
  import('./FollowUpBoardPage.tsx').then((m) => ({ default: m.FollowUpBoardPage })),
);

/** /kelembagaan/tindak-lanjut: the region's follow-up board; the server answers 403 to whoever may not read it. */
export function FollowUpBoardRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <FollowUpBoardPage />
      </Suspense>
    </PerRegion>
  );
}
