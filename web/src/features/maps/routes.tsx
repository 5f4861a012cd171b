import { lazy, Suspense, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { mapScopesOf } from '../../../../domain/maps/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { FullPageSpinner } from '../../app/guards.tsx';
import { geometryLayerOf, geometryQuery, mapPlaceOf } from './api.ts';

// Loaded on first visit: ECharts' map series and the boundaries stay out of every other page.
const MapPage = lazy(() => import('./MapPage.tsx').then((m) => ({ default: m.MapPage })));

export function MapRoute() {
  const me = useMe();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const { scope, level } = mapPlaceOf(params, mapScopesOf(accessActorOf(me)));
  const layer = geometryLayerOf(scope, level);
  // The boundaries download while the page's chunk loads, not after it.
  useEffect(() => {
    void client.prefetchQuery(geometryQuery(layer));
  }, [client, layer]);
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <MapPage />
    </Suspense>
  );
}
