import { useSearchParams } from 'react-router';
import { parsePeriod } from '../../../../domain/period.ts';

export const EXPLORE_TABS = ['trend', 'breakdown', 'compare', 'regions'] as const;
export type ExploreTab = (typeof EXPLORE_TABS)[number];

export interface ExploreParams {
  indicator: string | null;
  /** Absent: the page picks (trend for a kab/kota, comparison for a province). */
  tab?: ExploreTab;
  /** Trend range (inclusive); absent means every period with values. */
  from?: string;
  to?: string;
  /** The period of the breakdown and comparison tabs; absent means the latest with values. */
  period?: string;
  dimension?: string;
}

type Patch = { [K in keyof ExploreParams]?: ExploreParams[K] | null };

const INDICATOR_CODE = /^[A-Z0-9_]{2,40}$/;

function periodOf(value: string | null): string | undefined {
  return value && parsePeriod(value) ? value : undefined;
}

/**
 * Everything the explore page shows lives in the address (`?indicator=KES_UHH&tab=trend…`) so
 * a view can be bookmarked or sent to a colleague; the chosen region (`?region=`) is kept.
 */
export function useExploreParams(): ExploreParams & { set: (patch: Patch) => void } {
  const [params, setParams] = useSearchParams();
  const rawIndicator = params.get('indicator');
  const rawTab = params.get('tab');
  const set = (patch: Patch) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === '') copy.delete(key);
        else copy.set(key, String(value));
      }
      return copy;
    });
  return {
    indicator: rawIndicator && INDICATOR_CODE.test(rawIndicator) ? rawIndicator : null,
    tab: EXPLORE_TABS.find((x) => x === rawTab),
    from: periodOf(params.get('from')),
    to: periodOf(params.get('to')),
    period: periodOf(params.get('period')),
    dimension: params.get('dimension') || undefined,
    set,
  };
}

/** A link to the explore page on one indicator, keeping the chosen region. */
export function exploreLink(indicatorCode: string, regionSearch: string) {
  const params = new URLSearchParams(regionSearch);
  params.set('indicator', indicatorCode);
  return { pathname: '/data/jelajah', search: `?${params.toString()}` };
}
