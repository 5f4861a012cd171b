import { lazy, Suspense } from 'react';
import { seesReviewQueue } from '../../../../domain/access.ts';
import { FullPageSpinner, RequireAccess } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

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
  return (
    <RequireAccess rule={seesReviewQueue}>
      <PerRegion>
        <Suspense fallback={<FullPageSpinner />}>
          <ReviewQueuePage />
        </Suspense>
      </PerRegion>
    </RequireAccess>
  );
}
