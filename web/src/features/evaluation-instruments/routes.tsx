import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';

const InstrumentsPage = lazy(() =>
  import('./InstrumentsPage.tsx').then((m) => ({ default: m.InstrumentsPage })),
);
const CyclesPage = lazy(() => import('./CyclesPage.tsx').then((m) => ({ default: m.CyclesPage })));

/** /evaluasi/instrumen: instrument versions (the superadmin manages; the menu shows it to them). */
export function EvaluationInstrumentsRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <InstrumentsPage />
    </Suspense>
  );
}

/** /evaluasi/siklus: evaluation cycles (the superadmin manages). */
export function EvaluationCyclesRoute() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <CyclesPage />
    </Suspense>
  );
}
