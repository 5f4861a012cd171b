/** The entry page opened on one OPD and period, keeping the chosen region (`?region=`). */
export function entryLink(opdId: string, period: string, regionSearch: string) {
  const params = new URLSearchParams(regionSearch);
  params.set('opd', opdId);
  params.set('period', period);
  return { pathname: '/data/isian', search: `?${params.toString()}` };
}
