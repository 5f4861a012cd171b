import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const AgreementsPage = lazy(() =>
  import('./AgreementsPage.tsx').then((m) => ({ default: m.AgreementsPage })),
);
const AgreementPage = lazy(() => import('./AgreementPage.tsx').then((m) => ({ default: m.AgreementPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>
    </PerRegion>
  );
}

/** /lembaga-layanan/kerja-sama: the region's MoU and PKS. */
export function AgreementsRoute() {
  return (
    <Page>
      <AgreementsPage />
    </Page>
  );
}

/** /lembaga-layanan/kerja-sama/:id: one agreement. */
export function AgreementRoute() {
  return (
    <Page>
      <AgreementPage />
    </Page>
  );
}
