import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { boardResponse, homeResponse, homeTaskSchema } from '../../../../api/home.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** GET /api/regions/:code/home (api/home.ts): the caller's task counts and the OPDs' progress. */
export type Home = z.infer<typeof homeResponse>;
export type HomeTask = z.infer<typeof homeTaskSchema>;
export type OpdProgress = NonNullable<Home['progress']>[number];
/** GET /api/regions/:code/board: a province's kab/kota or the nation's provinces. */
export type Board = z.infer<typeof boardResponse>;
export type BoardRow = Board['items'][number];

const HOME_KEY = 'home';

/**
 * The task counts of a region. The home page and the menu badges share this query; it is
 * asked again when the window regains focus and after any successful change (useRefreshHome),
 * so a badge drops as soon as its task is done.
 */
export function useHome(regionCode: string, year: number | null = null, enabled = true) {
  return useQuery({
    queryKey: [HOME_KEY, regionCode, year],
    queryFn: ({ signal }) => apiRequest<Home>(`${regionPath(regionCode)}/home`, { query: { year }, signal }),
    refetchOnWindowFocus: true,
    staleTime: 5_000,
    enabled,
  });
}

/** Marks the task counts stale after every successful mutation anywhere in the app. */
export function useRefreshHomeAfterChanges() {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          void client.invalidateQueries({ queryKey: [HOME_KEY] });
        }
      }),
    [client],
  );
}

export function useBoard(code: string, year: number | null, enabled = true) {
  return useQuery({
    queryKey: [HOME_KEY, 'board', code, year],
    queryFn: ({ signal }) => apiRequest<Board>(`${regionPath(code)}/board`, { query: { year }, signal }),
    enabled,
  });
}
