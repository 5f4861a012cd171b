import { lazy, Suspense } from 'react';
import { FullPageSpinner, RequireAllowed } from '../../app/guards.tsx';
import { useMe } from '../../app/auth.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';
import { seesReviewQueue } from './access.ts';

// Loaded on first visit: the editor is the largest page of the PPRG pages.
const GapEditorPage = lazy(() => import('./GapEditorPage.tsx').then((m) => ({ default: m.GapEditorPage })));
const ReviewQueuePage = lazy(() =>
  import('./ReviewQueuePage.tsx').then((m) => ({ default: m.ReviewQueuePage })),
);

export function GapEditorRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <GapEditorPage />
    </Suspense>
  );
}

export function GapReviewRoute() {
  const me = useMe();
  return (
    <RequireAllowed allowed={seesReviewQueue(me.role)}>
      <PerRegion>
        <Suspense fallback={<FullPageSpinner />}>
          <ReviewQueuePage />
        </Suspense>
      </PerRegion>
    </RequireAllowed>
  );
}
