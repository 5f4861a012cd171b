import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner, RequireAllowed } from '../../app/guards.tsx';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';
import { planningAccessOf } from './access.ts';

// Loaded on first visit, like the explore pages: the recap draws ECharts.
const SubActivitiesPage = lazy(() =>
  import('./SubActivitiesPage.tsx').then((m) => ({ default: m.SubActivitiesPage })),
);
const ArgRecapPage = lazy(() => import('./ArgRecapPage.tsx').then((m) => ({ default: m.ArgRecapPage })));
const RpjmdPage = lazy(() => import('./RpjmdPage.tsx').then((m) => ({ default: m.RpjmdPage })));
const LetterheadPage = lazy(() =>
  import('./LetterheadPage.tsx').then((m) => ({ default: m.LetterheadPage })),
);

function Page({ children }: { children: ReactNode }) {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>
    </PerRegion>
  );
}

export function SubActivitiesRoute() {
  return (
    <Page>
      <SubActivitiesPage />
    </Page>
  );
}

export function ArgRecapRoute() {
  return (
    <Page>
      <ArgRecapPage />
    </Page>
  );
}

export function RpjmdRoute() {
  return (
    <Page>
      <RpjmdPage />
    </Page>
  );
}

export function LetterheadRoute() {
  const me = useMe();
  const { region } = useRegion();
  return (
    <RequireAllowed allowed={planningAccessOf(me, region.code).seeLetterheadPage}>
      <Page>
        <LetterheadPage />
      </Page>
    </RequireAllowed>
  );
}
