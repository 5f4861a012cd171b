import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const ServicesPage = lazy(() => import('./ServicesPage.tsx').then((m) => ({ default: m.ServicesPage })));

/** /lembaga-layanan/layanan: services and beneficiaries of the region's institutions. */
export function InstitutionServicesRoute() {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>
        <ServicesPage />
      </Suspense>
    </PerRegion>
  );
}
