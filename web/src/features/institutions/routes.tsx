import { lazy, Suspense, type ComponentType } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

// Loaded on first visit; the server answers 403/404 to whoever may not read the registry.
const load = <K extends string>(name: K, file: () => Promise<Record<K, ComponentType>>) =>
  lazy(() => file().then((m) => ({ default: m[name] })));
const InstitutionsPage = load('InstitutionsPage', () => import('./InstitutionsPage.tsx'));
const InstitutionPage = load('InstitutionPage', () => import('./InstitutionPage.tsx'));
const AcceptInvitePage = load('AcceptInvitePage', () => import('./AcceptInvitePage.tsx'));

export function InstitutionsRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <InstitutionsPage />
      </Suspense>
    </PerRegion>
  );
}

/** One institution: its own region comes from the record, so no region wrapper. */
export function InstitutionRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <InstitutionPage />
    </Suspense>
  );
}

export function AcceptInviteRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <AcceptInvitePage />
    </Suspense>
  );
}
