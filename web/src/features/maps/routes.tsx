import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';

// Loaded on first visit: ECharts' map series and the boundaries stay out of every other page.
const MapPage = lazy(() => import('./MapPage.tsx').then((m) => ({ default: m.MapPage })));

export function MapRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <MapPage />
    </Suspense>
  );
}
