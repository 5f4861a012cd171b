import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const WorksheetsPage = lazy(() =>
  import('./WorksheetsPage.tsx').then((m) => ({ default: m.WorksheetsPage })),
);
const WorksheetPage = lazy(() => import('./WorksheetPage.tsx').then((m) => ({ default: m.WorksheetPage })));
const QueuePage = lazy(() => import('./QueuePage.tsx').then((m) => ({ default: m.QueuePage })));

/** /evaluasi/lembar-kerja: the region's worksheets by cycle. */
export function WorksheetsRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <WorksheetsPage />
      </Suspense>
    </PerRegion>
  );
}

/** /evaluasi/lembar-kerja/:id: one worksheet; the server answers 404 to whoever may not read it. */
export function WorksheetRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <WorksheetPage />
    </Suspense>
  );
}

/** /evaluasi/verifikasi: the verifier's queue and the recap side by side. */
export function VerificationRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <QueuePage />
      </Suspense>
    </PerRegion>
  );
}
