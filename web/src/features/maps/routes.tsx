import { lazy, Suspense } from 'react';
import { usePrefetchQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { mapScopesOf } from '../../../../domain/maps/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { FullPageSpinner } from '../../app/guards.tsx';
import { figuresQuery, figuresWanted, geometryLayerOf, geometryQuery, mapViewOf } from './api.ts';

// Loaded on first visit: ECharts' map series and the boundaries stay out of every other page.
const MapPage = lazy(() => import('./MapPage.tsx').then((m) => ({ default: m.MapPage })));

/**
 * The boundaries and the figures download while the page's chunk loads, not after it: asked
 * for during this route's render (before the app's layout has even committed), they are in
 * flight some 300 ms before the page itself could ask (bench/map-geometry.ts).
 */
export function MapRoute() {
  const me = useMe();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const view = mapViewOf(params, mapScopesOf(accessActorOf(me)));
  usePrefetchQuery(geometryQuery(geometryLayerOf(view.scope, view.level)));
  // usePrefetchQuery's own rule (nothing cached yet), for a query that may not be wanted yet.
  const figures = figuresQuery(view);
  if (figuresWanted(view) && !client.getQueryState(figures.queryKey)) {
    client.prefetchQuery(figures).catch(() => undefined);
  }
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <MapPage />
    </Suspense>
  );
}
