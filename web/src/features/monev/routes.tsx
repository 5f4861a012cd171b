import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

// Loaded on first visit, like the PPRG pages.
const MonevListPage = lazy(() => import('./MonevListPage.tsx').then((m) => ({ default: m.MonevListPage })));
const MonevReportPage = lazy(() =>
  import('./MonevReportPage.tsx').then((m) => ({ default: m.MonevReportPage })),
);
const MonevDashboardPage = lazy(() =>
  import('./dashboard/MonevDashboardPage.tsx').then((m) => ({ default: m.MonevDashboardPage })),
);
const MonevSettingsPage = lazy(() =>
  import('./settings/MonevSettingsPage.tsx').then((m) => ({ default: m.MonevSettingsPage })),
);

const MonevResultsPage = lazy(() =>
  import('./results/MonevResultsPage.tsx').then((m) => ({ default: m.MonevResultsPage })),
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

/** The dashboard of a kab/kota (its OPDs) or a province (its kab/kota); the server answers 403 to whoever may not read it. */
export function MonevDashboardRoute() {
  return (
    <Page>
      <MonevDashboardPage />
    </Page>
  );
}

/** The region's monev settings per year: its admin edits them, its readers read them. */
export function MonevSettingsRoute() {
  return (
    <Page>
      <MonevSettingsPage />
    </Page>
  );
}

/** Hasil Pengendalian dan Evaluasi: scores per OPD, their breakdown, the Rakor documents and the scoring configuration. */
export function MonevResultsRoute() {
  return (
    <Page>
      <MonevResultsPage />
    </Page>
  );
}
