import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { canReadRegion } from '../../../domain/access.ts';
import { isValidRegionCode, regionLevelOf } from '../../../domain/region-code.ts';
import { accessActorOf } from './access.ts';
import { apiRequest } from './api.ts';
import { useMe } from './auth.tsx';
import type { Me, Region } from './types.ts';

interface RegionContextValue {
  /** The region the OPD, users and audit pages work on. */
  region: Region;
  /** Set when the URL asked for a region the user may not open. */
  rejectedCode: string | null;
  setRegionCode: (code: string) => void;
}

const RegionContext = createContext<RegionContextValue | null>(null);

export const REGION_PARAM = 'region';

/** Which region codes a user may pick: the regions they read, as the server decides. */
export function mayOpenRegion(me: Me, code: string): boolean {
  return isValidRegionCode(code) && canReadRegion(accessActorOf(me), code);
}

export function regionQueryOptions(code: string) {
  return {
    queryKey: ['region', code] as const,
    queryFn: () => apiRequest<Region>(`/regions/${encodeURIComponent(code)}`),
    staleTime: Infinity,
  };
}

export function RegionProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const requested = params.get(REGION_PARAM);
  const allowed = requested !== null && mayOpenRegion(me, requested);
  const code = allowed ? requested : me.region.code;

  const lookup = useQuery({ ...regionQueryOptions(code), enabled: code !== me.region.code });
  const region: Region = useMemo(() => {
    if (code === me.region.code) return me.region;
    // Until the name arrives the code alone keeps the header and queries usable.
    return lookup.data ?? { code, name: code, level: regionLevelOf(code) ?? 'kabkota', parentCode: null };
  }, [code, me.region, lookup.data]);

  const setRegionCode = useCallback(
    (next: string) => {
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next === me.region.code) copy.delete(REGION_PARAM);
          else copy.set(REGION_PARAM, next);
          return copy;
        },
        { replace: false },
      );
    },
    [setParams, me.region.code],
  );

  const value = useMemo(
    () => ({ region, rejectedCode: requested !== null && !allowed ? requested : null, setRegionCode }),
    [region, requested, allowed, setRegionCode],
  );
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>;
}

export function useRegion(): RegionContextValue {
  const value = useContext(RegionContext);
  if (!value) throw new Error('useRegion must be used inside <RegionProvider>');
  return value;
}

/** Keeps the chosen region when moving between pages. */
export function useRegionSearch(): string {
  const [params] = useSearchParams();
  const code = params.get(REGION_PARAM);
  return code ? `?${REGION_PARAM}=${encodeURIComponent(code)}` : '';
}
