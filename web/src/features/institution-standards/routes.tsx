import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const StandardsPage = lazy(() => import('./StandardsPage.tsx').then((m) => ({ default: m.StandardsPage })));
const BoardPage = lazy(() => import('./BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const DossierPage = lazy(() => import('./DossierPage.tsx').then((m) => ({ default: m.DossierPage })));

/** /lembaga-layanan/standar: the standards, every signed-in user reads; the superadmin manages. */
export function InstitutionStandardsRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <StandardsPage />
    </Suspense>
  );
}

/** /lembaga-layanan/standardisasi: DP3A's board, or an institution account's own dossiers. */
export function StandardisationBoardRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <BoardPage />
      </Suspense>
    </PerRegion>
  );
}

/** /lembaga-layanan/standardisasi/:id: one dossier; the server answers 404 to whoever may not read it. */
export function DossierRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <DossierPage />
    </Suspense>
  );
}
