import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';

// Loaded on first visit: the charts (ECharts) would otherwise weigh on every page's first load.
const ExplorePage = lazy(() => import('./ExplorePage.tsx').then((m) => ({ default: m.ExplorePage })));
const GapsPage = lazy(() => import('./GapsPage.tsx').then((m) => ({ default: m.GapsPage })));
const ProfilPage = lazy(() => import('./ProfilPage.tsx').then((m) => ({ default: m.ProfilPage })));

export function ExploreRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <ExplorePage />
    </Suspense>
  );
}

export function GapsRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <GapsPage />
    </Suspense>
  );
}

export function ProfilRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <ProfilPage />
    </Suspense>
  );
}
