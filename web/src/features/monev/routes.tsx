import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

// Loaded on first visit, like the PPRG pages.
const MonevListPage = lazy(() => import('./MonevListPage.tsx').then((m) => ({ default: m.MonevListPage })));
const MonevReportPage = lazy(() =>
  import('./MonevReportPage.tsx').then((m) => ({ default: m.MonevReportPage })),
);

function Page({ children }: { children: ReactNode }) {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>
    </PerRegion>
  );
}

export function MonevListRoute() {
  return (
    <Page>
      <MonevListPage />
    </Page>
  );
}

/** The report of a sub-kegiatan's quarter; the server answers 404 to whoever may not read it. */
export function MonevReportRoute() {
  return (
    <Page>
      <MonevReportPage />
    </Page>
  );
}
