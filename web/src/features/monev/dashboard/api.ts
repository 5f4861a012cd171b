import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardFiguresDto, MonevDashboardDto } from '../../../../../api/monev.ts';
import { apiRequest, regionPath } from '../../../app/api.ts';

/** Shapes of GET /api/regions/:code/monev/dashboard (api/monev.ts, docs/api-monev.md). */
export type MonevDashboard = MonevDashboardDto;
export type DashboardFigures = DashboardFiguresDto;
/** One row of the side-by-side table: an OPD of a kab/kota, or a kab/kota of a province. */
export type DashboardUnit = DashboardFigures & {
  key: string;
  name: string;
  shortName: string;
  /** Where the row drills down to. */
  link: { pathname: string; search: string };
};
export type DashboardTrend = MonevDashboard['trend'];

export function useMonevDashboard(regionCode: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['monev-dashboard', regionCode, year],
    queryFn: ({ signal }) =>
      apiRequest<MonevDashboard>(`${regionPath(regionCode)}/monev/dashboard`, { query: { year }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
