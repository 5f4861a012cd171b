import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const EvidencePage = lazy(() => import('./EvidencePage.tsx').then((m) => ({ default: m.EvidencePage })));

/** /evaluasi/bukti-dukung: the region's evidence repository for the Evaluasi PUG. */
export function EvidenceRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <EvidencePage />
      </Suspense>
    </PerRegion>
  );
}
