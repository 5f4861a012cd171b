import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProfilPublication } from '../../../../api/profil.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** The Profil Gender editions a region published on the portal (api/profil.ts). */
export type { ProfilPublication };

const key = (regionCode: string) => ['profil-publications', regionCode] as const;
const path = (regionCode: string) => `${regionPath(regionCode)}/profil-gender/publications`;

export function useProfilPublications(regionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: key(regionCode),
    queryFn: ({ signal }) => apiRequest<{ publications: ProfilPublication[] }>(path(regionCode), { signal }),
    enabled,
  });
}

function usePublicationWrite<R>(regionCode: string, request: (year: number) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => qc.invalidateQueries({ queryKey: key(regionCode) }),
  });
}

/** Lays out the year's official edition and publishes it (replacing an earlier one). */
export function usePublishProfil(regionCode: string) {
  return usePublicationWrite(regionCode, (year) =>
    apiRequest<ProfilPublication>(`${path(regionCode)}/${year}`, { method: 'PUT' }),
  );
}

export function useWithdrawProfil(regionCode: string) {
  return usePublicationWrite(regionCode, (year) =>
    apiRequest<{ publications: ProfilPublication[] }>(`${path(regionCode)}/${year}`, { method: 'DELETE' }),
  );
}
