import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const IndicesPage = lazy(() => import('./IndicesPage.tsx').then((m) => ({ default: m.IndicesPage })));

/** /indeks: the region's gender indices by year. */
export function IndicesRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <IndicesPage />
      </Suspense>
    </PerRegion>
  );
}
