import { lazy, Suspense, type ReactNode } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

const MeetingsPage = lazy(() => import('./MeetingsPage.tsx').then((m) => ({ default: m.MeetingsPage })));
const EventPage = lazy(() => import('./EventPage.tsx').then((m) => ({ default: m.EventPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <PerRegion>
      <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>
    </PerRegion>
  );
}

/** /kelembagaan/kegiatan: the year's PUG events, as a list or a month calendar, with ICS export. */
export function MeetingsRoute() {
  return (
    <Page>
      <MeetingsPage />
    </Page>
  );
}

/** /kelembagaan/kegiatan/:id: one event's tabs (EVENT_TABS). */
export function EventRoute() {
  return (
    <Page>
      <EventPage />
    </Page>
  );
}
