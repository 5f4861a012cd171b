import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

// Loaded on first visit, like the monev pages.
const AnnualReportPage = lazy(() =>
  import('./AnnualReportPage.tsx').then((m) => ({ default: m.AnnualReportPage })),
);

/** Laporan Pelaksanaan PUG of the region chosen; the server answers 403 to whoever may not read it. */
export function AnnualReportRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <AnnualReportPage />
      </Suspense>
    </PerRegion>
  );
}
