import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const PlanListPage = lazy(() => import('./PlanListPage.tsx').then((m) => ({ default: m.PlanListPage })));
const PlanPage = lazy(() => import('./PlanPage.tsx').then((m) => ({ default: m.PlanPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>
    </PerRegion>
  );
}

/** /kelembagaan/rencana-pokja: the region's Rencana Pokja PUG (5-tahunan, tahunan, perubahan). */
export function PokjaPlansRoute() {
  return (
    <Page>
      <PlanListPage family="matriks" />
    </Page>
  );
}

/** /kelembagaan/rencana-aksi: the region's Rencana Aksi PUG Daerah. */
export function ActionPlansRoute() {
  return (
    <Page>
      <PlanListPage family="aksi" />
    </Page>
  );
}

/** One plan; the server answers 404 to whoever may not read it. */
export function PokjaPlanRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <PlanPage />
    </Suspense>
  );
}
